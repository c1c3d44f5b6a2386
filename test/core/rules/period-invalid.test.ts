import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lint, replace, spanOf } from '../../helpers/plans';

describe('period-invalid', () => {
  it('fires at the planperiode key when tot lies before van, and nothing cascades', () => {
    const text = replace(CLEAN, 'tot: 2028', 'tot: 2024');
    // No plan years: the cost rules and period-length stay silent.
    expect(briefLint(text)).toEqual([`period-invalid error ${spanOf(text, 'planperiode')}`]);
    const [finding] = findingsOf(text, 'period-invalid');
    expect(finding.message.en).toContain('2026');
    expect(finding.message.en).toContain('2024');
    expect(finding.message.nl).toContain('2024');
  });

  it('fires at the key for a flow-style period too', () => {
    const text = replace(CLEAN, 'planperiode:\n  van: 2026\n  tot: 2028', 'planperiode: { van: 2026, tot: 2025 }');
    expect(briefLint(text)).toEqual([`period-invalid error ${spanOf(text, 'planperiode')}`]);
  });

  it('does not fire for a period of one year (tot equal to van)', () => {
    const text = replace(CLEAN, 'tot: 2028', 'tot: 2026');
    expect(findingsOf(text, 'period-invalid')).toEqual([]);
    expect(findingsOf(text, 'period-length')).toHaveLength(1);
  });

  it('does not fire when the period is not readable (the schema reports that)', () => {
    const text = replace(CLEAN, 'tot: 2028', 'tot: "2024"');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['frontmatter-schema']);
  });
});
