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
});
