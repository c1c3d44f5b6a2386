/** The `financien` section's cost tables, read into typed rows of euros. */
import type { Framework } from '../framework';
import { normalizeTitle } from '../framework';
import type { AmountCell, CostComponent, CostRow, CostTable, Table } from '../plan';
import { parseAmount, tableStyle, unitMultiplier } from './amounts';

/** Header text without its unit: "Beheer en onderhoud (× € 1.000)" → "beheer en onderhoud". */
function headerName(text: string, framework: Framework): string {
  return normalizeTitle(withoutBracketed(text).replace(/[€*_:]/g, ' '), framework.headingForms);
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

/** Reads a table as a cost table, or undefined when it has no year column or no cost column. */
export function readCostTable(table: Table, framework: Framework): CostTable | undefined {
  const header = table.rows[0];
  if (!header) return undefined;
  const names = framework.definition.costTable;
  const columns: Partial<Record<'year' | CostComponent, number>> = {};
  header.cells.forEach((cell, index) => {
    const name = headerName(cell.text, framework);
    const kind = matches(name, names.yearColumn, framework)
      ? 'year'
      : matches(name, names.renewalColumn, framework)
        ? 'renewal'
        : matches(name, names.maintenanceColumn, framework)
          ? 'maintenance'
          : matches(name, names.totalColumn, framework)
            ? 'total'
            : undefined;
    if (kind && columns[kind] === undefined) columns[kind] = index;
  });
  const year = columns.year;
  if (year === undefined || (columns.renewal === undefined && columns.maintenance === undefined)) return undefined;

  // A unit in a column's own header wins; otherwise the first unit stated anywhere in the header.
  const tableUnit = header.cells.map((cell) => unitMultiplier(cell.text)).find((unit) => unit !== undefined) ?? 1;
  const unitOf = (index: number) => unitMultiplier(header.cells[index]?.text ?? '') ?? tableUnit;
  const components = (['renewal', 'maintenance', 'total'] as const).filter((c) => columns[c] !== undefined);
  const style = tableStyle(
    table.rows.slice(1).flatMap((row) => components.map((c) => row.cells[columns[c]!]?.text ?? '')),
    header.cells.map((cell) => cell.text),
  );

  const rows: CostRow[] = table.rows.slice(1).map((row) => {
    const label = row.cells[year]?.text ?? '';
    const yearMatch = /^\s*(\d{4})\s*$/.exec(label.replace(/[*_]/g, ''));
    const kind: CostRow['kind'] = yearMatch ? 'year' : matches(headerName(label, framework), names.totalRow, framework) ? 'total' : 'other';
    const amounts: CostRow['amounts'] = {};
    for (const component of components) {
      const index = columns[component]!;
      const cell = row.cells[index];
      if (!cell) continue;
      const amount: AmountCell = { cell, amount: parseAmount(cell.text, unitOf(index), style) };
      amounts[component] = amount;
    }
    return { kind, year: yearMatch ? Number(yearMatch[1]) : undefined, row, amounts };
  });
  return { table, columns: { ...columns, year }, rows };
}
