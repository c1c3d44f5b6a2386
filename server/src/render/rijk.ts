/**
 * The Rijk-wide portfolio as a page: the plans, the costs per accounting system (per ministry as
 * a bar chart, per year as the stacked cost chart, each with the same figures as a table), the
 * objectives per theme, the large activities that lack oversight, and every activity. Totals of
 * different accounting systems stand apart and are never added up.
 */
import type { Element, Root } from 'hast';
import type { Framework, Locale } from '../core';
import type { AccountingTotals, MinistryTotal, Portfolio, PortfolioActivity, PortfolioPlan, ThemeCount } from '../core/review/portfolio';
import { barChart, euroBarScale } from './barChart';
import { costChart } from './chart';
import { checkedPrefix } from './context';
import { costTable } from './costs';
import { contentsNav, reviewPart } from './header';
import { h, root, toHtml, type Child } from './hast';
import { reviewPage } from './report';
import { reviewLabelsFor, type ReviewLabels } from './reviewLabels';
import { dataTable } from './table';
import { valueNamesOf, type ValueName } from './values';

interface PortfolioRenderOptions {
  locale: Locale;
  /** For the names of enumerated values (status, AcICT, impact level, accounting system). */
  framework?: Framework;
  idPrefix?: string;
}

interface View {
  labels: ReviewLabels;
  prefix: string;
  valueName: ValueName;
  /** From which total cost an activity is large (the framework's), for the tag's hint. */
  threshold?: number;
}

const part = (view: View, id: string, title: string, ...children: Child[]): Element => reviewPart(view.prefix, id, title, ...children);

const note = (text: string) => h('p', { className: ['iplan-rijk-note'], role: 'note' }, text);

function systemName(system: string | null, view: View): string {
  return system === null ? view.labels.unknownSystem : (view.valueName(['boekhoudstelsel'], system) ?? system);
}

const named = (view: View, key: string, value: string | null) => (value === null ? view.labels.none : (view.valueName(['activiteiten', '*', key], value) ?? value));
const money = (value: number | null, labels: ReviewLabels) => (value === null ? labels.none : labels.euros(value));

function plansPart(plans: readonly PortfolioPlan[], view: View): Element {
  const { labels } = view;
  // No table without rows: its column headers would head nothing.
  if (plans.length === 0) return part(view, 'plans', labels.plansHeader, h('p', null, labels.nothingHere));
  return part(
    view,
    'plans',
    labels.plansHeader,
    dataTable<PortfolioPlan>({
      className: ['iplan-rijk-table', 'iplan-wide'],
      name: labels.plansHeader,
      caption: true,
      rows: plans,
      columns: [
        { header: labels.file, rowHeader: true, cell: (p) => h('span', { className: ['iplan-source'] }, p.plan) },
        { header: labels.ministry, cell: (p) => p.ministerie ?? labels.none },
        { header: labels.period, cell: (p) => `${p.van ?? labels.none}–${p.tot ?? labels.none}` },
        { header: labels.accountingColumn, cell: (p) => systemName(p.boekhoudstelsel, view) },
        { header: labels.status, cell: (p) => p.status ?? labels.none },
        { header: labels.version, cell: (p) => p.versie ?? labels.none },
        { header: labels.activities, numeric: true, cell: (p) => String(p.activities) },
      ],
    }),
  );
}

function costsPart(totals: AccountingTotals, index: number, view: View): Element {
  const { labels } = view;
  const system = systemName(totals.boekhoudstelsel, view);
  const id = `costs-${index}`;
  const ministryLabel = (m: MinistryTotal) => m.ministerie ?? labels.none;
  const ministries = barChart({
    id: `${view.prefix}${id}-ministries`,
    title: labels.ministryChartTitle(system),
    description: labels.ministryChartDesc(
      totals.perMinistry.map((m) => labels.ministryRow(ministryLabel(m), labels.millions(m.vernieuwing), labels.millions(m.beheer_en_onderhoud), labels.millions(m.total))).join(' '),
    ),
    rows: totals.perMinistry.map((m) => ({
      label: ministryLabel(m),
      valueLabel: labels.millions(m.total),
      segments: [
        { kind: 'renewal', value: m.vernieuwing, title: `${ministryLabel(m)} — ${labels.renewal}: ${labels.euros(m.vernieuwing)}` },
        { kind: 'maintenance', value: m.beheer_en_onderhoud, title: `${ministryLabel(m)} — ${labels.maintenance}: ${labels.euros(m.beheer_en_onderhoud)}` },
      ],
    })),
    ...euroBarScale(labels),
  });
  const ministryTable = dataTable<MinistryTotal>({
    className: ['iplan-cost-table', 'iplan-rijk-ministries'],
    name: `${labels.perMinistry} (${system})`,
    caption: true,
    rows: totals.perMinistry,
    columns: [
      { header: labels.ministry, rowHeader: true, cell: ministryLabel },
      { header: labels.plansHeader, numeric: true, cell: (m) => String(m.plans) },
      { header: labels.renewal, numeric: true, cell: (m) => labels.euros(m.vernieuwing) },
      { header: labels.maintenance, numeric: true, cell: (m) => labels.euros(m.beheer_en_onderhoud) },
      { header: labels.total, numeric: true, cell: (m) => [labels.euros(m.total), m.complete ? undefined : ` (${labels.incomplete})`] },
    ],
    footer: [labels.total, String(totals.perMinistry.reduce((n, m) => n + m.plans, 0)), labels.euros(totals.perComponent.vernieuwing), labels.euros(totals.perComponent.beheer_en_onderhoud), labels.euros(totals.perComponent.total)],
  });
  const series = { source: 'frontmatter' as const, years: totals.perYear.map((y) => ({ year: y.jaar, renewal: y.vernieuwing, maintenance: y.beheer_en_onderhoud })) };
  const incomplete = totals.perYear.filter((y) => !y.complete).map((y) => String(y.jaar));
  return part(
    view,
    id,
    labels.costsIn(system),
    h('h3', null, labels.perMinistry),
    h('div', { className: ['iplan-costs'] }, h('figure', { className: ['iplan-figure'] }, ministries), ministryTable),
    h('h3', null, labels.perYear),
    incomplete.length > 0 ? note(labels.incompleteNote(incomplete.join(', '))) : undefined,
    h('div', { className: ['iplan-costs'] }, h('figure', { className: ['iplan-figure'] }, costChart(series, labels, `${view.prefix}${id}-years-`)), costTable(series, labels)),
  );
}

function themesPart(themes: readonly ThemeCount[], view: View): Element {
  const { labels } = view;
  if (themes.length === 0) return part(view, 'themes', labels.themes, h('p', null, labels.nothingHere));
  return part(
    view,
    'themes',
    labels.themes,
    h(
      'div',
      { className: ['iplan-costs'] },
      h(
        'figure',
        { className: ['iplan-figure'] },
        barChart({
          id: `${view.prefix}themes-chart`,
          title: labels.themeChartTitle,
          description: labels.themeChartDesc(themes.map((t) => labels.themeRow(t.thema, t.objectives)).join(' ')),
          rows: themes.map((t) => ({ label: t.thema, valueLabel: String(t.objectives), segments: [{ kind: 'count', value: t.objectives, title: labels.themeRow(t.thema, t.objectives) }] })),
          tick: (n) => String(n),
          unit: labels.countUnit,
          whole: true,
        }),
      ),
      dataTable<ThemeCount>({
        className: ['iplan-rijk-table'],
        name: labels.themes,
        caption: true,
        rows: themes,
        columns: [
          { header: labels.theme, rowHeader: true, cell: (t) => t.thema },
          { header: labels.objectives, numeric: true, cell: (t) => String(t.objectives) },
          { header: labels.ministries, cell: (t) => t.ministries.join(', ') },
        ],
      }),
    ),
  );
}

function activityTable(rows: readonly PortfolioActivity[], caption: string, view: View, missing?: (a: PortfolioActivity) => string): Element {
  const { labels } = view;
  const threshold = view.threshold === undefined ? undefined : labels.largeHint(labels.euros(view.threshold));
  return dataTable<PortfolioActivity>({
    className: ['iplan-rijk-table', 'iplan-portfolio', 'iplan-wide'],
    name: caption,
    caption: true,
    rows,
    rowProps: (a) => ({ className: a.large ? ['iplan-large'] : undefined }),
    columns: [
      { header: labels.ministry, cell: (a) => a.ministerie ?? labels.none },
      { header: 'Id', rowHeader: true, cell: (a) => a.id ?? labels.none },
      { header: labels.activity, cellClass: () => 'iplan-name', cell: (a) => [a.naam ?? labels.none, a.large ? [' ', h('span', { className: ['iplan-tag'], title: threshold }, labels.large)] : undefined] },
      { header: labels.totalCost, numeric: true, cell: (a) => money(a.totale_kosten, labels) },
      ...(missing
        ? [{ header: labels.lacks, cell: (a: PortfolioActivity) => h('span', { className: ['iplan-missing'] }, missing(a)) }]
        : [
            { header: labels.activityStatus, cell: (a: PortfolioActivity) => named(view, 'status', a.status) },
            { header: labels.dashboard, cell: (a: PortfolioActivity) => a.dashboard_nummer ?? labels.none },
            { header: labels.acict, cell: (a: PortfolioActivity) => named(view, 'acict', a.acict) },
            { header: labels.impact, cell: (a: PortfolioActivity) => (a.landschapsimpact === null ? labels.none : (view.valueName(['activiteiten', '*', 'landschapsimpact', 'niveau'], a.landschapsimpact) ?? a.landschapsimpact)) },
          ]),
      { header: labels.planColumn, cell: (a) => h('span', { className: ['iplan-source'] }, a.plan) },
    ],
  });
}

function portfolioArticle(portfolio: Portfolio, options: PortfolioRenderOptions): Root {
  const labels = reviewLabelsFor(options.locale);
  const view: View = {
    labels,
    prefix: checkedPrefix(options.idPrefix),
    valueName: valueNamesOf(options.framework, labels),
    threshold: options.framework?.definition.thresholds.largeActivityEuros,
  };
  const large = portfolio.activities.filter((a) => a.large).length;
  const lacking = portfolio.largeWithoutOversight;
  const missingText = (a: PortfolioActivity) =>
    ('missing' in a ? (a.missing as string[]) : []).map((key) => (key === 'acict' ? labels.acict : labels.dashboard)).join(', ');
  return root(
    h(
      'article',
      { className: ['iplan-plan', 'iplan-rijk'], id: `${view.prefix}portfolio`, lang: labels.locale },
      h(
        'header',
        { className: ['iplan-header'] },
        h('h1', { className: ['iplan-title'], id: `${view.prefix}title` }, labels.portfolioTitle),
        h('p', { className: ['iplan-muted'] }, labels.portfolioSummary(portfolio.plans.length, portfolio.activities.length, large, lacking.length)),
        portfolio.totals.length > 1 ? note(labels.systemsNote) : undefined,
        portfolio.overlaps.map((o) => note(labels.overlapNote(o.ministerie ?? labels.none, o.plans.join(', '), o.years.join(', ')))),
      ),
      contentsNav(view.prefix, labels.contents, [
        ['plans', labels.plansHeader],
        ...portfolio.totals.map((t, i) => [`costs-${i}`, labels.costsIn(systemName(t.boekhoudstelsel, view))] as const),
        ['themes', labels.themes],
        ['lacking', labels.largeLacking],
        ['activities', labels.allActivities],
      ]),
      plansPart(portfolio.plans, view),
      portfolio.totals.map((totals, index) => costsPart(totals, index, view)),
      themesPart(portfolio.themes, view),
      part(view, 'lacking', labels.largeLacking, lacking.length === 0 ? h('p', null, labels.noneLacking) : activityTable(lacking, labels.largeLacking, view, missingText)),
      part(view, 'activities', labels.allActivities, portfolio.activities.length === 0 ? h('p', null, labels.noActivities) : activityTable(portfolio.activities, labels.allActivities, view)),
    ),
  );
}

/** The CLI's self-contained page. */
export function renderPortfolioPage(portfolio: Portfolio, options: PortfolioRenderOptions & { toolVersion: string }): string {
  const labels = reviewLabelsFor(options.locale);
  return reviewPage({ locale: options.locale, title: labels.portfolioTitle, toolVersion: options.toolVersion, body: toHtml(portfolioArticle(portfolio, options)) });
}
