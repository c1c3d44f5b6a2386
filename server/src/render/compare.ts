/**
 * The reviewer's view of two versions of a plan: what changed in the period, the costs (a chart
 * of the deltas and the same figures as a table), the activities and objectives, the sections of
 * the text (each change as a line diff) and the findings fixed and new. One <article> with its
 * own h1, for the CLI's page (`iplan compare --format html`) and the editor's webview alike.
 */
import type { Element, Root } from 'hast';
import type { Framework, Locale } from '../core';
import type { Comparison, CostChange, FieldChange, ItemChanges } from '../core/review/compare';
import type { SectionChange } from '../core/review/sections';
import { barChart, euroBarScale } from './barChart';
import { checkedPrefix } from './context';
import { sectionDiffs, sectionTitle } from './compareDiff';
import { badge, findingList, numberFindings } from './findings';
import { contentsNav, reviewPart } from './header';
import { h, root, toHtml, type Child } from './hast';
import { reviewLabelsFor, type ReviewLabels } from './reviewLabels';
import { dataTable } from './table';
import { fieldChangeTexts, signedEuros, signedMillions, valueNamesOf, type ValueName } from './values';

export interface CompareRenderOptions {
  locale: Locale;
  /** For the names of enumerated values (status, AcICT, impact level). */
  framework?: Framework;
  docsUri?: (ruleId: string) => string | undefined;
  idPrefix?: string;
}

interface View {
  labels: ReviewLabels;
  prefix: string;
  valueName: ValueName;
  docsUri?: (ruleId: string) => string | undefined;
}

const part = (view: View, id: string, title: string, ...children: Child[]): Element => reviewPart(view.prefix, id, title, ...children);

const none = (view: View) => h('p', { className: ['iplan-muted'] }, view.labels.noChanges);

const componentName = (component: CostChange['component'], labels: ReviewLabels) => (component === 'vernieuwing' ? labels.renewal : labels.maintenance);
const money = (value: number | null, labels: ReviewLabels) => (value === null ? labels.none : labels.euros(value));

function periodText(value: { van: number | null; tot: number | null }, labels: ReviewLabels): string {
  return `${value.van ?? labels.none}–${value.tot ?? labels.none}`;
}

function periodPart(comparison: Comparison, view: View): Element {
  const { period } = comparison;
  return part(view, 'period', view.labels.period, period ? h('p', null, view.labels.periodChanged(periodText(period.old, view.labels), periodText(period.new, view.labels))) : none(view));
}

function costsPart(comparison: Comparison, view: View): Element {
  const { labels } = view;
  const { costs } = comparison;
  if (costs.length === 0) return part(view, 'costs', labels.costChanges, none(view));
  const rowLabel = (c: CostChange) => `${c.jaar} · ${componentName(c.component, labels)}`;
  const chart = barChart({
    id: `${view.prefix}delta-chart`,
    title: labels.deltaChartTitle,
    description: labels.deltaChartDesc(costs.map((c) => labels.deltaRow(rowLabel(c), signedMillions(c.delta, labels))).join(' ')),
    rows: costs.map((c) => ({
      label: rowLabel(c),
      valueLabel: signedMillions(c.delta, labels),
      segments: [{ kind: c.component === 'vernieuwing' ? 'renewal' : 'maintenance', value: c.delta, title: `${rowLabel(c)}: ${signedEuros(c.delta, labels)}` }],
    })),
    ...euroBarScale(labels),
  });
  const table = dataTable<CostChange>({
    className: ['iplan-cost-table', 'iplan-delta-table'],
    name: labels.costChanges,
    caption: true,
    rows: costs,
    rowProps: (c) => ({ dataYear: c.jaar, dataComponent: c.component }),
    columns: [
      { header: labels.year, rowHeader: true, cell: (c) => String(c.jaar) },
      { header: labels.component, cell: (c) => componentName(c.component, labels) },
      { header: labels.before, numeric: true, cell: (c) => money(c.old, labels) },
      { header: labels.after, numeric: true, cell: (c) => money(c.new, labels) },
      { header: labels.delta, numeric: true, cell: (c) => signedEuros(c.delta, labels) },
    ],
    footer: [labels.total, '', '', '', signedEuros(costs.reduce((n, c) => n + c.delta, 0), labels)],
  });
  return part(view, 'costs', labels.costChanges, h('div', { className: ['iplan-costs'] }, h('figure', { className: ['iplan-figure'] }, chart), table));
}

interface Summary {
  id: string | null;
  name: string | null;
  detail: Child;
}

function itemsPart<S>(
  id: 'activities' | 'objectives',
  changes: ItemChanges<S>,
  summarize: (item: S) => Summary,
  view: View,
): Element {
  const { labels } = view;
  const list = id === 'activities' ? 'activiteiten' : 'doelstellingen';
  const title = id === 'activities' ? labels.activities : labels.objectives;
  const detailHeader = id === 'activities' ? labels.totalCost : labels.theme;
  const summaryTable = (rows: S[], which: 'added' | 'removed') =>
    rows.length === 0
      ? undefined
      : [
          h('h3', { id: `${view.prefix}${id}-${which}` }, `${labels[which]} (${rows.length})`),
          dataTable<S>({
            className: ['iplan-items', `iplan-items-${which}`],
            name: `${title}: ${labels[which].toLowerCase()}`,
            caption: true,
            rows,
            columns: [
              { header: 'Id', rowHeader: true, cell: (item) => summarize(item).id ?? labels.none },
              { header: labels.name, cell: (item) => summarize(item).name ?? labels.none },
              { header: detailHeader, numeric: id === 'activities', cell: (item) => summarize(item).detail },
            ],
          }),
        ];
  const changed =
    changes.changed.length === 0
      ? undefined
      : [
          h('h3', { id: `${view.prefix}${id}-changed` }, `${labels.changed} (${changes.changed.length})`),
          dataTable<FieldChange>({
            className: ['iplan-items', 'iplan-items-changed'],
            name: `${title}: ${labels.changed.toLowerCase()}`,
            caption: true,
            rows: changes.changed,
            rowProps: (c) => ({ dataItem: c.id, dataField: c.field }),
            columns: [
              { header: 'Id', rowHeader: true, cell: (c) => c.id },
              { header: labels.field, cell: (c) => h('code', null, c.field) },
              { header: labels.before, cell: (c) => h('del', null, fieldChangeTexts(list, c, labels, view.valueName)[0]) },
              { header: labels.after, cell: (c) => h('ins', null, fieldChangeTexts(list, c, labels, view.valueName)[1]) },
            ],
          }),
        ];
  const empty = changes.added.length + changes.removed.length + changes.changed.length === 0;
  return part(view, id, title, empty ? none(view) : [summaryTable(changes.added, 'added'), summaryTable(changes.removed, 'removed'), changed]);
}

function sectionsPart(sections: readonly SectionChange[], view: View): Element {
  const { labels } = view;
  const touched = sections.filter((s) => s.change !== 'unchanged');
  const unchanged = sections.length - touched.length;
  const note = unchanged > 0 ? h('p', { className: ['iplan-note'] }, labels.unchangedSections(unchanged)) : undefined;
  if (touched.length === 0) return part(view, 'sections', labels.textSections, none(view), note);
  return part(
    view,
    'sections',
    labels.textSections,
    dataTable<SectionChange>({
      className: ['iplan-section-changes'],
      name: labels.textSections,
      caption: true,
      rows: touched,
      rowProps: (s) => ({ dataSection: s.id, dataChange: s.change }),
      columns: [
        { header: labels.section, rowHeader: true, cell: (s, i) => h('a', { href: `#${view.prefix}diff-${i}` }, sectionTitle(s, labels)) },
        { header: labels.status, cell: (s) => labels[s.change] },
        { header: labels.linesAdded, numeric: true, cell: (s) => `+${s.linesAdded}` },
        { header: labels.linesRemoved, numeric: true, cell: (s) => `−${s.linesRemoved}` },
      ],
    }),
    note,
    sectionDiffs(touched, labels, view.prefix),
  );
}

function findingsPart(comparison: Comparison, view: View): Element {
  const { labels } = view;
  const { fixed, new: added } = comparison.findings;
  const group = (kind: 'fixed' | 'new', findings: typeof fixed) => {
    const { sorted, findingId } = numberFindings(findings, `${view.prefix}${kind}-`);
    return [
      h('h3', { id: `${view.prefix}findings-${kind}` }, `${kind === 'fixed' ? labels.findingsFixed : labels.findingsNew} (${findings.length})`),
      h('p', { className: ['iplan-note'] }, kind === 'fixed' ? labels.fixedHint : labels.newHint),
      findingList(sorted, { labels, mode: 'report', docsUri: view.docsUri, findingId }) ?? h('p', { className: ['iplan-muted'] }, labels.nothingHere),
    ];
  };
  return part(view, 'findings', labels.findings, fixed.length + added.length === 0 ? none(view) : [group('new', added), group('fixed', fixed)]);
}

function header(comparison: Comparison, view: View): Element {
  const { labels } = view;
  const itemChanges = (c: ItemChanges<unknown>) => c.added.length + c.removed.length + c.changed.length;
  const { fixed, new: added } = comparison.findings;
  const version = (side: 'old' | 'new') => {
    const summary = comparison[side];
    const details = labels.versionOf(summary.versie, summary.status);
    return h(
      'div',
      null,
      h('dt', null, side === 'old' ? labels.oldVersion : labels.newVersion),
      h('dd', null, h('span', { className: ['iplan-source'] }, summary.file), details ? h('span', { className: ['iplan-muted'] }, ` · ${details}`) : undefined),
    );
  };
  return h(
    'header',
    { className: ['iplan-header'] },
    h('h1', { className: ['iplan-title'], id: `${view.prefix}title` }, labels.compareTitle),
    h(
      'div',
      { className: ['iplan-headline'] },
      badge(added.length > 0 ? 'error' : 'pass', `${labels.findingsNew}: ${added.length}`),
      badge(fixed.length > 0 ? 'pass' : 'neutral', `${labels.findingsFixed}: ${fixed.length}`),
      h(
        'span',
        { className: ['iplan-muted'] },
        labels.changesSummary(comparison.costs.length, itemChanges(comparison.activities) + itemChanges(comparison.objectives), comparison.sections.filter((s) => s.change !== 'unchanged').length),
      ),
    ),
    h('dl', { className: ['iplan-meta'] }, version('old'), version('new')),
  );
}

function toc(view: View): Element {
  const { labels } = view;
  return contentsNav(view.prefix, labels.contents, [
    ['period', labels.period],
    ['costs', labels.costChanges],
    ['activities', labels.activities],
    ['objectives', labels.objectives],
    ['sections', labels.textSections],
    ['findings', labels.findings],
  ]);
}

function compareArticle(comparison: Comparison, options: CompareRenderOptions): Root {
  const labels = reviewLabelsFor(options.locale);
  const view: View = { labels, prefix: checkedPrefix(options.idPrefix), valueName: valueNamesOf(options.framework, labels), docsUri: options.docsUri };
  const money = (n: number | null) => ({ id: null, name: null, detail: n === null ? labels.none : labels.euros(n) });
  return root(
    h(
      'article',
      { className: ['iplan-plan', 'iplan-compare'], id: `${view.prefix}compare`, lang: labels.locale },
      header(comparison, view),
      toc(view),
      periodPart(comparison, view),
      costsPart(comparison, view),
      itemsPart('activities', comparison.activities, (a) => ({ ...money(a.totale_kosten), id: a.id, name: a.naam }), view),
      itemsPart('objectives', comparison.objectives, (o) => ({ id: o.id, name: o.titel, detail: o.thema ?? labels.none }), view),
      sectionsPart(comparison.sections, view),
      findingsPart(comparison, view),
    ),
  );
}

/** The comparison as sanitized HTML: one <article>, for the editor's webview. */
export function renderCompare(comparison: Comparison, options: CompareRenderOptions): string {
  return toHtml(compareArticle(comparison, options));
}
