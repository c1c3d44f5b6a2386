/**
 * The Rijk-wide portfolio over many plans: every activity with its oversight, the costs per
 * ministry, per year and per component, the themes of the objectives, and the large activities
 * that lack a dashboard number or an AcICT status.
 *
 * Figures of plans in different accounting systems (`boekhoudstelsel`: kas-verplichtingen or
 * baten-lasten) are never added up: every total belongs to one system, and a plan that names no
 * valid system has totals of its own kind (null). Where two plans of one ministry in one system
 * cover the same year, both count and the overlap is named, so a double count is never silent.
 *
 * Sums are exact: amounts are added as whole cents (integers), the unit the tool reads amounts
 * to, and turned back into euros only at the end, so a total is never off by a float's drift.
 */
import { planData, type ItemView, type PlanData } from '../data';
import type { Framework } from '../framework';
import { fromCents, toCents } from '../money';
import type { Plan } from '../plan';
import { COST_COMPONENTS, costsByYear, type CostComponentKey } from './compare';

export interface PortfolioEntry {
  /** The plan's file as the reader knows it. */
  file: string;
  plan: Plan;
  /** For the threshold of a large activity. */
  framework: Framework;
}

const ACCOUNTING_SYSTEMS = ['kas-verplichtingen', 'baten-lasten'] as const;
type AccountingSystem = (typeof ACCOUNTING_SYSTEMS)[number];

export interface PortfolioPlan {
  plan: string;
  ministerie: string | null;
  titel: string | null;
  versie: string | null;
  status: string | null;
  boekhoudstelsel: AccountingSystem | null;
  van: number | null;
  tot: number | null;
  activities: number;
}

export interface PortfolioActivity {
  ministerie: string | null;
  id: string | null;
  naam: string | null;
  totale_kosten: number | null;
  status: string | null;
  dashboard_nummer: string | null;
  acict: string | null;
  /** At least the framework's `largeActivityEuros`. */
  large: boolean;
  /** The level of its landscape impact: geen, laag, midden, hoog. */
  landschapsimpact: string | null;
  plan: string;
  boekhoudstelsel: AccountingSystem | null;
}

export interface Amounts {
  vernieuwing: number;
  beheer_en_onderhoud: number;
  total: number;
  /** False when a plan that counts here leaves an amount open (null or absent): the sum is a lower bound. */
  complete: boolean;
}

export interface MinistryTotal extends Amounts {
  ministerie: string | null;
  plans: number;
}

interface YearTotal extends Amounts {
  jaar: number;
}

export interface AccountingTotals {
  boekhoudstelsel: AccountingSystem | null;
  perMinistry: MinistryTotal[];
  perYear: YearTotal[];
  perComponent: Amounts;
}

interface Overlap {
  ministerie: string | null;
  boekhoudstelsel: AccountingSystem | null;
  years: number[];
  plans: string[];
}

export interface ThemeCount {
  thema: string;
  objectives: number;
  ministries: string[];
}

export interface Portfolio {
  plans: PortfolioPlan[];
  activities: PortfolioActivity[];
  totals: AccountingTotals[];
  overlaps: Overlap[];
  themes: ThemeCount[];
  /** Large activities without a dashboard number or AcICT status, with what they lack. */
  largeWithoutOversight: (PortfolioActivity & { missing: ('dashboard_nummer' | 'acict')[] })[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : null);
const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const integer = (value: unknown): number | null => (Number.isInteger(value) ? (value as number) : null);
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function accounting(data: PlanData | undefined): AccountingSystem | null {
  const value = data?.raw.boekhoudstelsel;
  return ACCOUNTING_SYSTEMS.find((system) => system === value) ?? null;
}

function activity(item: ItemView, plan: PortfolioPlan, threshold: number): PortfolioActivity {
  const cost = finite(item.raw.totale_kosten);
  const level = text(record(item.raw.landschapsimpact).niveau);
  return {
    ministerie: plan.ministerie,
    id: item.id ?? null,
    naam: item.name ?? null,
    totale_kosten: cost,
    status: text(item.raw.status),
    dashboard_nummer: text(item.raw.dashboard_nummer),
    acict: text(item.raw.acict),
    large: cost !== null && cost >= threshold,
    landschapsimpact: level,
    plan: plan.plan,
    boekhoudstelsel: plan.boekhoudstelsel,
  };
}

/** A sum that no longer fits in exact integer cents (beyond some 90 trillion euros). */
export class AmountOverflowError extends Error {
  constructor(readonly ministerie: string | null) {
    super(`the costs of ${ministerie ?? '?'} add up to more than can be counted exactly`);
    this.name = 'AmountOverflowError';
  }
}

const emptyAmounts = (): Amounts => ({ vernieuwing: 0, beheer_en_onderhoud: 0, total: 0, complete: true });

/** Adds whole cents; an amount left open (or unreadable) makes the sum a lower bound. */
function add(target: Amounts, component: CostComponentKey, cents: number | null, ministerie: string | null): void {
  if (cents === null) {
    target.complete = false;
    return;
  }
  target[component] += cents;
  target.total += cents;
  if (!Number.isSafeInteger(target.total)) throw new AmountOverflowError(ministerie);
}

/** The sums of cents as euros, once all is added. */
function inEuros<T extends Amounts>(amounts: T): T {
  return { ...amounts, vernieuwing: fromCents(amounts.vernieuwing), beheer_en_onderhoud: fromCents(amounts.beheer_en_onderhoud), total: fromCents(amounts.total) };
}

interface Counted {
  plan: PortfolioPlan;
  years: Map<number, Record<CostComponentKey, number | null>>;
}

function totalsOf(system: AccountingSystem | null, counted: readonly Counted[]): AccountingTotals {
  const perMinistry = new Map<string | null, MinistryTotal>();
  const perYear = new Map<number, YearTotal>();
  const perComponent = emptyAmounts();
  for (const { plan, years } of counted) {
    let ministry = perMinistry.get(plan.ministerie);
    if (!ministry) perMinistry.set(plan.ministerie, (ministry = { ministerie: plan.ministerie, plans: 0, ...emptyAmounts() }));
    ministry.plans++;
    // The plan years count, and any other year the plan gives costs for; a plan year without costs leaves its sums open.
    const planYears = plan.van !== null && plan.tot !== null && plan.tot >= plan.van && plan.tot - plan.van < 200 ? Array.from({ length: plan.tot - plan.van + 1 }, (_, i) => plan.van! + i) : [];
    // A plan without any costs leaves the sums it would count in open.
    if (planYears.length === 0 && years.size === 0) ministry.complete = perComponent.complete = false;
    for (const jaar of [...new Set([...planYears, ...years.keys()])]) {
      let year = perYear.get(jaar);
      if (!year) perYear.set(jaar, (year = { jaar, ...emptyAmounts() }));
      for (const component of COST_COMPONENTS) {
        const amount = years.get(jaar)?.[component] ?? null;
        const cents = amount === null ? null : toCents(amount);
        for (const target of [ministry, year, perComponent]) add(target, component, cents, plan.ministerie);
      }
    }
  }
  return {
    boekhoudstelsel: system,
    perMinistry: [...perMinistry.values()].sort((a, b) => (a.ministerie ?? '\uffff').localeCompare(b.ministerie ?? '\uffff')).map(inEuros),
    perYear: [...perYear.values()].sort((a, b) => a.jaar - b.jaar).map(inEuros),
    perComponent: inEuros(perComponent),
  };
}

/** Per ministry and accounting system: the years that more than one plan gives costs for, and those plans. */
function overlapsOf(counted: readonly Counted[]): Overlap[] {
  const groups = new Map<string, Counted[]>();
  for (const entry of counted) {
    const key = JSON.stringify([entry.plan.ministerie, entry.plan.boekhoudstelsel]);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const overlaps: Overlap[] = [];
  for (const group of groups.values()) {
    const byYear = new Map<number, string[]>();
    for (const { plan, years } of group) for (const jaar of years.keys()) byYear.set(jaar, [...(byYear.get(jaar) ?? []), plan.plan]);
    const shared = [...byYear].filter(([, plans]) => plans.length > 1).sort(([a], [b]) => a - b);
    if (shared.length === 0) continue;
    const plans = [...new Set(shared.flatMap(([, names]) => names))];
    overlaps.push({ ministerie: group[0].plan.ministerie, boekhoudstelsel: group[0].plan.boekhoudstelsel, years: shared.map(([jaar]) => jaar), plans });
  }
  return overlaps;
}

function themesOf(entries: readonly { plan: PortfolioPlan; data: PlanData | undefined }[]): ThemeCount[] {
  const themes = new Map<string, ThemeCount>();
  for (const { plan, data } of entries) {
    for (const objective of data?.objectives ?? []) {
      const thema = text(objective.raw.thema);
      if (thema === null) continue;
      let count = themes.get(thema);
      if (!count) themes.set(thema, (count = { thema, objectives: 0, ministries: [] }));
      count.objectives++;
      if (plan.ministerie !== null && !count.ministries.includes(plan.ministerie)) count.ministries.push(plan.ministerie);
    }
  }
  return [...themes.values()].sort((a, b) => b.objectives - a.objectives || a.thema.localeCompare(b.thema)).map((t) => ({ ...t, ministries: t.ministries.sort() }));
}

export function buildPortfolio(entries: readonly PortfolioEntry[]): Portfolio {
  const read = entries.map((entry) => {
    const data = planData(entry.plan);
    const period = record(data?.raw.planperiode);
    const plan: PortfolioPlan = {
      plan: entry.file,
      ministerie: text(data?.raw.ministerie),
      titel: text(data?.raw.titel),
      versie: text(data?.raw.versie),
      status: text(data?.raw.status),
      boekhoudstelsel: accounting(data),
      van: integer(period.van),
      tot: integer(period.tot),
      activities: data?.activities.length ?? 0,
    };
    return { entry, data, plan };
  });
  const activities = read.flatMap(({ entry, data, plan }) => (data?.activities ?? []).map((item) => activity(item, plan, entry.framework.definition.thresholds.largeActivityEuros)));
  const counted: Counted[] = read.map(({ data, plan }) => ({ plan, years: costsByYear(data) }));
  const systems: (AccountingSystem | null)[] = [...ACCOUNTING_SYSTEMS, null];
  return {
    plans: read.map((r) => r.plan),
    activities,
    totals: systems.map((system) => totalsOf(system, counted.filter((c) => c.plan.boekhoudstelsel === system))).filter((t) => t.perMinistry.length > 0),
    overlaps: overlapsOf(counted),
    themes: themesOf(read),
    largeWithoutOversight: activities.flatMap((a) => {
      const missing = (['dashboard_nummer', 'acict'] as const).filter((key) => a[key] === null);
      return a.large && missing.length > 0 ? [{ ...a, missing: [...missing] }] : [];
    }),
  };
}
