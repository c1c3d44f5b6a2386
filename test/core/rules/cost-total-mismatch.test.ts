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

  describe('in a table that rounds (€ mln, one decimal)', () => {
    // Exact amounts with more digits than the table shows: 2026 is 1,04 + 2,04 = 3,08 mln.
    const exact = replace(CLEAN, 'vernieuwing: 1000000\n    beheer_en_onderhoud: 2000000', 'vernieuwing: 1040000\n    beheer_en_onderhoud: 2040000');
    const mln = (total2026: string, renewalTotal = '3,0', grand = '9,6') =>
      setSection(
        exact,
        'Financiën',
        `| Jaar | Vernieuwing (€ mln) | Beheer en onderhoud (€ mln) | Totaal (€ mln) |
| --- | ---: | ---: | ---: |
| 2026 | 1,0 | 2,0 | ${total2026} |
| 2027 | 1,5 | 2,0 | 3,5 |
| 2028 | 0,5 | 2,5 | 3,0 |
| Totaal | ${renewalTotal} | 6,5 | ${grand} |`,
      );

    it('passes a total that is the exact sum rounded, though the cells add up to less', () => {
      expect(lint(mln('3,1'))).toEqual([]);
    });

    it('passes a total that is the sum of the rounded cells', () => {
      expect(lint(mln('3,0', '3,0', '9,5'))).toEqual([]);
    });

    it('reports a total one unit of the last decimal off both, with the exact sum in the message and the fix', () => {
      const text = mln('3,2');
      expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '3,2')}`]);
      const [finding] = findingsOf(text, 'cost-total-mismatch');
      expect(finding.message.en).toBe('The total for 2026 does not add up: it says €3,200,000, the front-matter amounts add up to €3,080,000 and the cells to €3,000,000.');
      expect(finding.message.nl).toContain('de bedragen in de front matter tellen op tot € 3.080.000 en de cellen tot € 3.000.000');
      expect(lint(applyFix(text, finding))).toEqual([]);
    });

    it('reports a column total 0,1 above the exact sum (3,04) and the cells (3,0), which a tolerance per part let pass', () => {
      const text = mln('3,1', '3,1');
      expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '3,1', '| Totaal |')}`]);
    });

    it('in another table, with only rounded cells to go by, allows what their rounding allows and no more', () => {
      const parts = (total: string) =>
        `${mln('3,1')}`.replace(
          '| Totaal | 3,0 | 6,5 | 9,6 |',
          `| Totaal | 3,0 | 6,5 | 9,6 |\n\nWaarvan de uitvoeringsorganisatie (€ mln):\n\n| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |\n| --- | ---: | ---: | ---: |\n| 2026 | 0,4 | 1,0 | ${total} |`,
        );
      expect(lint(parts('1,5'))).toEqual([]);
      const text = parts('1,7');
      expect(briefLint(text)).toEqual([`cost-total-mismatch error ${spanOf(text, '1,7')}`]);
      expect(findingsOf(text, 'cost-total-mismatch')[0].message.en).toBe('The total for 2026 does not add up: it says €1,700,000, the sum is €1,400,000.');
    });
  });

  it('does not report totals that agree with the front matter when one cell is wrong: that cell is the one defect', () => {
    const text = replace(CLEAN, '| 2026 | 1.000.000 | 2.000.000 |', '| 2026 | 1.000.000 | 2.100.000 |');
    expect(briefLint(text)).toEqual([`cost-table-mismatch error ${spanOf(text, '2.100.000')}`]);
  });
});
