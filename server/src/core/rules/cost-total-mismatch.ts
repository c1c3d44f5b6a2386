import { formatAmount, notationOf, replaceNumber } from '../parse/amounts';
import type { PlanData } from '../data';
import { mainCostTable } from '../mainCostTable';
import type { AmountCell, CostRow, CostTable } from '../plan';
import type { Rule, RuleContext } from '../rule';
import { localized, type Localized } from '../types';
import { euros } from '../money';

/** A fix that rewrites the total in the cell's own notation and unit (`**12,5**` in € mln stays so). */
function recompute(context: RuleContext, cell: AmountCell, value: number) {
  const { plan } = context;
  const notation = notationOf(cell.cell.text);
  const start = plan.lines.offsetAt(cell.cell.range.start);
  const source = plan.text.slice(start, plan.lines.offsetAt(cell.cell.range.end));
  const replacement = formatAmount(value, unitOf(cell), notation);
  return {
    title: localized(`Totaal herberekenen (${replacement})`, `Recompute the total (${replacement})`),
    edits: [{ range: cell.cell.range, newText: replaceNumber(source, replacement) }],
  };
}

/** The unit a cell was read in: its value in euros over the number written in it. */
function unitOf(cell: AmountCell): number {
  const { style } = notationOf(cell.cell.text);
  const written = /[0-9][0-9.,\s\u00a0]*[0-9]|[0-9]/.exec(cell.cell.text)?.[0].replace(/[\s\u00a0]/g, '') ?? '1';
  const [group, decimal] = style === 'nl' ? ['.', ','] : [',', '.'];
  const number = Number(written.split(group).join('').replace(decimal, '.'));
  return number === 0 ? 1 : Math.round((cell.amount!.value / number) * 1e6) / 1e6;
}

/** The front matter's exact amount behind each cell of the plan's cost table (renewal and maintenance of a plan year). */
function exactAmounts(table: CostTable | undefined, data: PlanData | undefined): Map<AmountCell, number> {
  const exact = new Map<AmountCell, number>();
  for (const row of table?.rows ?? []) {
    const entry = row.kind === 'year' ? data?.costs?.find((cost) => cost.jaar === row.year) : undefined;
    if (!entry) continue;
    if (row.amounts.renewal && typeof entry.vernieuwing === 'number') exact.set(row.amounts.renewal, entry.vernieuwing);
    if (row.amounts.maintenance && typeof entry.beheer_en_onderhoud === 'number') exact.set(row.amounts.maintenance, entry.beheer_en_onderhoud);
  }
  return exact;
}

export default {
  id: 'cost-total-mismatch',
  defaultSeverity: 'error',
  criterion: 'financien',
  basis: 'inferred',
  description: localized(
    'Een Totaal-rij of -kolom in de kostentabel telt op: tot de exacte som van de front matter, afgerond zoals de tabel schrijft.',
    'A Total row or column in the cost table adds up: to the exact front-matter sum, rounded as the table writes.',
  ),
  rationale: localized(
    'Een totaal dat niet klopt, ondermijnt het vertrouwen in alle bedragen van het plan.',
    "A total that does not add up undermines trust in all the plan's amounts.",
  ),
  fixable: true,
  example: {
    bad: [
      '| 2026 | 1.000.000 | 2.000.000 | 3.000.000 |',
      '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |',
      '| 2028 | 500.000 | 2.500.000 | 3.000.000 |',
      '| **Totaal** | 3.000.000 | 6.500.000 | 9.000.000 |',
    ],
    good: [
      '| 2026 | 1.000.000 | 2.000.000 | 3.000.000 |',
      '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |',
      '| 2028 | 500.000 | 2.500.000 | 3.000.000 |',
      '| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |',
    ],
  },
  check(context) {
    const { plan, data, report } = context;
    const exact = exactAmounts(mainCostTable(plan), data);
    for (const table of plan.costTables) {
      const yearRows = table.rows.filter((r) => r.kind === 'year');
      const checkSum = (target: AmountCell | undefined, parts: (AmountCell | undefined)[], what: Localized) => {
        if (!target?.amount || parts.length === 0 || parts.some((p) => !p?.amount)) return;
        const written = target.amount.value;
        const cells = parts.reduce((total, p) => total + p!.amount!.value, 0);
        const exactParts = parts.map((p) => exact.get(p!));
        const related = parts.map((p) => ({ range: p!.cell.range, message: localized('Onderdeel van de som', 'Part of the sum') }));
        if (exactParts.every((value) => value !== undefined)) {
          // The plan's cost table: the total is the front matter's exact sum, rounded as the table
          // writes (or, as authors also do, the sum of the rounded cells). Nothing else passes.
          const sum = exactParts.reduce((total, value) => total + value!, 0);
          if (Math.abs(written - sum) <= target.amount.tolerance + 0.005 || Math.abs(written - cells) < 0.005) return;
          report({
            range: target.cell.range,
            message: localized(
              `${what.nl}: er staat ${euros(written).nl}, de bedragen in de front matter tellen op tot ${euros(sum).nl} en de cellen tot ${euros(cells).nl}.`,
              `${what.en}: it says ${euros(written).en}, the front-matter amounts add up to ${euros(sum).en} and the cells to ${euros(cells).en}.`,
            ),
            related,
            fix: recompute(context, target, sum),
          });
          return;
        }
        // Other tables (realised figures, parts): only the rounded cells are known, each up to half
        // its last digit off, so the total may differ from their sum by as much together.
        const tolerance = target.amount.tolerance + parts.reduce((total, p) => total + p!.amount!.tolerance, 0) + 0.005;
        if (Math.abs(cells - written) <= tolerance) return;
        report({
          range: target.cell.range,
          message: localized(
            `${what.nl}: er staat ${euros(written).nl}, de som is ${euros(cells).nl}.`,
            `${what.en}: it says ${euros(written).en}, the sum is ${euros(cells).en}.`,
          ),
          related,
          fix: recompute(context, target, cells),
        });
      };
      const rowTotal = (row: CostRow) => {
        const parts = [row.amounts.renewal, row.amounts.maintenance].filter((p) => p !== undefined);
        if (parts.length === 2) {
          const label = row.year ?? row.label?.text;
          checkSum(row.amounts.total, parts, localized(`Het totaal van ${label} telt niet op`, `The total for ${label} does not add up`));
        }
      };
      for (const row of yearRows) rowTotal(row);
      for (const totalRow of table.rows.filter((r) => r.kind === 'total')) {
        for (const [component, name] of [
          ['renewal', localized('vernieuwing', 'renewal')],
          ['maintenance', localized('beheer en onderhoud', 'maintenance')],
        ] as const) {
          if (table.columns[component] === undefined) continue;
          checkSum(
            totalRow.amounts[component],
            yearRows.map((r) => r.amounts[component]),
            localized(`De totaalrij voor ${name.nl} telt niet op`, `The total row for ${name.en} does not add up`),
          );
        }
        // The grand total is summed from the components, not from the year totals, so one wrong
        // year total is reported once, at that year.
        if (table.columns.renewal !== undefined && table.columns.maintenance !== undefined) {
          checkSum(
            totalRow.amounts.total,
            yearRows.flatMap((r) => [r.amounts.renewal, r.amounts.maintenance]),
            localized('Het eindtotaal telt niet op', 'The grand total does not add up'),
          );
        }
      }
    }
  },
} satisfies Rule;
