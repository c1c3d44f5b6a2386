/**
 * Two versions of a plan compared: exactly what changed and nothing else — the plan period, the
 * costs per year and component, activities and objectives (added, removed, and per changed
 * field), the sections of the text and the findings. Both versions should be checked with the
 * same configuration, so that a difference comes from the plans and not from the rules.
 */
import { planData, type ItemView, type PlanData } from '../data';
import type { Plan } from '../plan';
import type { Finding } from '../types';
import { compareFindings } from './findings';
import { compareSections, type SectionChange } from './sections';

export interface PlanVersion {
  /** How the reader names this version: a path, or `<git-ref>:<path>`. */
  file: string;
  plan: Plan;
  findings: readonly Finding[];
}

interface VersionSummary {
  file: string;
  versie: string | null;
  status: string | null;
}

interface PeriodValue {
  van: number | null;
  tot: number | null;
}

export type CostComponentKey = 'vernieuwing' | 'beheer_en_onderhoud';
export const COST_COMPONENTS: readonly CostComponentKey[] = ['vernieuwing', 'beheer_en_onderhoud'];

export interface CostChange {
  jaar: number;
  component: CostComponentKey;
  /** Null: the version gives no amount for that year and component. */
  old: number | null;
  new: number | null;
  /** New minus old, a missing amount counting as 0. */
  delta: number;
}

export interface ActivitySummary {
  id: string | null;
  naam: string | null;
  totale_kosten: number | null;
}

export interface ObjectiveSummary {
  id: string | null;
  titel: string | null;
  thema: string | null;
}

export interface FieldChange {
  /** The item's id; where it has none, its name; else `#n`, its place in the list. */
  id: string;
  field: string;
  old: unknown;
  new: unknown;
}

export interface ItemChanges<Summary> {
  added: Summary[];
  removed: Summary[];
  changed: FieldChange[];
}

export interface Comparison {
  old: VersionSummary;
  new: VersionSummary;
  period: { old: PeriodValue; new: PeriodValue } | null;
  costs: CostChange[];
  activities: ItemChanges<ActivitySummary>;
  objectives: ItemChanges<ObjectiveSummary>;
  sections: SectionChange[];
  findings: { fixed: Finding[]; new: Finding[] };
}

const ACTIVITY_FIELDS = ['naam', 'totale_kosten', 'status', 'dashboard_nummer', 'acict', 'landschapsimpact'] as const;
const OBJECTIVE_FIELDS = ['titel', 'thema', 'toelichting', 'landschapsimpact'] as const;

const scalar = <T extends 'string' | 'number'>(value: unknown, type: T): (T extends 'string' ? string : number) | null =>
  (typeof value === type && (type === 'string' || Number.isFinite(value)) ? value : null) as never;

/** A front-matter value in a form that compares by content: keys sorted, absent as null. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function summary(file: string, data: PlanData | undefined): VersionSummary {
  return { file, versie: scalar(data?.raw.versie, 'string') ?? (typeof data?.raw.versie === 'number' ? String(data.raw.versie) : null), status: scalar(data?.raw.status, 'string') };
}

function period(data: PlanData | undefined): PeriodValue {
  const raw = data?.raw.planperiode;
  const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return { van: Number.isInteger(record.van) ? (record.van as number) : null, tot: Number.isInteger(record.tot) ? (record.tot as number) : null };
}

/** The amounts per year and component; the first entry of a year counts, as everywhere else. */
export function costsByYear(data: PlanData | undefined): Map<number, Record<CostComponentKey, number | null>> {
  const years = new Map<number, Record<CostComponentKey, number | null>>();
  for (const entry of data?.costs ?? []) {
    if (entry.jaar === undefined || years.has(entry.jaar)) continue;
    years.set(entry.jaar, { vernieuwing: entry.vernieuwing ?? null, beheer_en_onderhoud: entry.beheer_en_onderhoud ?? null });
  }
  return years;
}

function compareCosts(oldData: PlanData | undefined, newData: PlanData | undefined): CostChange[] {
  const before = costsByYear(oldData);
  const after = costsByYear(newData);
  const years = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  return years.flatMap((jaar) =>
    COST_COMPONENTS.flatMap((component): CostChange[] => {
      const old = before.get(jaar)?.[component] ?? null;
      const now = after.get(jaar)?.[component] ?? null;
      return old === now ? [] : [{ jaar, component, old, new: now, delta: (now ?? 0) - (old ?? 0) }];
    }),
  );
}

/** Items by what names them, the n-th of a name matched to the n-th. */
function keyed(items: readonly ItemView[]): Map<string, ItemView> {
  const byKey = new Map<string, ItemView>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const name = item.id ?? (item.name === undefined ? `#${item.index + 1}` : `name:${item.name}`);
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    byKey.set(`${name}\u0000${nth}`, item);
  }
  return byKey;
}

function compareItems<Summary>(
  before: readonly ItemView[],
  after: readonly ItemView[],
  fields: readonly string[],
  summarize: (item: ItemView) => Summary,
): ItemChanges<Summary> {
  const oldByKey = keyed(before);
  const newByKey = keyed(after);
  const changed: FieldChange[] = [];
  for (const [key, item] of newByKey) {
    const old = oldByKey.get(key);
    if (!old) continue;
    const id = item.id ?? item.name ?? `#${item.index + 1}`;
    for (const field of fields) {
      if (!sameValue(old.raw[field], item.raw[field])) changed.push({ id, field, old: old.raw[field] ?? null, new: item.raw[field] ?? null });
    }
  }
  return {
    added: [...newByKey].filter(([key]) => !oldByKey.has(key)).map(([, item]) => summarize(item)),
    removed: [...oldByKey].filter(([key]) => !newByKey.has(key)).map(([, item]) => summarize(item)),
    changed,
  };
}

const activitySummary = (item: ItemView): ActivitySummary => ({
  id: item.id ?? null,
  naam: item.name ?? null,
  totale_kosten: scalar(item.raw.totale_kosten, 'number'),
});

const objectiveSummary = (item: ItemView): ObjectiveSummary => ({
  id: item.id ?? null,
  titel: item.name ?? null,
  thema: scalar(item.raw.thema, 'string'),
});

export function comparePlans(before: PlanVersion, after: PlanVersion): Comparison {
  const oldData = planData(before.plan);
  const newData = planData(after.plan);
  const oldPeriod = period(oldData);
  const newPeriod = period(newData);
  return {
    old: summary(before.file, oldData),
    new: summary(after.file, newData),
    period: sameValue(oldPeriod, newPeriod) ? null : { old: oldPeriod, new: newPeriod },
    costs: compareCosts(oldData, newData),
    activities: compareItems(oldData?.activities ?? [], newData?.activities ?? [], ACTIVITY_FIELDS, activitySummary),
    objectives: compareItems(oldData?.objectives ?? [], newData?.objectives ?? [], OBJECTIVE_FIELDS, objectiveSummary),
    sections: compareSections(before.plan, after.plan),
    findings: compareFindings(before.plan, before.findings, after.plan, after.findings),
  };
}

/** Whether anything at all differs (the findings included). */
export function hasChanges(comparison: Comparison): boolean {
  const items = (changes: ItemChanges<unknown>) => changes.added.length + changes.removed.length + changes.changed.length > 0;
  return (
    comparison.period !== null ||
    comparison.costs.length > 0 ||
    items(comparison.activities) ||
    items(comparison.objectives) ||
    comparison.sections.some((s) => s.change !== 'unchanged') ||
    comparison.findings.fixed.length + comparison.findings.new.length > 0
  );
}
