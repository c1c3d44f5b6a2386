import { describe, expect, it } from 'vitest';
import { parse, type CostTable } from '../../../server/src/core';
import { at, CLEAN, framework, setSection, spanOf } from '../../helpers/plans';

const costTablesOf = (text: string) => parse(text, framework).costTables;
const withTable = (table: string) => setSection(CLEAN, 'Financiën', table);
const values = (table: CostTable) =>
  table.rows.map((row) => [row.kind, row.year, row.amounts.renewal?.amount?.value, row.amounts.maintenance?.amount?.value, row.amounts.total?.amount?.value]);

describe('the cost table', () => {
  it('is read into typed rows with cell ranges', () => {
    const [table] = costTablesOf(CLEAN);
    expect(table.columns).toEqual({ year: 0, renewal: 1, maintenance: 2, total: 3 });
    expect(values(table)).toEqual([
      ['year', 2026, 1_000_000, 2_000_000, 3_000_000],
      ['year', 2027, 1_500_000, 2_000_000, 3_500_000],
      ['year', 2028, 500_000, 2_500_000, 3_000_000],
      ['total', undefined, 3_000_000, 6_500_000, 9_500_000],
    ]);
    const row2027 = table.rows[1];
    expect(at(row2027.row.range)).toBe(spanOf(CLEAN, '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |'));
    expect(row2027.row.cells.map((c) => at(c.range))).toEqual(
      ['2027', '1.500.000', '2.000.000', '3.500.000'].map((text) => spanOf(CLEAN, text, '| 2027 |')),
    );
    // The bold total label and amount: the cell is its content, markup included, text without.
    const total = table.rows[3].row.cells;
    expect(total[0].text).toBe('Totaal');
    expect(at(total[0].range)).toBe(spanOf(CLEAN, '**Totaal**'));
  });

  it('recognises the English and alternative column names, in any order', () => {
    const [table] = costTablesOf(
      withTable('| Operations and maintenance | Renewal | Year | Total |\n| - | - | - | - |\n| 2.000.000 | 1.000.000 | 2026 | 3.000.000 |'),
    );
    expect(table.columns).toEqual({ year: 2, renewal: 1, maintenance: 0, total: 3 });
    const [b] = costTablesOf(withTable('| Jaar | B&O | Vernieuwing |\n| - | - | - |\n| 2026 | 2 | 1 |'));
    expect(b.columns).toEqual({ year: 0, maintenance: 1, renewal: 2 });
  });

  it('reads the unit from the column header, or else from the first header that states one', () => {
    const [table] = costTablesOf(
      withTable('| Jaar (× € 1.000) | Vernieuwing | Beheer en onderhoud (€ mln) |\n| - | - | - |\n| 2026 | 1.000 | 2,0 |'),
    );
    expect(values(table)).toEqual([['year', 2026, 1_000_000, 2_000_000, undefined]]);
  });

  it('reads an English table as English, also its single-group amounts', () => {
    const [table] = costTablesOf(withTable('| Year | Renewal | Maintenance |\n| - | - | - |\n| 2026 | 1,000,000 | 500,000 |'));
    expect(values(table)).toEqual([['year', 2026, 1_000_000, 500_000, undefined]]);
  });

  it('keeps unreadable and empty cells, without an amount', () => {
    const [table] = costTablesOf(withTable('| Jaar | Vernieuwing | Beheer en onderhoud |\n| - | - | - |\n| 2026 | PM |  |\n| Mutatie | 1 | 2 |'));
    expect(table.rows.map((r) => [r.kind, r.amounts.renewal?.cell.text, r.amounts.renewal?.amount, r.amounts.maintenance?.cell.text])).toEqual([
      ['year', 'PM', undefined, ''],
      ['other', '1', { value: 1, tolerance: 0 }, '2'],
    ]);
  });

  it('is no cost table without a year column or without a cost column', () => {
    expect(costTablesOf(withTable('| Vernieuwing | Beheer en onderhoud |\n| - | - |\n| 1 | 2 |'))).toEqual([]);
    expect(costTablesOf(withTable('| Jaar | Omschrijving |\n| - | - |\n| 2026 | x |'))).toEqual([]);
  });

  it('is only looked for in the Financiën section, all tables there in order', () => {
    const two = withTable('| Jaar | Vernieuwing |\n| - | - |\n| 2026 | 1 |\n\nEn:\n\n| Jaar | Beheer en onderhoud |\n| - | - |\n| 2026 | 2 |');
    expect(costTablesOf(two).map((t) => t.columns)).toEqual([
      { year: 0, renewal: 1 },
      { year: 0, maintenance: 1 },
    ]);
    const elsewhere = setSection(withTable('Geen tabel.'), 'Samenvatting', '| Jaar | Vernieuwing |\n| - | - |\n| 2026 | 1 |');
    expect(costTablesOf(elsewhere)).toEqual([]);
    const plan = parse(elsewhere, framework);
    expect(plan.tables.map((t) => t.sectionIndex)).toEqual([0]);
  });

  it('reads the unit from the sentence or caption just above the table, when no header states one', () => {
    const table = '| Jaar | Vernieuwing | Beheer en onderhoud |\n| - | - | - |\n| 2026 | 1.000 | 2.000,5 |';
    for (const above of ['Alle bedragen x € 1.000.', "Bedragen in duizenden euro's.", 'Tabel 3: kosten per jaar (k€)', 'All amounts in thousands of euros.']) {
      const [read] = costTablesOf(withTable(`${above}\n\n${table}`));
      expect(values(read), above).toEqual([['year', 2026, 1_000_000, 2_000_500, undefined]]);
      expect(read.rows[0].amounts.renewal).toMatchObject({ unit: 1000, unitFrom: 'above' });
    }
    const [mln] = costTablesOf(withTable(`Tabel 3 (€ mln)\n\n| Jaar | Vernieuwing |\n| - | - |\n| 2026 | 1,25 |`));
    expect(values(mln)).toEqual([['year', 2026, 1_250_000, undefined, undefined]]);
    // A header's own unit wins over the sentence above.
    const [header] = costTablesOf(withTable(`Alle bedragen x € 1.000.\n\n| Jaar | Vernieuwing (€ mln) |\n| - | - |\n| 2026 | 1,5 |`));
    expect(header.rows[0].amounts.renewal).toMatchObject({ amount: { value: 1_500_000 }, unitFrom: 'header' });
  });

  it('takes no unit from prose that only mentions an amount, nor from above an earlier table', () => {
    const table = '| Jaar | Vernieuwing |\n| - | - |\n| 2026 | 1.000.000 |';
    for (const above of ['In 2026 stijgen de kosten met 3 miljoen euro.', 'Maximaal 5 systemen x 2 omgevingen.', 'Tabel 2: ICT-kosten per planjaar']) {
      const [read] = costTablesOf(withTable(`${above}\n\n${table}`));
      expect(read.rows[0].amounts.renewal, above).toMatchObject({ amount: { value: 1_000_000 }, unit: 1, unitFrom: 'none' });
    }
    const [, second] = costTablesOf(withTable(`Alle bedragen x € 1.000.\n\n${table}\n\nDe raming:\n\n${table}`));
    expect(second.rows[0].amounts.renewal).toMatchObject({ amount: { value: 1_000_000 }, unitFrom: 'none' });
  });

  it('reads a transposed table: years as columns, the components as rows, a unit in the corner cell', () => {
    const [table] = costTablesOf(
      withTable(
        '| (x € 1 mln) | 2026 | 2027 | Totaal |\n| --- | ---: | ---: | ---: |\n| Vernieuwing | 1,0 | 1,5 | 2,5 |\n| Beheer en onderhoud | 2,0 | 2,0 | 4,0 |\n| Totaal | 3,0 | 3,5 | 6,5 |',
      ),
    );
    expect(table.transposed).toBe(true);
    expect(table.columns).toEqual({ year: 0, renewal: 1, maintenance: 2, total: 3 });
    expect(values(table)).toEqual([
      ['year', 2026, 1_000_000, 2_000_000, 3_000_000],
      ['year', 2027, 1_500_000, 2_000_000, 3_500_000],
      ['total', undefined, 2_500_000, 4_000_000, 6_500_000],
    ]);
    expect(table.rows[1].label?.text).toBe('2027');
    const english = costTablesOf(withTable('Table 2. ICT costs (€ million)\n\n|  | 2026 | Total |\n| - | - | - |\n| Renewal | 22.1 | 22.1 |\n| Maintenance | 61.4 | 61.4 |'))[0];
    expect(values(english)).toEqual([
      ['year', 2026, 22_100_000, 61_400_000, undefined],
      ['total', undefined, 22_100_000, 61_400_000, undefined],
    ]);
    // Years as columns without a cost row is no cost table.
    expect(costTablesOf(withTable('| Dienst | 2026 | 2027 |\n| - | - | - |\n| DJI | 1 | 2 |'))).toEqual([]);
  });

  it('knows a table marked as the cost table by a comment just above it', () => {
    const table = '| Jaar | Vernieuwing |\n| - | - |\n| 2026 | 1 |';
    const tables = costTablesOf(withTable(`${table}\n\nTabel 2\n\n<!-- iplan: kostentabel -->\n\n${table}\n\n<!-- iplan: cost-table -->\n\n${table}`));
    expect(tables.map((t) => t.marked)).toEqual([false, true, true]);
    expect(costTablesOf(withTable(`<!-- kostentabel -->\n\n${table}`))[0].marked).toBe(false);
  });
});
