/** The `financien` section's cost tables, read into typed rows of euros. */
import type { Framework } from '../framework';
import { normalizeTitle } from '../framework';
import type { AmountCell, CostComponent, CostRow, CostTable, Table, TableCell } from '../plan';
import { cellScale, parseAmount, tableStyle, unitMultiplier, type NumberStyle } from './amounts';

/** Header text without its unit: "Beheer en onderhoud (× € 1.000)" → "beheer en onderhoud"; the framework adds its same-word forms. */
export function headerName(text: string, framework?: Framework): string {
  return normalizeTitle(withoutBracketed(text).replace(/[€*_:]/g, ' '), framework?.headingForms);
}

/**
 * Each `(…)` and `[…]` replaced by a space, left to right, an opener closing at the first closer
 * after it. In one pass: as a regular expression, a cell of 100,000 `(` searched the rest of the
 * cell from every one of them.
 */
function withoutBracketed(text: string): string {
  let kept = '';
  let from = 0;
  /** The closers known to occur no more after some point, so never again searched for. */
  const exhausted = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const close = text[i] === '(' ? ')' : text[i] === '[' ? ']' : undefined;
    if (!close || exhausted.has(close)) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) {
      exhausted.add(close);
      continue;
    }
    kept += `${text.slice(from, i)} `;
    from = end + 1;
    i = end;
  }
  return kept + text.slice(from);
}

function matches(name: string, candidates: string[], framework: Framework): boolean {
  return candidates.some((candidate) => {
    const c = normalizeTitle(candidate, framework.headingForms);
    return name === c || name.startsWith(`${c} `);
  });
}

/** What the text just above a table says about it. */
export interface AboveTable {
  /** The unit a sentence or caption there states (`Alle bedragen x € 1.000.`). */
  unit?: number;
  /** That text, for the notation it is written in (`× € 1,000` is English). */
  text: string;
  /** A comment `<!-- iplan: kostentabel -->` marks the table as the one the front matter is compared with. */
  marked: boolean;
}

const YEAR = /^\s*(\d{4})\s*$/;
const yearOf = (text: string) => YEAR.exec(text.replace(/[*_]/g, ''))?.[1];

type Where = Partial<Record<'year' | CostComponent, number>>;

/** Which header cells (or first-column cells) name the year and the components. */
function classify(texts: string[], framework: Framework): Where {
  const names = framework.definition.costTable;
  const found: Where = {};
  texts.forEach((text, index) => {
    const name = headerName(text, framework);
    const kind = matches(name, names.yearColumn, framework)
      ? 'year'
      : matches(name, names.renewalColumn, framework)
        ? 'renewal'
        : matches(name, names.maintenanceColumn, framework)
          ? 'maintenance'
          : matches(name, names.totalColumn, framework) || matches(name, names.totalRow, framework)
            ? 'total'
            : undefined;
    if (kind && found[kind] === undefined) found[kind] = index;
  });
  return found;
}

/**
 * Reads a table as a cost table: years as rows under a year column, or years as columns with
 * the components as rows (transposed). Undefined when it is neither.
 */
export function readCostTable(table: Table, framework: Framework, above: AboveTable = { text: '', marked: false }): CostTable | undefined {
  const header = table.rows[0];
  if (!header) return undefined;
  const columns = classify(
    header.cells.map((cell) => cell.text),
    framework,
  );
  if (columns.year !== undefined && (columns.renewal !== undefined || columns.maintenance !== undefined)) {
    return readByRows(table, framework, above, { ...columns, year: columns.year });
  }
  if (header.cells.some((cell, index) => index > 0 && yearOf(cell.text))) return readTransposed(table, framework, above);
  return undefined;
}

/** The unit of a header text, else of the text above the table, else euros. */
function unitFrom(headerTexts: string[], above: AboveTable): Pick<AmountCell, 'unit' | 'unitFrom'> {
  for (const text of headerTexts) {
    const unit = unitMultiplier(text);
    if (unit !== undefined) return { unit, unitFrom: 'header' };
  }
  return above.unit !== undefined ? { unit: above.unit, unitFrom: 'above' } : { unit: 1, unitFrom: 'none' };
}

function amountCell(cell: TableCell, unit: Pick<AmountCell, 'unit' | 'unitFrom'>, style: NumberStyle): AmountCell {
  const own = cellScale(cell.text);
  return { cell, amount: parseAmount(cell.text, unit.unit, style), ...(own !== undefined ? { unit: own, unitFrom: 'cell' } : unit) };
}

function readByRows(table: Table, framework: Framework, above: AboveTable, columns: CostTable['columns']): CostTable {
  const header = table.rows[0];
  const headerTexts = header.cells.map((cell) => cell.text);
  // A unit in a column's own header wins; then the first unit stated anywhere in the header; then the text above.
  const unitOf = (index: number) => unitFrom([headerTexts[index] ?? '', ...headerTexts], above);
  const components = (['renewal', 'maintenance', 'total'] as const).filter((c) => columns[c] !== undefined);
  const style = tableStyle(
    table.rows.slice(1).flatMap((row) => components.map((c) => row.cells[columns[c]!]?.text ?? '')),
    [...headerTexts, above.text],
  );
  const names = framework.definition.costTable;
  const rows: CostRow[] = table.rows.slice(1).map((row) => {
    const label = row.cells[columns.year];
    const year = yearOf(label?.text ?? '');
    const kind: CostRow['kind'] = year ? 'year' : matches(headerName(label?.text ?? '', framework), names.totalRow, framework) ? 'total' : 'other';
    const amounts: CostRow['amounts'] = {};
    for (const component of components) {
      const cell = row.cells[columns[component]!];
      if (cell) amounts[component] = amountCell(cell, unitOf(columns[component]!), style);
    }
    return { kind, year: year ? Number(year) : undefined, row, label, amounts };
  });
  return { table, columns, transposed: false, marked: above.marked, rows };
}

/** Years as columns (`| (x € 1 mln) | 2026 | 2027 | Totaal |`), the components as rows. */
function readTransposed(table: Table, framework: Framework, above: AboveTable): CostTable | undefined {
  const [header, ...body] = table.rows;
  const where = classify(
    body.map((row) => row.cells[0]?.text ?? ''),
    framework,
  );
  if (where.renewal === undefined && where.maintenance === undefined) return undefined;
  const components = (['renewal', 'maintenance', 'total'] as const).filter((c) => where[c] !== undefined);
  const names = framework.definition.costTable;
  const yearColumns = header.cells.map((cell, index) => ({ cell, index })).filter(({ index }) => index > 0);
  const headerTexts = header.cells.map((cell) => cell.text);
  const style = tableStyle(
    components.flatMap((c) => body[where[c]!].cells.slice(1).map((cell) => cell.text)),
    [...headerTexts, above.text],
  );
  // A unit in a component's own label wins, then one in the header (the corner cell), then the text above.
  const unitOf = (component: CostComponent) => unitFrom([body[where[component]!].cells[0]?.text ?? '', ...headerTexts], above);
  const rows: CostRow[] = [];
  for (const { cell: label, index } of yearColumns) {
    const year = yearOf(label.text);
    const total = !year && matches(headerName(label.text, framework), [...names.totalColumn, ...names.totalRow], framework);
    if (!year && !total) continue;
    const amounts: CostRow['amounts'] = {};
    for (const component of components) {
      const cell = body[where[component]!].cells[index];
      if (cell) amounts[component] = amountCell(cell, unitOf(component), style);
    }
    rows.push({ kind: year ? 'year' : 'total', year: year ? Number(year) : undefined, row: header, label, amounts });
  }
  // Rows are indexes into the table: body row i is table row i + 1.
  const columns: CostTable['columns'] = { year: 0 };
  for (const component of components) columns[component] = where[component]! + 1;
  return { table, columns, transposed: true, marked: above.marked, rows };
}
