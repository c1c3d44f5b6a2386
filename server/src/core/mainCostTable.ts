/**
 * Which of the cost tables in *Financiën* is the plan's cost table, the one compared with the
 * front matter. Plans show realised figures of earlier years and tables per organisation or
 * component beside it, before or after; a reader knows which is meant, and so does this:
 *
 * 1. a table marked by a comment `<!-- iplan: kostentabel -->` just above it;
 * 2. else, of the tables with at least one plan year (a realisation table has none), the one
 *    whose amounts agree with the front matter most often; on a tie, the one with the most plan
 *    years, then the first;
 * 3. without plan years to go by (no valid period), the first.
 */
import { planData, type PlanData } from './data';
import type { CostTable, Plan } from './plan';

const chosen = new WeakMap<Plan, { table: CostTable | undefined }>();

export function mainCostTable(plan: Plan): CostTable | undefined {
  let entry = chosen.get(plan);
  if (!entry) {
    entry = { table: choose(plan.costTables, planData(plan)) };
    chosen.set(plan, entry);
  }
  return entry.table;
}

function choose(tables: readonly CostTable[], data: PlanData | undefined): CostTable | undefined {
  const marked = tables.find((table) => table.marked);
  if (marked) return marked;
  const years = new Set(data?.years ?? []);
  if (years.size === 0) return tables[0];
  let best: { table: CostTable; agreeing: number; planYears: number } | undefined;
  for (const table of tables) {
    const yearRows = table.rows.filter((row) => row.kind === 'year' && years.has(row.year!));
    if (yearRows.length === 0) continue;
    let agreeing = 0;
    for (const row of yearRows) {
      const entry = data?.costs?.find((cost) => cost.jaar === row.year);
      if (!entry) continue;
      for (const [component, key] of [
        ['renewal', 'vernieuwing'],
        ['maintenance', 'beheer_en_onderhoud'],
      ] as const) {
        const amount = row.amounts[component]?.amount;
        const expected = entry[key];
        if (amount && typeof expected === 'number' && Math.abs(amount.value - expected) <= amount.tolerance + 0.005) agreeing++;
      }
    }
    if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && yearRows.length > best.planYears)) {
      best = { table, agreeing, planYears: yearRows.length };
    }
  }
  return best?.table;
}
