/** What every part of a rendered plan reads: the plan, its data, the findings and the labels. */
import type { Element } from 'hast';
import { normalizeTitle, ruleCatalogue, schemaAt, schemaEnumName, type Finding, type Framework, type Locale, type Plan, type RuleMeta, type SchemaNode } from '../core';
import { planData, type ItemView, type PlanData } from '../core/data';
import { numberFindings, type FindingsView } from './findings';
import { h, type Child } from './hast';
import { labelsFor } from './i18n';
import { buildScorecard, type Scorecard } from './scorecardData';

export interface RenderOptions {
  locale: Locale;
  /** `report`: for a page of its own (headings one level down). `preview`: beside the editor. */
  mode: 'report' | 'preview';
  /** Where the plan lives (a path or URI); its last segment is shown in the header. */
  documentUri?: string;
  /** The documentation link of a rule. */
  docsUri?: (ruleId: string) => string | undefined;
  /** Prefix of every id in the output; give each plan its own when several share a page. */
  idPrefix?: string;
  /** Rule metadata for the criteria (defaults to the built-in catalogue). */
  rules?: readonly Pick<RuleMeta, 'id' | 'criterion'>[];
}

export interface RenderContext extends FindingsView {
  plan: Plan;
  framework: Framework;
  data?: PlanData;
  /** Sorted as on the page. */
  findings: Finding[];
  prefix: string;
  criterionOf: Map<string, string>;
  scorecard: Scorecard;
  /** Findings per place outside the plan text (`header:status`, `costs`, `activity:3`, …). */
  placed: Map<string, Finding[]>;
  /** What the front-matter schema calls an enumerated value at a path, if it names it. */
  valueName(path: readonly string[], value: unknown): string | undefined;
  /** The language the plan is written in (its text may differ from the page's labels). */
  planLocale: Locale;
  documentUri?: string;
}

const PREFIX = /^[A-Za-z][\w-]*$/;

export function checkedPrefix(prefix: string | undefined): string {
  const value = prefix ?? 'iplan-';
  if (!PREFIX.test(value)) throw new Error(`renderPlan: idPrefix must be a letter followed by letters, digits, _ or -; got ${JSON.stringify(value)}`);
  return value;
}

export function createContext(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): RenderContext {
  const prefix = checkedPrefix(options.idPrefix);
  const { sorted, findingId } = numberFindings(findings, prefix);
  const labels = labelsFor(options.locale);
  return {
    plan,
    framework,
    data: planData(plan),
    findings: sorted,
    labels,
    mode: options.mode,
    prefix,
    docsUri: options.docsUri,
    findingId,
    criterionOf: new Map((options.rules ?? ruleCatalogue).map((r) => [r.id, r.criterion])),
    scorecard: buildScorecard(plan, sorted, framework, options.rules),
    placed: new Map(),
    valueName: valueNames(framework, options.locale),
    planLocale: planLanguage(plan, framework),
    documentUri: options.documentUri,
  };
}

/**
 * The language a plan is written in, from its section headings: English when more of them are
 * the framework's English titles than its Dutch ones, else Dutch (the language of the plans).
 */
function planLanguage(plan: Plan, framework: Framework): Locale {
  let english = 0;
  let dutch = 0;
  for (const section of plan.sections) {
    const definition = section.frameworkId ? framework.sectionById.get(section.frameworkId) : undefined;
    if (!definition) continue;
    const title = normalizeTitle(section.heading.text);
    if (title === normalizeTitle(definition.title.en)) english++;
    else if (title === normalizeTitle(definition.title.nl)) dutch++;
  }
  return english > dutch ? 'en' : 'nl';
}

/** What the framework's front-matter schema calls enumerated values, in a language. */
export function valueNames(framework: Framework, locale: Locale): RenderContext['valueName'] {
  const schema = framework.frontMatterSchema as SchemaNode;
  const nodes = new Map<string, SchemaNode | undefined>();
  return (path, value) => {
    const key = path.join('/');
    if (!nodes.has(key)) nodes.set(key, schemaAt(schema, path));
    const node = nodes.get(key);
    return node ? schemaEnumName(node, value, locale) : undefined;
  };
}

/** A scalar from the front matter as text; anything else (a list, a map) is undefined. */
export function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The 0-based line where a front-matter node is written (its key, else its value). */
export function keyLine(ctx: RenderContext, pointer: string): number | undefined {
  const location = ctx.plan.frontMatter?.locations.get(pointer);
  return location ? (location.key ?? location.value).start.line : undefined;
}

export function itemLine(ctx: RenderContext, item: ItemView): number | undefined {
  return keyLine(ctx, `${item.pointer}/id`) ?? keyLine(ctx, item.pointer);
}

/** A heading at its level in the preview; one level down in a report, under the report's title. */
export function heading(ctx: Pick<RenderContext, 'mode'>, level: 1 | 2 | 3): string {
  return `h${ctx.mode === 'report' ? level + 1 : level}`;
}

/** Props that let a block be revealed in the editor (focusable in the preview). */
export function revealable(ctx: RenderContext, line: number | undefined): { dataLine?: number; tabIndex?: number } {
  return { dataLine: line, tabIndex: ctx.mode === 'preview' && line !== undefined ? 0 : undefined };
}

/**
 * What names a part's region (aria-labelledby): its heading, and in a report, where several plans
 * share the page (often with one title: versions of a plan), the plan's title and file after it,
 * so that every region has a name of its own ("Scorecard I-plan BZK 2026–2029 bzk.iplan.md").
 */
export function regionName(ctx: Pick<RenderContext, 'mode' | 'prefix'>, id: string): string {
  return ctx.mode === 'report' ? `${ctx.prefix}${id}-title ${ctx.prefix}title ${ctx.prefix}source` : `${ctx.prefix}${id}-title`;
}

/** One part of the page: a section with its heading and an optional lead. */
export function part(ctx: RenderContext, id: string, title: string, lead: string | undefined, ...children: Child[]): Element {
  return h(
    'section',
    { className: ['iplan-part', `iplan-part-${id}`], id: `${ctx.prefix}${id}`, ariaLabelledBy: regionName(ctx, id) },
    h(heading(ctx, 2), { id: `${ctx.prefix}${id}-title` }, title),
    lead ? h('p', { className: ['iplan-lead'] }, lead) : undefined,
    children,
  );
}

/**
 * The plan's title: the front matter's `titel`, else the first level-1 heading, else "untitled".
 * The one place that decides it (the page header, the report overview, the preview's title).
 */
export function planTitle(plan: Plan, locale: Locale): string {
  const titel = scalarText(planData(plan)?.raw.titel);
  if (titel?.trim()) return titel;
  return plan.headings.find((h1) => h1.depth === 1)?.text || labelsFor(locale).untitled;
}
