import { describe, expect, it } from 'vitest';
import { applyFix, at, briefLint, CLEAN, findingsOf, lint, replace, setSection, spanOf } from '../../helpers/plans';

const THOUSANDS = setSection(
  CLEAN,
  'Financiën',
  `| Jaar | Vernieuwing (× € 1.000) | Beheer en onderhoud (× € 1.000) | Totaal (× € 1.000) |
| --- | ---: | ---: | ---: |
| 2026 | 1.000 | 2.000 | 3.000 |
| 2027 | 1.500 | 2.000 | 3.500 |
| 2028 | 500 | 2.500 | 3.000 |
| **Totaal** | 3.000 | 6.500 | **9.500,0** |`,
);

describe('cost-total-mismatch', () => {
  it('reports a wrong year total once, at that cell, not also on the total row', () => {
    const text = replace(CLEAN, '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |', '| 2027 | 1.500.000 | 2.000.000 | 3.600.000 |');
    expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '3.600.000')}`]);
    const [finding] = findingsOf(text, 'cost-total-mismatch');
    expect(finding.message.nl).toMatch(/2027.*3\.600\.000.*3\.500\.000/);
    expect(finding.message.en).toMatch(/2027.*3,600,000.*3,500,000/);
    expect(finding.related?.map((r) => at(r.range))).toEqual([spanOf(text, '1.500.000', '| 2027'), spanOf(text, '2.000.000', '| 2027')]);
  });

  it('reports a wrong component total on the total row', () => {
    const text = replace(CLEAN, '| **Totaal** | 3.000.000 |', '| **Totaal** | 3.100.000 |');
    expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '3.100.000')}`]);
    expect(findingsOf(text, 'cost-total-mismatch')[0].message.en).toContain('renewal');
    expect(findingsOf(text, 'cost-total-mismatch')[0].related).toHaveLength(3);
  });

  it('reports a wrong grand total', () => {
    const text = replace(CLEAN, '6.500.000 | 9.500.000 |', '6.500.000 | 9.400.000 |');
    expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '9.400.000')}`]);
    expect(findingsOf(text, 'cost-total-mismatch')[0].message.en).toContain('grand total');
  });

  it('allows the rounding of the written unit', () => {
    const text = setSection(
      CLEAN,
      'Financiën',
      '| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |\n| --- | --- | --- | --- |\n| 2026 | € 1,0 mln | € 2,0 mln | € 3 mln |\n| 2027 | € 1,5 mln | € 2,0 mln | € 3,5 mln |\n| 2028 | € 0,5 mln | € 2,5 mln | € 3,0 mln |\n| Totaal | € 3,0 mln | € 6,5 mln | € 9,5 mln |',
    );
    expect(lint(text)).toEqual([]);
    expect(lint(THOUSANDS)).toEqual([]);
  });

  it('does not fire for a table without totals, nor when a part is unreadable', () => {
    const plain = '| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| 2026 | 1.000.000 | 2.000.000 |\n| 2027 | 1.500.000 | 2.000.000 |\n| 2028 | 500.000 | 2.500.000 |';
    expect(lint(setSection(CLEAN, 'Financiën', plain))).toEqual([]);
    const unreadable = replace(CLEAN, '| 2027 | 1.500.000 |', '| 2027 | anderhalf miljoen |');
    expect(lint(unreadable).map((f) => f.ruleId)).toEqual(['cost-table-mismatch']);
  });

  describe('its fix recomputes the cell in the notation and unit it was written in', () => {
    it('a plain year total', () => {
      const text = replace(CLEAN, '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |', '| 2027 | 1.500.000 | 2.000.000 | 3.600.000 |');
      const fixed = applyFix(text, findingsOf(text, 'cost-total-mismatch')[0]);
      expect(fixed).toBe(CLEAN);
    });

    it('a bold decimal total in a (× € 1.000) table', () => {
      const text = replace(THOUSANDS, '**9.500,0**', '**1.234,5**');
      const [finding] = findingsOf(text, 'cost-total-mismatch');
      expect(at(finding)).toBe(spanOf(text, '**1.234,5**'));
      expect(finding.fix?.edits).toHaveLength(1);
      const fixed = applyFix(text, finding);
      expect(fixed).toBe(THOUSANDS);
      expect(fixed).toContain('| **Totaal** | 3.000 | 6.500 | **9.500,0** |');
      expect(lint(fixed)).toEqual([]);
    });

    it('an amount with € and mln', () => {
      const text = setSection(
        CLEAN,
        'Financiën',
        '| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |\n| --- | --- | --- | --- |\n| 2026 | € 1,0 mln | € 2,0 mln | € 3,0 mln |\n| 2027 | € 1,5 mln | € 2,0 mln | € 3,9 mln |\n| 2028 | € 0,5 mln | € 2,5 mln | € 3,0 mln |',
      );
      const fixed = applyFix(text, findingsOf(text, 'cost-total-mismatch')[0]);
      expect(fixed).toContain('| 2027 | € 1,5 mln | € 2,0 mln | € 3,5 mln |');
      expect(lint(fixed)).toEqual([]);
    });

    it('English notation', () => {
      const english = '| Year | Renewal | Maintenance | Total |\n| --- | --- | --- | --- |\n| 2026 | 1,000,000 | 2,000,000 | 3,000,000 |\n| 2027 | 1,500,000 | 2,000,000 | 3,500,000 |\n| 2028 | 500,000 | 2,500,000 | 3,000,000 |\n| Total | 3,000,000 | 6,500,000 | 9,400,000 |';
      const text = setSection(CLEAN, 'Financiën', english);
      expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '9,400,000')}`]);
      const fixed = applyFix(text, findingsOf(text, 'cost-total-mismatch')[0]);
      expect(fixed).toContain('| Total | 3,000,000 | 6,500,000 | 9,500,000 |');
      expect(lint(fixed)).toEqual([]);
    });
  });
});
