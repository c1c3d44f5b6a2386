/**
 * renderPlan: Plan + Finding[] + Framework → HTML. Pure: no I/O, no editor types.
 *
 * The plan's Markdown goes through remark → rehype → rehype-sanitize (markdown.ts); everything
 * around it (header, scorecard, chart, portfolio, landscape, the findings) is built here as hast
 * from plain values, with plan text only ever in text nodes. One serializer writes the lot.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { planData, type ItemView, type PlanData } from '../data';
import type { Framework } from '../framework';
import type { Plan } from '../plan';
import type { RuleMeta } from '../rule';
import { compareFindings, type Finding, type Locale, type Severity } from '../types';
import { costChart, costSeries, costTable } from './chart';
import { cls, h, root, withCode, type Child } from './hast';
import { formatEuros, LABELS, MINISTRIES, type Labels } from './i18n';
import { eachElement, renderBody } from './markdown';
import { buildScorecard, DEFAULT_RULES, worst, type CriterionScore, type Outcome, type Scorecard } from './scorecard';
import { PREVIEW_ROOT_ID, PREVIEW_SCRIPT } from './script';
import { RENDER_CSS } from './styles';

export interface RenderOptions {
  locale: Locale;
  /** `report`: an <article> fragment without any script. `preview`: a whole webview document. */
  mode: 'report' | 'preview';
  /** Preview: the nonce of the one style sheet and the one script (required in preview mode). */
  nonce?: string;
  /** Preview: the webview's `cspSource`, allowed for images and style sheets. */
  cspSource?: string;
  /** Where the plan lives (a path or URI); its last segment is shown in the header. */
  documentUri?: string;
  /** The documentation link of a rule (the rule descriptor's `helpUri`). */
  docsUri?: (ruleId: string) => string | undefined;
  /** Prefix of every id in the output; give each plan its own when several share a page. */
  idPrefix?: string;
  /** Rule metadata for the criteria (defaults to the built-in catalogue). */
  rules?: readonly Pick<RuleMeta, 'id' | 'criterion'>[];
}

/** Keys of the front matter shown in the header, in order. */
const HEADER_KEYS = ['ministerie', 'planperiode', 'status', 'versie', 'vastgesteld_op', 'iplan', 'besluit_cio_stelsel', 'boekhoudstelsel'] as const;
type HeaderKey = (typeof HEADER_KEYS)[number] | 'titel';
const LEVELS = ['hoog', 'midden', 'laag', 'geen'] as const;
const SAFE_URI = /^(?:https?:|file:|vscode:|vscode-[a-z-]+:|command:|#)/i;

type Target =
  | { kind: 'general' }
  | { kind: 'header'; key: HeaderKey }
  | { kind: 'costs' }
  | { kind: 'activity'; index: number }
  | { kind: 'landscape'; list: 'doelstellingen' | 'activiteiten'; index: number }
  | { kind: 'body' };

interface Context {
  plan: Plan;
  framework: Framework;
  data?: PlanData;
  findings: Finding[];
  locale: Locale;
  labels: Labels;
  mode: RenderOptions['mode'];
  prefix: string;
  docsUri?: (ruleId: string) => string | undefined;
  criterionOf: Map<string, string>;
  findingId: Map<Finding, string>;
  scorecard: Scorecard;
  /** Findings per non-body place. */
  placed: Map<string, Finding[]>;
}

const targetKey = (target: Target): string => {
  switch (target.kind) {
    case 'header':
      return `header:${target.key}`;
    case 'activity':
      return `activity:${target.index}`;
    case 'landscape':
      return `landscape:${target.list}:${target.index}`;
    default:
      return target.kind;
  }
};

// ---------------------------------------------------------------------------------------------
// Findings

const ICON_PATHS: Record<Outcome | 'neutral', string> = {
  error: 'M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6',
  warning: 'M8 5.2v3.6M8 11v.2',
  pass: 'M4.6 8.3l2.2 2.2 4.6-4.8',
  neutral: 'M5 8h6',
};

/** A small inline icon in currentColor, so it follows every theme including high contrast. */
export function icon(kind: Outcome | 'neutral'): Element {
  const shape =
    kind === 'warning'
      ? h('path', { d: 'M8 1.6l6.6 12H1.4z', fill: 'none', stroke: 'currentColor', strokeWidth: 1.4, strokeLinejoin: 'round' })
      : h('circle', { cx: 8, cy: 8, r: 6.6, fill: 'none', stroke: 'currentColor', strokeWidth: 1.4 });
  return h(
    'svg',
    { className: ['iplan-icon'], viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true', focusable: 'false' },
    shape,
    h('path', { d: ICON_PATHS[kind], fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round' }),
  );
}

function outcomeLabel(outcome: Outcome, labels: Labels): string {
  return outcome === 'error' ? labels.errorLabel : outcome === 'warning' ? labels.warningLabel : labels.passLabel;
}

export function badge(outcome: Outcome | 'neutral', word: string): Element {
  return h('span', { className: ['iplan-badge', `iplan-${outcome}`] }, icon(outcome), word);
}

function safeUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const trimmed = uri.trim();
  return SAFE_URI.test(trimmed) && !/[\s"'<>]/.test(trimmed) ? trimmed : undefined;
}

function findingElement(finding: Finding, ctx: Context): Element {
  const line = finding.range.start.line;
  const docs = safeUri(ctx.docsUri?.(finding.ruleId));
  const related = finding.related?.length
    ? h(
        'span',
        { className: ['iplan-related'] },
        finding.related.map((r, i) => [i > 0 ? '; ' : '', withCode(r.message[ctx.locale]), ` (${ctx.labels.line(r.range.start.line + 1)})`]),
      )
    : undefined;
  return h(
    'div',
    {
      className: ['iplan-finding', `iplan-${finding.severity}`],
      id: ctx.findingId.get(finding),
      dataLine: line,
      dataRule: finding.ruleId,
      dataSeverity: finding.severity,
      role: 'note',
      tabIndex: ctx.mode === 'preview' ? 0 : undefined,
    },
    h('span', { className: ['iplan-sev'] }, icon(finding.severity), outcomeLabel(finding.severity, ctx.labels)),
    h('span', { className: ['iplan-msg'] }, withCode(finding.message[ctx.locale])),
    h(
      'span',
      { className: ['iplan-where'] },
      docs ? h('a', { className: ['iplan-rule'], href: docs, title: ctx.labels.ruleDocs(finding.ruleId) }, finding.ruleId) : h('span', { className: ['iplan-rule'] }, finding.ruleId),
      ` · ${ctx.labels.line(line + 1)}`,
    ),
    related,
  );
}

function findingList(findings: readonly Finding[] | undefined, ctx: Context): Element | undefined {
  if (!findings || findings.length === 0) return undefined;
  return h('div', { className: ['iplan-findings'] }, findings.map((f) => findingElement(f, ctx)));
}

const outcomeClass = (findings: readonly Finding[] | undefined): string | undefined => {
  const outcome = worst(findings ?? []);
  return outcome === 'pass' ? undefined : `iplan-has-${outcome}`;
};

// ---------------------------------------------------------------------------------------------
// Where each finding goes

function frontMatterTarget(finding: Finding, ctx: Context): Target | undefined {
  const fm = ctx.plan.frontMatter;
  const line = finding.range.start.line;
  if (!fm || line < fm.range.start.line || line > fm.range.end.line) return undefined;
  if (line === fm.openerRange.start.line) return { kind: 'general' };
  const at = finding.range.start;
  let best: { pointer: string; depth: number; size: number } | undefined;
  for (const [pointer, location] of fm.locations) {
    if (pointer === '') continue;
    const start = (location.key ?? location.value).start;
    const end = location.value.end;
    const after = (p: typeof at, q: typeof at) => p.line > q.line || (p.line === q.line && p.character >= q.character);
    const contains = after(at, start) && (!after(at, end) || (at.line === end.line && at.character === end.character));
    const onLines = line >= start.line && line <= end.line;
    if (!contains && !onLines) continue;
    const depth = pointer.split('/').length + (contains ? 100 : 0);
    const size = (end.line - start.line) * 10_000 + (end.character - start.character);
    if (!best || depth > best.depth || (depth === best.depth && size < best.size)) best = { pointer, depth, size };
  }
  if (!best) return { kind: 'general' };
  const [top, index, child] = best.pointer.split('/').slice(1);
  const item = Number(index);
  if (top === 'titel' || (HEADER_KEYS as readonly string[]).includes(top)) return { kind: 'header', key: top as HeaderKey };
  if (top === 'kosten') return { kind: 'costs' };
  if (top === 'doelstellingen' && Number.isInteger(item)) return { kind: 'landscape', list: 'doelstellingen', index: item };
  if (top === 'activiteiten' && Number.isInteger(item)) {
    const aboutImpact = child === 'landschapsimpact' || ctx.criterionOf.get(finding.ruleId) === 'landschapsimpact';
    return aboutImpact ? { kind: 'landscape', list: 'activiteiten', index: item } : { kind: 'activity', index: item };
  }
  return { kind: 'general' };
}

function targetOf(finding: Finding, ctx: Context, bodyFirstLine: number): Target {
  const inFrontMatter = frontMatterTarget(finding, ctx);
  if (inFrontMatter) return inFrontMatter;
  const line = finding.range.start.line;
  if (line === 0 || line < bodyFirstLine) return { kind: 'general' };
  return { kind: 'body' };
}

// ---------------------------------------------------------------------------------------------
// The parts of the page

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

function keyLine(ctx: Context, pointer: string): number | undefined {
  const location = ctx.plan.frontMatter?.locations.get(pointer);
  return location ? (location.key ?? location.value).start.line : undefined;
}

function headerValue(key: (typeof HEADER_KEYS)[number], ctx: Context): Child {
  const raw = ctx.data?.raw[key];
  const { labels, locale } = ctx;
  if (raw === undefined || raw === null || raw === '') return h('span', { className: ['iplan-muted'] }, labels.none);
  if (key === 'planperiode') {
    const period = raw as { van?: unknown; tot?: unknown };
    return typeof raw === 'object' ? `${text(period.van) ?? '?'}–${text(period.tot) ?? '?'}` : text(raw);
  }
  if (key === 'ministerie') {
    const code = text(raw) ?? '';
    const name = MINISTRIES[code];
    return name ? [code, h('span', { className: ['iplan-muted'] }, ` · ${name[locale]}`)] : code;
  }
  if (key === 'status') return labels.statusValue[text(raw) ?? ''] ?? text(raw);
  return text(raw) ?? JSON.stringify(raw);
}

function headerLabel(key: (typeof HEADER_KEYS)[number], labels: Labels): string {
  return {
    ministerie: labels.ministry,
    planperiode: labels.period,
    status: labels.status,
    versie: labels.version,
    vastgesteld_op: labels.adoptedOn,
    iplan: labels.framework,
    besluit_cio_stelsel: labels.cioDecree,
    boekhoudstelsel: labels.accounting,
  }[key];
}

function planTitle(ctx: Context): string {
  const titel = text(ctx.data?.raw.titel);
  if (titel && titel.trim()) return titel;
  const h1 = ctx.plan.headings.find((heading) => heading.depth === 1);
  return h1?.text || ctx.labels.untitled;
}

function countBadge(ctx: Context): Element {
  const errors = ctx.findings.filter((f) => f.severity === 'error').length;
  const warnings = ctx.findings.length - errors;
  if (ctx.findings.length === 0) return badge('pass', ctx.labels.noFindings);
  return badge(errors > 0 ? 'error' : 'warning', ctx.labels.findingsCount(errors, warnings));
}

function header(ctx: Context, documentUri: string | undefined): Element {
  const { labels, prefix, mode } = ctx;
  const titleFindings = ctx.placed.get('header:titel');
  const source = documentUri ? decodeSegment(documentUri) : undefined;
  const heading = mode === 'report' ? 'h2' : 'h1';
  return h(
    'header',
    { className: ['iplan-header'] },
    h('p', { className: ['iplan-eyebrow'] }, ctx.framework.definition.title[ctx.locale]),
    h(heading, { className: cls('iplan-title', outcomeClass(titleFindings)), id: `${prefix}title`, dataLine: keyLine(ctx, '/titel') }, planTitle(ctx)),
    findingList(titleFindings, ctx),
    h('div', { className: ['iplan-headline'] }, countBadge(ctx), source ? h('span', { className: ['iplan-source'], title: documentUri }, source) : undefined),
    ctx.data ? undefined : h('p', { className: ['iplan-note'] }, labels.frontMatterMissing),
    h(
      'dl',
      { className: ['iplan-meta'] },
      HEADER_KEYS.map((key) => {
        const on = ctx.placed.get(`header:${key}`);
        const line = keyLine(ctx, `/${key}`);
        return h(
          'div',
          { className: cls(outcomeClass(on)), id: `${prefix}fm-${key}`, dataLine: line, tabIndex: mode === 'preview' && line !== undefined ? 0 : undefined },
          h('dt', null, headerLabel(key, labels)),
          h('dd', null, headerValue(key, ctx), findingList(on, ctx)),
        );
      }),
    ),
  );
}

function decodeSegment(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split(/[\\/]/).filter(Boolean).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function toc(ctx: Context, hasGeneral: boolean): Element {
  const { prefix, labels } = ctx;
  const link = (id: string, label: string) => h('li', null, h('a', { href: `#${prefix}${id}` }, label));
  return h(
    'nav',
    { className: ['iplan-toc'], ariaLabel: labels.contents },
    h(
      'ul',
      null,
      hasGeneral ? link('general', labels.general) : undefined,
      link('scorecard', labels.scorecard),
      link('costs', labels.costs),
      link('portfolio', labels.portfolio),
      link('landscape', labels.landscape),
      link('text', labels.planText),
    ),
  );
}

function part(ctx: Context, id: string, title: string, lead: string | undefined, ...children: Child[]): Element {
  const heading = ctx.mode === 'report' ? 'h3' : 'h2';
  return h(
    'section',
    { className: ['iplan-part', `iplan-part-${id}`], id: `${ctx.prefix}${id}`, ariaLabelledBy: `${ctx.prefix}${id}-title` },
    h(heading, { id: `${ctx.prefix}${id}-title` }, title),
    lead ? h('p', { className: ['iplan-lead'] }, lead) : undefined,
    children,
  );
}

/**
 * Where a criterion's row leads: its first finding; else the section that serves it; else the
 * part of the page that shows what it is about (the period, the header, the plan text).
 */
function criterionPlace(ctx: Context, c: CriterionScore): { href?: string; line?: number } {
  if (c.findings.length > 0) return { href: anchorFor(ctx, c.findings[0], undefined), line: c.findings[0].range.start.line };
  if (c.line !== undefined) return { href: anchorFor(ctx, undefined, c.line), line: c.line };
  if (c.id === 'planperiode') return { href: `#${ctx.prefix}fm-planperiode`, line: keyLine(ctx, '/planperiode') ?? 0 };
  if (c.id === 'opbouw') {
    const first = ctx.plan.sections[0]?.heading.range.start.line;
    return { href: first === undefined ? `#${ctx.prefix}text` : `#${ctx.prefix}L${first}`, line: first ?? 0 };
  }
  return { href: `#${ctx.prefix}title`, line: keyLine(ctx, '/titel') ?? 0 };
}

function anchorFor(ctx: Context, finding: Finding | undefined, line: number | undefined): string | undefined {
  if (finding) return `#${ctx.findingId.get(finding)}`;
  if (line !== undefined) return `#${ctx.prefix}L${line}`;
  return undefined;
}

function scorecardPart(ctx: Context): Element {
  const { labels, locale, scorecard, mode } = ctx;
  const passed = scorecard.criteria.filter((c) => c.outcome === 'pass').length;
  const present = scorecard.sections.filter((s) => s.status === 'present').length;
  const count = (n: number) => labels.findingCount(n);
  const rowProps = (outcome: Outcome, line: number | undefined) => ({
    className: [`iplan-${outcome}`],
    dataLine: line,
    tabIndex: mode === 'preview' && line !== undefined ? 0 : undefined,
  });
  const title = (label: string, href: string | undefined, description?: string) =>
    href ? h('a', { href, title: description }, label) : h('span', { title: description }, label);
  const criteria = h(
    'div',
    null,
    h('h3', null, labels.criteria),
    h(
      'div',
      { className: ['iplan-table-wrap'] },
      h(
        'table',
        { className: ['iplan-score', 'iplan-score-criteria'] },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, labels.criterion), h('th', { scope: 'col' }, labels.result))),
        h(
          'tbody',
          null,
          scorecard.criteria.map((c) => {
            const place = criterionPlace(ctx, c);
            return h(
              'tr',
              { ...rowProps(c.outcome, place.line), dataCriterion: c.id, dataOutcome: c.outcome },
              h(
                'th',
                { scope: 'row' },
                title(c.title[locale], place.href, c.description[locale]),
                c.findings.length > 0 ? h('div', { className: ['iplan-count'] }, count(c.findings.length)) : undefined,
              ),
              h('td', null, badge(c.outcome, outcomeLabel(c.outcome, labels))),
            );
          }),
        ),
      ),
    ),
  );
  const sections = h(
    'div',
    null,
    h('h3', null, labels.sections),
    h(
      'div',
      { className: ['iplan-table-wrap'] },
      h(
        'table',
        { className: ['iplan-score', 'iplan-score-sections'] },
        h(
          'thead',
          null,
          h('tr', null, h('th', { scope: 'col' }, labels.section), h('th', { scope: 'col' }, labels.status), h('th', { scope: 'col' }, labels.result)),
        ),
        h(
          'tbody',
          null,
          scorecard.sections.map((s, i) => {
            const status = s.status === 'missing' && !s.required ? labels.optional : labels[s.status];
            const href = s.status === 'missing' ? anchorFor(ctx, s.findings[0], undefined) : anchorFor(ctx, undefined, s.line);
            return h(
              'tr',
              { ...rowProps(s.outcome, s.line), dataSection: s.id, dataStatus: s.status, dataOutcome: s.outcome },
              h('th', { scope: 'row' }, `${i + 1}. `, title(s.title[locale], href)),
              h('td', null, s.status === 'present' ? status : h('span', { className: ['iplan-missing'] }, status)),
              h('td', null, badge(s.outcome, outcomeLabel(s.outcome, labels))),
            );
          }),
        ),
      ),
    ),
  );
  return part(
    ctx,
    'scorecard',
    labels.scorecard,
    undefined,
    h(
      'p',
      { className: ['iplan-summary-line'] },
      h('span', null, labels.scorecardSummary(passed, scorecard.criteria.length)),
      h('span', null, labels.sectionsSummary(present, scorecard.sections.length)),
    ),
    h('div', { className: ['iplan-scorecard'] }, criteria, sections),
  );
}

function costsPart(ctx: Context): Element {
  const { labels, locale, prefix } = ctx;
  const series = costSeries(ctx.plan, ctx.data);
  const findings = findingList(ctx.placed.get('costs'), ctx);
  if (!series) return part(ctx, 'costs', labels.costs, undefined, h('p', null, labels.noCosts), findings);
  return part(
    ctx,
    'costs',
    labels.costs,
    undefined,
    findings,
    h(
      'div',
      { className: ['iplan-costs'] },
      h('figure', { className: ['iplan-figure'], dataLine: keyLine(ctx, '/kosten') }, costChart(series, locale, labels, prefix)),
      h(
        'div',
        null,
        h('div', { className: ['iplan-table-wrap'] }, costTable(series, locale, labels)),
        h('p', { className: ['iplan-note'] }, series.source === 'frontmatter' ? labels.costsSource : labels.costsSourceTable),
      ),
    ),
  );
}

function itemLine(ctx: Context, item: ItemView): number | undefined {
  return keyLine(ctx, `${item.pointer}/id`) ?? keyLine(ctx, item.pointer);
}

function portfolioPart(ctx: Context): Element {
  const { labels, locale, mode } = ctx;
  const activities = ctx.data?.activities ?? [];
  const threshold = ctx.framework.definition.thresholds.largeActivityEuros;
  const thresholdText = formatEuros(threshold, locale);
  if (activities.length === 0) return part(ctx, 'portfolio', labels.portfolio, undefined, h('p', null, labels.noActivities));
  let large = 0;
  const rows = activities.flatMap((activity) => {
    const raw = activity.raw;
    const cost = typeof raw.totale_kosten === 'number' && Number.isFinite(raw.totale_kosten) ? raw.totale_kosten : undefined;
    const isLarge = cost !== undefined && cost >= threshold;
    if (isLarge) large++;
    const present = (value: unknown) => value !== undefined && value !== null && value !== '';
    const cell = (value: unknown, mapping?: Record<string, string>) => {
      if (present(value)) return h('td', null, mapping?.[text(value) ?? ''] ?? text(value) ?? JSON.stringify(value));
      return isLarge ? h('td', null, h('span', { className: ['iplan-missing'] }, labels.amountMissing)) : h('td', { className: ['iplan-muted'] }, labels.none);
    };
    const on = ctx.placed.get(`activity:${activity.index}`);
    const line = itemLine(ctx, activity);
    const row = h(
      'tr',
      {
        className: cls(isLarge && 'iplan-large', outcomeClass(on)),
        dataLine: line,
        dataActivity: activity.index,
        tabIndex: mode === 'preview' && line !== undefined ? 0 : undefined,
      },
      h('td', null, activity.id ?? labels.none),
      h('td', { className: ['iplan-name'] }, activity.name ?? labels.none, isLarge ? [' ', h('span', { className: ['iplan-tag'], title: labels.largeHint(thresholdText) }, labels.large)] : undefined),
      h('td', { className: ['num'] }, cost === undefined ? labels.none : formatEuros(cost, locale)),
      cell(raw.status, labels.activityStatusValue),
      cell(raw.dashboard_nummer),
      cell(raw.acict, labels.acictValue),
    );
    const list = findingList(on, ctx);
    return list ? [row, h('tr', { className: ['iplan-finding-row'] }, h('td', { colSpan: 6 }, list))] : [row];
  });
  return part(
    ctx,
    'portfolio',
    labels.portfolio,
    labels.largeSummary(large, activities.length, thresholdText),
    h(
      'div',
      { className: ['iplan-table-wrap'] },
      h(
        'table',
        { className: ['iplan-portfolio', 'iplan-wide'] },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Id'),
            h('th', { scope: 'col' }, labels.activity),
            h('th', { scope: 'col', className: ['num'] }, labels.totalCost),
            h('th', { scope: 'col' }, labels.activityStatus),
            h('th', { scope: 'col' }, labels.dashboard),
            h('th', { scope: 'col' }, labels.acict),
          ),
        ),
        h('tbody', null, rows),
      ),
    ),
  );
}

function chips(values: unknown): Element | undefined {
  if (!Array.isArray(values)) return undefined;
  const items = values.map(text).filter((v): v is string => v !== undefined && v.trim() !== '');
  return items.length > 0 ? h('ul', { className: ['iplan-chips'] }, items.map((v) => h('li', null, v))) : undefined;
}

function landscapePart(ctx: Context): Element {
  const { labels, mode } = ctx;
  const items = [
    ...(ctx.data?.objectives ?? []).map((item) => ({ item, list: 'doelstellingen' as const })),
    ...(ctx.data?.activities ?? []).map((item) => ({ item, list: 'activiteiten' as const })),
  ];
  const levelOf = (raw: Record<string, unknown>) => {
    const impact = raw.landschapsimpact;
    const level = impact && typeof impact === 'object' ? (impact as Record<string, unknown>).niveau : undefined;
    return typeof level === 'string' && (LEVELS as readonly string[]).includes(level) ? level : 'unknown';
  };
  const groups = [...LEVELS, 'unknown'].map((level) => ({ level, members: items.filter(({ item }) => levelOf(item.raw) === level) }));
  const card = ({ item, list }: (typeof items)[number]) => {
    const impact = (item.raw.landschapsimpact && typeof item.raw.landschapsimpact === 'object' ? item.raw.landschapsimpact : {}) as Record<string, unknown>;
    const on = ctx.placed.get(`landscape:${list}:${item.index}`);
    const line = itemLine(ctx, item);
    const measures = text(impact.maatregelen);
    const details: Child[] = [];
    const systems = chips(impact.systemen);
    const data = chips(impact.gegevens);
    if (systems) details.push(h('dt', null, labels.systems), h('dd', null, systems));
    if (data) details.push(h('dt', null, labels.data), h('dd', null, data));
    if (measures) details.push(h('dt', null, labels.measures), h('dd', null, measures));
    return h(
      'article',
      {
        className: cls('iplan-card', outcomeClass(on)),
        dataLine: line,
        dataItem: `${list}/${item.index}`,
        tabIndex: mode === 'preview' && line !== undefined ? 0 : undefined,
      },
      h('h4', null, h('span', { className: ['iplan-kind'] }, item.id ?? (list === 'doelstellingen' ? labels.objective : labels.activity)), item.name ?? labels.none),
      details.length > 0 ? h('dl', null, details) : undefined,
      findingList(on, ctx),
    );
  };
  const heading = ctx.mode === 'report' ? 'h4' : 'h3';
  return part(
    ctx,
    'landscape',
    labels.landscape,
    labels.landscapeHint,
    items.length === 0
      ? h('p', null, labels.nothingHere)
      : h(
          'div',
          { className: ['iplan-levels'] },
          groups
            .filter((g) => g.members.length > 0)
            .map((g) =>
              h(
                'section',
                { className: ['iplan-level', `iplan-level-${g.level}`], dataLevel: g.level },
                h(heading, { className: ['iplan-level-title'] }, h('span', { className: ['iplan-level-badge'] }, labels.level[g.level]), h('span', { className: ['iplan-muted'] }, labels.itemCount(g.members.length))),
                h('div', { className: ['iplan-cards'] }, g.members.map(card)),
              ),
            ),
        ),
  );
}

// ---------------------------------------------------------------------------------------------
// The plan text with the findings in place

interface Anchor {
  element: Element;
  start: number;
  end: number;
  order: number;
}

function bodyPart(ctx: Context, bodyFindings: Finding[], general: Finding[]): Element {
  const { plan, labels, prefix, mode } = ctx;
  const fm = plan.frontMatter;
  const bodyOffset = fm ? plan.lines.offsetAt(fm.range.end) : 0;
  const firstLine = plan.lines.positionAt(bodyOffset).line;
  const tree = renderBody(plan.text, bodyOffset, firstLine, { labels, clobberPrefix: `${prefix}u-` });

  // Ids and anchors (after sanitizing: these are ours).
  const anchors: Anchor[] = [];
  const ids = new Set<string>();
  eachElement(tree, (element) => {
    const start = element.properties.dataLine;
    const end = element.properties.dataLineEnd;
    if (typeof start === 'number' && typeof end === 'number') {
      anchors.push({ element, start, end, order: anchors.length });
      if (/^h[1-6]$/.test(element.tagName)) element.properties.id = `${prefix}L${start}`;
    }
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
  });
  eachElement(tree, (element) => {
    const href = element.properties.href;
    if (element.tagName === 'a' && typeof href === 'string') {
      if (href.startsWith('#') && ids.has(`${prefix}u-${href.slice(1)}`)) element.properties.href = `#${prefix}u-${href.slice(1)}`;
      else if (/^https?:/i.test(href)) element.properties.rel = ['noopener', 'noreferrer'];
    }
  });

  // Each finding beside the smallest block whose lines hold its start line.
  const beside = new Map<Element, Finding[]>();
  for (const finding of bodyFindings) {
    const line = finding.range.start.line;
    let best: Anchor | undefined;
    for (const anchor of anchors) {
      if (anchor.start > line || anchor.end < line) continue;
      if (!best || anchor.end - anchor.start < best.end - best.start || (anchor.end - anchor.start === best.end - best.start && anchor.order > best.order)) best = anchor;
    }
    if (!best) {
      // Between blocks (a blank line): beside the block before it.
      for (const anchor of anchors) if (anchor.start <= line && (!best || anchor.start > best.start || (anchor.start === best.start && anchor.order < best.order))) best = anchor;
    }
    if (!best) {
      general.push(finding);
      continue;
    }
    const list = beside.get(best.element) ?? [];
    list.push(finding);
    beside.set(best.element, list);
  }

  const children = placeFindings(tree.children as ElementContent[], beside, ctx);
  const heading = mode === 'report' ? 'h3' : 'h2';
  return h(
    'section',
    { className: ['iplan-part', 'iplan-part-text'], id: `${prefix}text`, ariaLabelledBy: `${prefix}text-title` },
    h(heading, { id: `${prefix}text-title` }, labels.planText),
    h('div', { className: ['iplan-markdown'] }, children),
  );
}

/** Rebuilds a child list: tables wrapped to scroll, findings after their block (or row). */
function placeFindings(children: readonly (ElementContent | RootContent)[], beside: Map<Element, Finding[]>, ctx: Context): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'doctype') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    child.children = placeFindings(child.children, beside, ctx);
    const findings = beside.get(child);
    const className = outcomeClass(findings);
    if (className) child.properties.className = [...((child.properties.className as string[] | undefined) ?? []), className];
    const list = findingList(findings, ctx);
    if (child.tagName === 'table') out.push(h('div', { className: ['iplan-table-wrap'] }, child));
    else out.push(child);
    if (!list) continue;
    if (child.tagName === 'tr') {
      const columns = child.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).length;
      out.push(h('tr', { className: ['iplan-finding-row'] }, h('td', { colSpan: Math.max(1, columns) }, list)));
    } else if (child.tagName === 'li') {
      child.children.push(list);
    } else {
      out.push(list);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assembly

function buildArticle(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): HastRoot {
  const locale = options.locale;
  const labels = LABELS[locale];
  const prefix = options.idPrefix ?? 'iplan-';
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new Error(`renderPlan: idPrefix must be a letter followed by letters, digits, _ or -; got ${JSON.stringify(prefix)}`);
  const sorted = [...findings].sort(compareFindings);
  const ruleMeta = options.rules;
  const ctx: Context = {
    plan,
    framework,
    data: planData(plan),
    findings: sorted,
    locale,
    labels,
    mode: options.mode,
    prefix,
    docsUri: options.docsUri,
    criterionOf: new Map((ruleMeta ?? DEFAULT_RULES).map((r) => [r.id, r.criterion])),
    findingId: new Map(sorted.map((f, i) => [f, `${prefix}f${i}`])),
    scorecard: buildScorecard(plan, sorted, framework, ruleMeta),
    placed: new Map(),
  };

  const fm = plan.frontMatter;
  const bodyFirstLine = fm ? plan.lines.positionAt(plan.lines.offsetAt(fm.range.end)).line : 0;
  const general: Finding[] = [];
  const bodyFindings: Finding[] = [];
  for (const finding of sorted) {
    const target = targetOf(finding, ctx, bodyFirstLine);
    if (target.kind === 'general') general.push(finding);
    else if (target.kind === 'body') bodyFindings.push(finding);
    else {
      const key = targetKey(target);
      const list = ctx.placed.get(key) ?? [];
      list.push(finding);
      ctx.placed.set(key, list);
    }
  }
  // Places that do not exist on the page (an activity index the portfolio cannot show) fall back.
  const activities = new Set((ctx.data?.activities ?? []).map((a) => `activity:${a.index}`));
  const landscape = new Set([
    ...(ctx.data?.objectives ?? []).map((o) => `landscape:doelstellingen:${o.index}`),
    ...(ctx.data?.activities ?? []).map((a) => `landscape:activiteiten:${a.index}`),
  ]);
  for (const [key, list] of [...ctx.placed]) {
    const shown = key.startsWith('header:') || key === 'costs' || activities.has(key) || landscape.has(key);
    if (!shown) {
      general.push(...list);
      ctx.placed.delete(key);
    }
  }

  const body = bodyPart(ctx, bodyFindings, general);
  general.sort(compareFindings);
  const generalPart =
    general.length > 0
      ? h(
          'section',
          { className: ['iplan-general'], id: `${prefix}general`, ariaLabelledBy: `${prefix}general-title` },
          h(options.mode === 'report' ? 'h3' : 'h2', { id: `${prefix}general-title` }, labels.general),
          h('p', null, labels.generalHint),
          findingList(general, ctx),
        )
      : undefined;

  const article = h(
    'article',
    {
      className: ['iplan-plan'],
      id: `${prefix}plan`,
      lang: locale,
      dataErrors: sorted.filter((f) => f.severity === 'error').length,
      dataWarnings: sorted.filter((f) => f.severity === 'warning').length,
    },
    header(ctx, options.documentUri),
    toc(ctx, general.length > 0),
    generalPart,
    scorecardPart(ctx),
    costsPart(ctx),
    portfolioPart(ctx),
    landscapePart(ctx),
    body,
  );
  return root(article);
}

const stringifier = unified().use(rehypeStringify, { allowDangerousHtml: false, characterReferences: { useNamedReferences: false } });

export function toHtml(tree: HastRoot): string {
  return stringifier.stringify(tree);
}

/**
 * Findings without a plan to show them in (a file too large to read, or not text): a header
 * with the file name and the list. Same options as renderPlan; report mode only.
 */
export function renderFindings(findings: readonly Finding[], options: Pick<RenderOptions, 'locale' | 'docsUri' | 'idPrefix' | 'documentUri'>): string {
  const labels = LABELS[options.locale];
  const prefix = options.idPrefix ?? 'iplan-';
  const sorted = [...findings].sort(compareFindings);
  const ctx = {
    locale: options.locale,
    labels,
    mode: 'report',
    docsUri: options.docsUri,
    findingId: new Map(sorted.map((f, i) => [f, `${prefix}f${i}`])),
  } as Context;
  const source = options.documentUri ? decodeSegment(options.documentUri) : labels.untitled;
  return toHtml(
    root(
      h(
        'article',
        { className: ['iplan-plan'], id: `${prefix}plan`, lang: options.locale },
        h('header', { className: ['iplan-header'] }, h('h2', { className: ['iplan-title'], id: `${prefix}title` }, source)),
        findingList(sorted, ctx),
      ),
    ),
  );
}

/** The content of the preview's #iplan-root (or of a report's plan section). */
export function renderPlanContent(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): string {
  return toHtml(buildArticle(plan, findings, framework, options));
}

const NONCE = /^[A-Za-z0-9+/_=-]{16,}$/;
const CSP_SOURCE = /^[A-Za-z0-9*:/.+_'-]+(?: [A-Za-z0-9*:/.+_'-]+)*$/;

/** The preview's Content-Security-Policy. */
export function previewCsp(nonce: string, cspSource?: string): string {
  if (!NONCE.test(nonce)) throw new Error('renderPlan: the nonce must be at least 16 characters of base64 or base64url');
  if (cspSource !== undefined && !CSP_SOURCE.test(cspSource)) throw new Error(`renderPlan: invalid cspSource ${JSON.stringify(cspSource)}`);
  const source = cspSource ? `${cspSource} ` : '';
  return `default-src 'none'; img-src ${source}data:; style-src ${source}'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

/**
 * The plan as HTML: in `report` mode an <article> fragment (style it with RENDER_CSS), in
 * `preview` mode a complete webview document with its CSP, style sheet and script by nonce.
 */
export function renderPlan(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): string {
  const article = buildArticle(plan, findings, framework, options);
  if (options.mode === 'report') return toHtml(article);
  if (!options.nonce) throw new Error('renderPlan: preview mode needs a nonce');
  const csp = previewCsp(options.nonce, options.cspSource);
  const labels = LABELS[options.locale];
  const title = planTitleFromArticle(plan, options.locale) ?? labels.untitled;
  const document: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h(
        'html',
        { lang: options.locale },
        h(
          'head',
          null,
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', null, title),
          h('style', { nonce: options.nonce }, RENDER_CSS),
        ),
        h(
          'body',
          { className: ['iplan-page', 'iplan-preview'] },
          h('main', { id: PREVIEW_ROOT_ID, className: ['iplan-shell'] }, article.children as ElementContent[]),
          h('script', { nonce: options.nonce }, PREVIEW_SCRIPT),
        ),
      ),
    ],
  };
  return toHtml(document);
}

function planTitleFromArticle(plan: Plan, locale: Locale): string | undefined {
  const raw = planData(plan)?.raw.titel;
  if (typeof raw === 'string' && raw.trim()) return raw;
  return plan.headings.find((heading) => heading.depth === 1)?.text ?? LABELS[locale].untitled;
}

export type { Severity };
