/**
 * The HTML report: one self-contained page for reviewers. An overview of every plan (file,
 * ministry, errors, warnings, scorecard at a glance), then each plan as the preview shows it.
 *
 * Self-contained: the style sheet is inline, the charts and icons are inline SVG, and the page
 * loads nothing — its Content-Security-Policy allows no script at all and only this one style
 * sheet (by hash), so it works offline, from disk, and nothing in a plan can run or call home.
 */
import type { Element, ElementContent } from 'hast';
import type { Finding, Framework, Locale, Plan, RuleMeta } from '../core';
import { planData } from '../core/data';
import { findingsArticle, planArticle } from './article';
import { valueNames } from './context';
import { badge, icon, outcomeLabel } from './findings';
import { h, root, toHtml } from './hast';
import { labelsFor, type Labels } from './i18n';
import { buildScorecard, worst, type Outcome } from './scorecardData';
import RENDER_CSS from './styles.css' with { type: 'text' };
import { escapeText, htmlPage } from './page';
import { dataTable } from './table';

export interface ReportEntry {
  /** The file as the reader knows it (relative to where the report was made). */
  file: string;
  /** As the core gave them: both languages. */
  findings: readonly Finding[];
  /** Absent for a file that could not be read as text: then only its findings are shown. */
  plan?: Plan;
  framework?: Framework;
}

interface ReportOptions {
  locale: Locale;
  toolVersion: string;
  docsUri?: (ruleId: string) => string | undefined;
  /** Rule metadata for the criteria (defaults to the built-in catalogue). */
  rules?: readonly Pick<RuleMeta, 'id' | 'criterion'>[];
}

let reportCsp: string | undefined;

/**
 * The report's Content-Security-Policy, which allows this one style sheet by its hash. Computed
 * on first use, and node:crypto loaded then: the preview loads this module too and never needs it.
 */
function reportCspOnce(): string {
  if (reportCsp === undefined) {
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const styleHash = `sha256-${createHash('sha256').update(RENDER_CSS, 'utf8').digest('base64')}`;
    reportCsp = `default-src 'none'; img-src data:; style-src '${styleHash}'; base-uri 'none'; form-action 'none'`;
  }
  return reportCsp;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface Row {
  entry: ReportEntry;
  prefix: string;
  errors: number;
  warnings: number;
}

function ministryCell(entry: ReportEntry, labels: Labels): ElementContent | string {
  if (!entry.plan || !entry.framework) return labels.none;
  const code = planData(entry.plan)?.raw.ministerie;
  return typeof code === 'string' ? h('span', { title: valueNames(entry.framework, labels.locale)(['ministerie'], code) }, code) : labels.none;
}

function scorecardCell(entry: ReportEntry, labels: Labels, rules: ReportOptions['rules']): ElementContent | string {
  if (!entry.plan || !entry.framework) return labels.none;
  const card = buildScorecard(entry.plan, entry.findings, entry.framework, rules);
  const present = card.sections.filter((s) => s.status === 'present').length;
  const word = (c: { outcome: Outcome; title: { nl: string; en: string } }) => `${labels.of(c.title)}: ${outcomeLabel(c.outcome, labels)}`;
  return h(
    'span',
    { className: ['iplan-mini-score'] },
    card.criteria.map((c, i) =>
      h(
        'span',
        { className: ['iplan-mini', `iplan-${c.outcome}`], title: word(c), dataCriterion: c.id, dataOutcome: c.outcome },
        icon(c.outcome),
        h('span', { className: ['iplan-mini-n'] }, String(i + 1)),
        h('span', { className: ['iplan-sr-only'] }, ` ${word(c)}`),
      ),
    ),
    h('span', { className: ['iplan-mini-sections'] }, `${labels.sectionsShort} ${present}/${card.sections.length}`),
  );
}

function overview(rows: readonly Row[], labels: Labels, options: ReportOptions): Element {
  const framework = rows.find((row) => row.entry.framework)?.entry.framework;
  const criteria = framework?.definition.criteria ?? [];
  const count = (n: number, outcome: Outcome) => (n > 0 ? badge(outcome, String(n)) : '0');
  return h(
    'section',
    { className: ['iplan-overview'], ariaLabelledBy: 'overview-title' },
    h('h2', { id: 'overview-title' }, labels.overview),
    rows.length === 0
      ? h('p', null, labels.noPlans)
      : dataTable<Row>({
          className: ['iplan-overview-table', 'iplan-wide'],
          name: labels.overview,
          rows,
          rowProps: (row) => ({ className: [`iplan-${worst(row.entry.findings)}`] }),
          columns: [
            { header: labels.file, rowHeader: true, cell: (row) => h('a', { href: `#${row.prefix}plan` }, row.entry.file) },
            { header: labels.ministry, cell: (row) => ministryCell(row.entry, labels) },
            { header: capitalize(labels.errors), numeric: true, cell: (row) => count(row.errors, 'error') },
            { header: capitalize(labels.warnings), numeric: true, cell: (row) => count(row.warnings, 'warning') },
            { header: labels.scorecard, cell: (row) => scorecardCell(row.entry, labels, options.rules) },
          ],
        }),
    criteria.length > 0
      ? h('p', { className: ['iplan-note'] }, criteria.map((c, i) => [i > 0 ? ' · ' : '', h('strong', null, String(i + 1)), ` ${labels.of(c.title)}`]))
      : undefined,
  );
}

/** The whole report page. */
export function renderReport(entries: readonly ReportEntry[], options: ReportOptions): string {
  const labels = labelsFor(options.locale);
  const rows: Row[] = entries.map((entry, index) => {
    const errors = entry.findings.filter((f) => f.severity === 'error').length;
    return { entry, prefix: `p${index + 1}-`, errors, warnings: entry.findings.length - errors };
  });
  const articles = rows.map(({ entry, prefix }) => {
    const shared = { locale: options.locale, docsUri: options.docsUri, idPrefix: prefix, documentUri: entry.file };
    return toHtml(
      entry.plan && entry.framework
        ? planArticle(entry.plan, entry.findings, entry.framework, { ...shared, mode: 'report', rules: options.rules })
        : findingsArticle(entry.findings, shared),
    );
  });
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const warnings = rows.reduce((n, r) => n + r.warnings, 0);
  const made = `${labels.generatedBy} ${options.toolVersion}`;
  const top = toHtml(
    root(
      h(
        'header',
        { className: ['iplan-report-header'] },
        h('h1', null, labels.reportTitle),
        h('span', { className: ['iplan-report-meta'] }, `${labels.plansCount(rows.length)} · ${labels.findingsCount(errors, warnings)} · ${made}`),
      ),
      overview(rows, labels, options),
    ),
  );
  return reviewPage({ locale: options.locale, title: labels.reportTitle, toolVersion: options.toolVersion, body: `${top}\n${articles.join('\n')}` });
}

/**
 * A page the CLI writes for reviewers (the report, a comparison, the portfolio): self-contained
 * under the report's Content-Security-Policy, with a footer that says what made it.
 */
export function reviewPage(options: { locale: Locale; title: string; toolVersion: string; body: string }): string {
  const made = `${labelsFor(options.locale).generatedBy} ${options.toolVersion}`;
  return htmlPage({
    lang: options.locale,
    csp: reportCspOnce(),
    title: options.title,
    meta: { referrer: 'no-referrer', generator: `iplan ${options.toolVersion}` },
    style: RENDER_CSS,
    bodyClass: 'iplan-page iplan-report',
    content: `${options.body}\n<footer class="iplan-footer">${escapeText(made)}</footer>`,
  });
}
