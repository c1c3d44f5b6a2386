import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../server/src/core';
import { briefLint, CLEAN, findingsOf, framework, lint, replace, spanOf } from '../../helpers/plans';

/** CLEAN with the period van 2026 to `tot` and a cost entry (and table row) for each year. */
function period(tot: number): string {
  let text = replace(CLEAN, 'tot: 2028', `tot: ${tot}`);
  const years = Array.from({ length: tot - 2025 }, (_, i) => 2026 + i);
  const entries = years.map((y) => `  - jaar: ${y}\n    vernieuwing: 1000000\n    beheer_en_onderhoud: 2000000\n`).join('');
  text = text.replace(/kosten:\n(?: {2}- jaar[^\n]*\n(?: {4}[^\n]*\n)*)+/, `kosten:\n${entries}`);
  const rows = years.map((y) => `| ${y} | 1.000.000 | 2.000.000 |`).join('\n');
  return text.replace(/\| Jaar \|[\s\S]*?\n\n/, `| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n${rows}\n\n`);
}

describe('period-length', () => {
  it('the helper builds consistent plans', () => {
    expect(lint(period(2028))).toEqual([]);
  });

  it('warns at the planperiode key for a period of two years', () => {
    const text = period(2027);
    expect(briefLint(text)).toEqual([`period-length warning ${spanOf(text, 'planperiode')}`]);
    const [finding] = findingsOf(text, 'period-length');
    expect(finding.message.en).toMatch(/2026–2027.*\b2 years\b/);
    expect(finding.message.nl).toContain('2 jaar');
  });

  it('warns for a period of six years', () => {
    const text = period(2031);
    expect(briefLint(text)).toEqual([`period-length warning ${spanOf(text, 'planperiode')}`]);
    expect(findingsOf(text, 'period-length')[0].message.en).toContain('6 years');
  });

  it('does not warn for three or five years', () => {
    expect(lint(period(2028))).toEqual([]);
    expect(lint(period(2030))).toEqual([]);
    expect(lint(period(2029))).toEqual([]);
  });

  it('follows the thresholds of the framework', () => {
    const lenient = withOverrides(framework, { thresholds: { planPeriodMinYears: 2, planPeriodMaxYears: 6 } });
    expect(lint(period(2027), {}, lenient)).toEqual([]);
    expect(lint(period(2031), {}, lenient)).toEqual([]);
    const strict = withOverrides(framework, { thresholds: { planPeriodMinYears: 4 } });
    expect(lint(period(2028), {}, strict).map((f) => f.ruleId)).toEqual(['period-length']);
  });
});
