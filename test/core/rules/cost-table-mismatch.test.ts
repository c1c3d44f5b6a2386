import { describe, expect, it } from 'vitest';
import { at, briefLint, CLEAN, findingsOf, lint, replace, setSection, spanOf } from '../../helpers/plans';

/** CLEAN with its cost table replaced (rows for 2026, 2027 and 2028 under the given header). */
const table = (text: string) => setSection(CLEAN, 'Financiën', text);

describe('cost-table-mismatch', () => {
  it('fires at the table cell that disagrees with the front matter, tying it to the front-matter value', () => {
    const text = replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing: 1600000');
    expect(briefLint(text)).toEqual([`cost-table-mismatch error ${spanOf(text, '1.500.000')}`]);
    const [finding] = findingsOf(text, 'cost-table-mismatch');
    expect(finding.related?.map((r) => at(r.range))).toEqual([spanOf(text, '1600000')]);
    expect(finding.message.nl).toMatch(/1\.500\.000.*vernieuwing.*2027.*1\.600\.000/);
    expect(finding.message.en).toMatch(/1,500,000.*renewal.*2027.*1,600,000/);
  });

  it('checks beheer en onderhoud too', () => {
    const text = replace(CLEAN, 'beheer_en_onderhoud: 2500000', 'beheer_en_onderhoud: 2400000');
    expect(briefLint(text)).toEqual([`cost-table-mismatch error ${spanOf(text, '2.500.000', '| 2028')}`]);
    expect(findingsOf(text, 'cost-table-mismatch')[0].message.en).toContain('maintenance');
  });

  it('fires at the header row for a plan year the table lacks', () => {
    const text = replace(CLEAN, '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |\n', '');
    const mismatches = findingsOf(text, 'cost-table-mismatch');
    expect(mismatches.map(at)).toEqual([spanOf(text, '| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |')]);
    expect(mismatches[0].message.en).toContain('2027');
    expect(mismatches[0].related?.map((r) => at(r.range))).toEqual([spanOf(text, '2027', 'kosten')]);
  });

  it('fires at the year cell of a row outside the plan period', () => {
    const text = table('| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| 2026 | 1.000.000 | 2.000.000 |\n| 2027 | 1.500.000 | 2.000.000 |\n| 2028 | 500.000 | 2.500.000 |\n| 2029 | 500.000 | 2.500.000 |');
    expect(briefLint(text)).toEqual([`cost-table-mismatch error ${spanOf(text, '2029', '| 2028')}`]);
  });

  it('fires at a cell that cannot be read as an amount, and at an empty cell', () => {
    const text = table('| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| 2026 | ruim een miljoen | 2.000.000 |\n| 2027 |  | 2.000.000 |\n| 2028 | 500.000 | 2.500.000 |');
    const findings = findingsOf(text, 'cost-table-mismatch');
    // An empty cell has no content to point at: its whole span, from the pipe before it.
    expect(findings.map(at)).toEqual([spanOf(text, 'ruim een miljoen'), spanOf(text, '|  ', '| 2027')]);
    expect(findings[0].message.en).toContain('‘ruim een miljoen’ cannot be read');
    expect(findings[1].message.en).toMatch(/renewal cell for 2027 is empty.*1,500,000/);
  });

  it('leaves a placeholder in a cell to the placeholder rule', () => {
    const text = table('| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| 2026 | 1.000.000 | 2.000.000 |\n| 2027 | PM | 2.000.000 |\n| 2028 | 500.000 | 2.500.000 |');
    expect(briefLint(text)).toEqual([`placeholder warning ${spanOf(text, 'PM', '| 2027')}`]);
  });

  it('does not fire when the amounts agree in another notation or unit', () => {
    const variants = [
      '| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| 2026 | € 1 mln | € 2 mln |\n| 2027 | € 1,5 mln | € 2,0 mln |\n| 2028 | € 0,5 mln | € 2,5 mln |',
      '| Jaar | Vernieuwing (× € 1.000) | Beheer en onderhoud (× € 1.000) |\n| --- | --- | --- |\n| 2026 | 1.000 | 2.000 |\n| 2027 | 1.500 | 2.000 |\n| 2028 | 500 | 2.500 |',
      '| Jaar (€ mln) | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| 2026 | 1,0 | 2,0 |\n| 2027 | 1,5 | 2,0 |\n| 2028 | 0,5 | 2,5 |',
      '| Year | Renewal | Maintenance |\n| --- | --- | --- |\n| 2026 | 1,000,000 | 2,000,000 |\n| 2027 | 1,500,000 | 2,000,000 |\n| 2028 | 500,000 | 2,500,000 |',
      '| Year | Renewal (€ mln) | Maintenance (€ mln) |\n| --- | --- | --- |\n| 2026 | 1.0 | 2.0 |\n| 2027 | 1.5 | 2.0 |\n| 2028 | 0.5 | 2.5 |',
      '| Year | Renewal (× € 1,000) | Maintenance (× € 1,000) |\n| --- | --- | --- |\n| 2026 | 1,000 | 2,000 |\n| 2027 | 1,500 | 2,000 |\n| 2028 | 500 | 2,500 |',
      '| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | --- | --- |\n| **2026** | 1 000 000 | 2 000 000 |\n| **2027** | € 1.500.000 | € 2.000.000 |\n| **2028** | 500000 | 2500000 |',
    ];
    for (const variant of variants) expect(lint(table(variant)), variant).toEqual([]);
  });

  it('allows the rounding a written unit implies, and no more', () => {
    // € 1,2 mln stands for anything from € 1 150 000 to € 1 250 000.
    const rounded = (fm: number) =>
      replace(
        table('| Jaar | Vernieuwing (€ mln) | Beheer en onderhoud (€ mln) |\n| --- | --- | --- |\n| 2026 | 1,0 | 2,0 |\n| 2027 | 1,2 | 2,0 |\n| 2028 | 0,5 | 2,5 |'),
        'vernieuwing: 1500000',
        `vernieuwing: ${fm}`,
      );
    expect(lint(rounded(1234567))).toEqual([]);
    expect(lint(rounded(1150000))).toEqual([]);
    expect(lint(rounded(1250000))).toEqual([]);
    expect(findingsOf(rounded(1250001), 'cost-table-mismatch')).toHaveLength(1);
    expect(findingsOf(rounded(1149999), 'cost-table-mismatch')).toHaveLength(1);
    // Whole euros must agree exactly.
    expect(findingsOf(replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing: 1500001'), 'cost-table-mismatch')).toHaveLength(1);
  });

  it('does not fire when there is no cost table or no kosten (other rules report that)', () => {
    expect(lint(setSection(CLEAN, 'Financiën', 'Geen tabel.')).map((f) => f.ruleId)).toEqual(['cost-table-missing']);
  });

  describe('with several tables in Financiën', () => {
    const PLAN_TABLE = '| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | ---: | ---: |\n| 2026 | 1.000.000 | 2.000.000 |\n| 2027 | 1.500.000 | 2.000.000 |\n| 2028 | 500.000 | 2.500.000 |';
    const PART = '| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | ---: | ---: |\n| 2026 | 400.000 | 900.000 |\n| 2027 | 600.000 | 800.000 |\n| 2028 | 200.000 | 1.100.000 |';
    const REALISED = '| Jaar | Vernieuwing | Beheer en onderhoud |\n| --- | ---: | ---: |\n| 2024 | 900.000 | 1.800.000 |\n| 2025 | 950.000 | 1.900.000 |';

    it('never compares a table of realised figures (no plan year) with the front matter', () => {
      expect(lint(table(`Realisatie:\n\n${REALISED}\n\nRaming:\n\n${PLAN_TABLE}`))).toEqual([]);
    });

    it('compares the table that agrees with the front matter, whether parts come before or after it', () => {
      expect(lint(table(`Uitvoeringsorganisatie:\n\n${PART}\n\nHet hele ministerie:\n\n${PLAN_TABLE}`))).toEqual([]);
      expect(lint(table(`${PLAN_TABLE}\n\n### Waarvan de uitvoeringsorganisatie\n\n${PART}`))).toEqual([]);
      const text = table(`Uitvoeringsorganisatie:\n\n${PART}\n\nHet hele ministerie:\n\n${PLAN_TABLE.replace('| 500.000 |', '| 550.000 |')}`);
      expect(briefLint(text)).toEqual([`cost-table-mismatch error ${spanOf(text, '550.000')}`]);
    });

    it('compares the table a comment marks, even when another agrees better', () => {
      const text = table(`<!-- iplan: kostentabel -->\n\n${PART}\n\n${PLAN_TABLE}`);
      expect(findingsOf(text, 'cost-table-mismatch')).toHaveLength(6);
      expect(findingsOf(text, 'cost-table-mismatch')[0].range.start.line + 1).toBe(Number(spanOf(text, '400.000').split(':')[0]));
    });

    it('reads the unit stated above the table and a transposed table like any other', () => {
      expect(lint(table('Alle bedragen x € 1.000.\n\n| Jaar | Vernieuwing | Beheer en onderhoud |\n| - | - | - |\n| 2026 | 1.000 | 2.000 |\n| 2027 | 1.500 | 2.000 |\n| 2028 | 500 | 2.500 |'))).toEqual([]);
      const transposed = table('| (× € 1 mln) | 2026 | 2027 | 2028 |\n| - | - | - | - |\n| Vernieuwing | 1,0 | 1,5 | 0,6 |\n| Beheer en onderhoud | 2,0 | 2,0 | 2,5 |');
      expect(briefLint(transposed)).toEqual([`cost-table-mismatch error ${spanOf(transposed, '0,6')}`]);
      expect(findingsOf(transposed, 'cost-table-mismatch')[0].message.en).toContain('for renewal in 2028');
    });
  });
});
