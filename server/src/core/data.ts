/**
 * Typed, forgiving views of the front-matter data for the rules. Anything of the wrong type is
 * left out here (the schema rule reports it), so a rule sees only what it can rely on.
 */
import type { Plan } from './plan';

interface PeriodView {
  van: number;
  tot: number;
}

export interface CostEntryView {
  index: number;
  pointer: string;
  jaar?: number;
  /** undefined: key absent (or of the wrong type, see `mistyped`); null: key present without a value. */
  vernieuwing?: number | null;
  beheer_en_onderhoud?: number | null;
  /** Keys present with a value of the wrong type: the schema rule reports them, not as missing. */
  mistyped: ('jaar' | 'vernieuwing' | 'beheer_en_onderhoud')[];
}

export interface ItemView {
  kind: 'doelstelling' | 'activiteit';
  index: number;
  pointer: string;
  id?: string;
  name?: string;
  raw: Record<string, unknown>;
}

/** Shared by every reader of the plan (see planData), so read-only. */
export interface PlanData {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly status?: string;
  readonly period?: PeriodView;
  /** The plan years, when the period is valid. */
  readonly years: readonly number[];
  /** Undefined when `kosten` is absent or not a list. */
  readonly costs?: readonly CostEntryView[];
  readonly objectives: readonly ItemView[];
  readonly activities: readonly ItemView[];
}

const MAX_PLAN_YEARS = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const integer = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Worked out once per plan and shared by every reader (the checks, the renderer): a Plan never
 * changes after parsing, and the entry goes when the plan does.
 */
const views = new WeakMap<Plan, { data: PlanData | undefined }>();

/** Undefined when there is no front matter or it does not parse: then no data rule runs. */
export function planData(plan: Plan): PlanData | undefined {
  let view = views.get(plan);
  if (!view) {
    view = { data: readPlanData(plan) };
    views.set(plan, view);
  }
  return view.data;
}

function readPlanData(plan: Plan): PlanData | undefined {
  const fm = plan.frontMatter;
  if (!fm || fm.syntaxErrors.length > 0 || !isRecord(fm.data)) return undefined;
  const raw = fm.data;
  const period = isRecord(raw.planperiode) ? raw.planperiode : undefined;
  const van = integer(period?.van);
  const tot = integer(period?.tot);
  const periodView = van !== undefined && tot !== undefined ? { van, tot } : undefined;
  const years: number[] = [];
  if (periodView && periodView.tot >= periodView.van && periodView.tot - periodView.van < MAX_PLAN_YEARS) {
    for (let year = periodView.van; year <= periodView.tot; year++) years.push(year);
  }
  // A negative amount breaks the schema like a wrong type does: the schema rule reports it, and
  // the rules comparing amounts do not compare it again.
  const amount = (entry: Record<string, unknown>, key: string) =>
    !(key in entry) || entry[key] === null
      ? (entry[key] as null | undefined)
      : typeof entry[key] === 'number' && entry[key] >= 0
        ? (entry[key] as number)
        : undefined;
  const costs = Array.isArray(raw.kosten)
    ? raw.kosten.flatMap((entry, index): CostEntryView[] =>
        isRecord(entry)
          ? [
              {
                index,
                pointer: `/kosten/${index}`,
                jaar: integer(entry.jaar),
                vernieuwing: amount(entry, 'vernieuwing'),
                beheer_en_onderhoud: amount(entry, 'beheer_en_onderhoud'),
                mistyped: (['jaar', 'vernieuwing', 'beheer_en_onderhoud'] as const).filter(
                  (key) => key in entry && entry[key] !== null && (key === 'jaar' ? integer(entry[key]) : amount(entry, key)) === undefined,
                ),
              },
            ]
          : [],
      )
    : undefined;
  const items = (key: 'doelstellingen' | 'activiteiten', kind: ItemView['kind'], nameKey: string): ItemView[] =>
    Array.isArray(raw[key])
      ? (raw[key] as unknown[]).flatMap((item, index) =>
          isRecord(item)
            ? [{ kind, index, pointer: `/${key}/${index}`, id: text(item.id), name: text(item[nameKey]), raw: item }]
            : [],
        )
      : [];
  return {
    raw,
    status: text(raw.status),
    period: periodView,
    years,
    costs,
    objectives: items('doelstellingen', 'doelstelling', 'titel'),
    activities: items('activiteiten', 'activiteit', 'naam'),
  };
}
