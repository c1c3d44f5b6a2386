/**
 * `iplan portfolio --format xlsx:<file>`: a workbook with a sheet of the activities, one of the
 * costs per year and one per ministry, amounts in a euro number format, each sheet with a frozen
 * header row and a filter. Figures of different accounting systems are never summed: each
 * system has its own rows and its own total row. exceljs is loaded only when a workbook is
 * asked for (the build puts it in a file of its own), so other runs do not pay for it.
 */
import type { Locale } from '../../core';
import type { AccountingTotals, Amounts, Portfolio } from '../../core/review/portfolio';
import { CSV_COLUMNS } from './csv';

/** Whole euros with thousands separators, as the reader's Excel writes them. */
export const EURO_FORMAT = '"€" #,##0';

const SHEETS = {
  nl: { activities: 'Activiteiten', years: 'Kosten per jaar', ministries: 'Per ministerie', large: 'Grote zonder toezicht', total: 'Totaal', unknown: 'onbekend', yes: 'ja', no: 'nee' },
  en: { activities: 'Activities', years: 'Costs per year', ministries: 'Per ministry', large: 'Large without oversight', total: 'Total', unknown: 'unknown', yes: 'yes', no: 'no' },
};

type Cell = string | number | null;

interface SheetSpec {
  name: string;
  columns: { header: string; width: number; euros?: boolean }[];
  rows: Cell[][];
  /** Rows (0-based, after the header) to set in bold: totals. */
  bold?: Set<number>;
}

const amountCells = (a: Amounts, words: (typeof SHEETS)['nl']): Cell[] => [a.vernieuwing, a.beheer_en_onderhoud, a.total, a.complete ? words.yes : words.no];

function perSystem(totals: readonly AccountingTotals[], rowsOf: (t: AccountingTotals) => Cell[][], total: (t: AccountingTotals) => Cell[]): { rows: Cell[][]; bold: Set<number> } {
  const rows: Cell[][] = [];
  const bold = new Set<number>();
  for (const system of totals) {
    rows.push(...rowsOf(system));
    bold.add(rows.length);
    rows.push(total(system));
  }
  return { rows, bold };
}

function workbookSheets(portfolio: Portfolio, locale: Locale): SheetSpec[] {
  const words = SHEETS[locale];
  const system = (t: AccountingTotals) => t.boekhoudstelsel ?? words.unknown;
  const amountColumns = [
    { header: 'vernieuwing', width: 16, euros: true },
    { header: 'beheer_en_onderhoud', width: 20, euros: true },
    { header: 'total', width: 16, euros: true },
    { header: 'complete', width: 10 },
  ];
  const years = perSystem(
    portfolio.totals,
    (t) => t.perYear.map((y) => [system(t), y.jaar, ...amountCells(y, words)]),
    (t) => [system(t), words.total, ...amountCells(t.perComponent, words)],
  );
  const ministries = perSystem(
    portfolio.totals,
    (t) => t.perMinistry.map((m) => [system(t), m.ministerie ?? words.unknown, m.plans, ...amountCells(m, words)]),
    (t) => [system(t), words.total, t.perMinistry.reduce((n, m) => n + m.plans, 0), ...amountCells(t.perComponent, words)],
  );
  return [
    {
      name: words.activities,
      columns: CSV_COLUMNS.map((column) => ({ header: column, width: column === 'naam' ? 40 : column === 'plan' ? 32 : 16, euros: column === 'totale_kosten' })),
      rows: portfolio.activities.map((a) => CSV_COLUMNS.map((column) => (typeof a[column] === 'boolean' ? (a[column] ? words.yes : words.no) : (a[column] as Cell)))),
    },
    { name: words.years, columns: [{ header: 'boekhoudstelsel', width: 20 }, { header: 'jaar', width: 10 }, ...amountColumns], ...years },
    { name: words.ministries, columns: [{ header: 'boekhoudstelsel', width: 20 }, { header: 'ministerie', width: 12 }, { header: 'plans', width: 8 }, ...amountColumns], ...ministries },
    {
      name: words.large,
      columns: [...['ministerie', 'id', 'naam', 'totale_kosten', 'missing', 'plan'].map((header) => ({ header, width: header === 'naam' ? 40 : 16, euros: header === 'totale_kosten' }))],
      rows: portfolio.largeWithoutOversight.map((a) => [a.ministerie, a.id, a.naam, a.totale_kosten, a.missing.join(', '), a.plan]),
    },
  ];
}

/** The workbook as the bytes of an .xlsx file. */
export async function portfolioXlsx(portfolio: Portfolio, locale: Locale, toolVersion: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `iplan ${toolVersion}`;
  for (const spec of workbookSheets(portfolio, locale)) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column, index) => ({ header: column.header, key: String(index), width: column.width, style: column.euros ? { numFmt: EURO_FORMAT } : {} }));
    sheet.getRow(1).font = { bold: true };
    spec.rows.forEach((row, index) => {
      const added = sheet.addRow(row);
      if (spec.bold?.has(index)) added.font = { bold: true };
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
