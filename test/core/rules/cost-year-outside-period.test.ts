import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lint, replace, spanOf } from '../../helpers/plans';

/** CLEAN with an extra cost entry for `year` after the last one. */
const withEntry = (text: string, year: number) =>
  replace(text, '    beheer_en_onderhoud: 2500000\n', `    beheer_en_onderhoud: 2500000\n  - jaar: ${year}\n    vernieuwing: 100\n    beheer_en_onderhoud: 100\n`);

describe('cost-year-outside-period', () => {
  it('fires at the jaar value of an entry after the period', () => {
    const text = withEntry(CLEAN, 2029);
    expect(briefLint(text)).toEqual([`cost-year-outside-period error ${spanOf(text, '2029', 'kosten')}`]);
    const [finding] = findingsOf(text, 'cost-year-outside-period');
    expect(finding.message.en).toMatch(/2029.*2026–2028/);
    expect(finding.message.nl).toMatch(/2029.*2026–2028/);
  });

  it('fires for an entry before the period', () => {
    const text = withEntry(CLEAN, 2025);
    expect(briefLint(text)).toEqual([`cost-year-outside-period error ${spanOf(text, '2025', 'kosten')}`]);
  });

  it('leaves the year that is then missing to cost-year-missing', () => {
    const text = replace(CLEAN, 'jaar: 2028', 'jaar: 2030');
    expect(briefLint(text)).toEqual([`cost-year-missing error ${spanOf(text, 'kosten')}`, `cost-year-outside-period error ${spanOf(text, '2030')}`]);
  });

  it('does not fire for the first and the last plan year', () => {
    expect(findingsOf(CLEAN, 'cost-year-outside-period')).toEqual([]);
    expect(lint(CLEAN)).toEqual([]);
  });

  it('does not fire when the period itself is invalid', () => {
    const text = replace(withEntry(CLEAN, 2040), 'tot: 2028', 'tot: 2025');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['period-invalid']);
  });
});
