/**
 * `--format html`: one self-contained page for reviewers. An overview of every plan (file,
 * ministry, errors, warnings, scorecard at a glance), then each plan rendered by the core's
 * renderer with its findings in place, its scorecard, cost chart, portfolio and landscape.
 *
 * Self-contained: the style sheet is inline, the charts and icons are inline SVG, and the page
 * loads nothing — its Content-Security-Policy allows no script at all and only this one style
 * sheet (by hash), so it works offline, from disk, and nothing in a plan can run or call home.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Element, ElementContent } from 'hast';
import type { Finding, Localized } from '../../core';
import { badge, buildScorecard, h, icon, LABELS, MINISTRIES, RENDER_CSS, renderFindings, renderPlanContent, root, toHtml, type Outcome } from '../../core/render';
import type { FormatContext, Formatter, LintMessage, LintResult } from '../results';

/** The CLI's 1-based, one-language messages back into findings for the renderer. */
function toFindings(messages: readonly LintMessage[]): Finding[] {
  const range = (m: { line: number; column: number; endLine: number; endColumn: number }) => ({
    start: { line: Math.max(0, m.line - 1), character: Math.max(0, m.column - 1) },
    end: { line: Math.max(0, m.endLine - 1), character: Math.max(0, m.endColumn - 1) },
  });
  const both = (text: string): Localized => ({ nl: text, en: text });
  return messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity === 2 ? 'error' : 'warning',
    range: range(m),
    message: both(m.message),
    ...(m.related?.length ? { related: m.related.map((r) => ({ range: range(r), message: both(r.message) })) } : {}),
  }));
}

const relative = (context: FormatContext, file: string) => path.relative(context.cwd, file).split(path.sep).join('/') || path.basename(file);

export const STYLE_HASH = `sha256-${createHash('sha256').update(RENDER_CSS, 'utf8').digest('base64')}`;

export const html: Formatter = (results, context) => {
  const labels = LABELS[context.locale];
  const locale = context.locale;
  const helpUri = new Map(context.rules.map((r) => [r.id, r.helpUri]));
  const docsUri = (ruleId: string) => helpUri.get(ruleId);
  const ruleMeta = context.rules.map((r) => ({ id: r.id, criterion: r.criterion }));

  const rows: Element[] = [];
  const sections: string[] = [];
  results.forEach((result, index) => {
    const prefix = `p${index + 1}-`;
    const file = relative(context, result.filePath);
    const findings = toFindings(result.messages);
    const entry = context.plans?.get(result.filePath);
    rows.push(overviewRow(result, file, prefix, entry, findings, ruleMeta, context));
    const options = { locale, docsUri, idPrefix: prefix, documentUri: file };
    sections.push(
      entry
        ? renderPlanContent(entry.plan, findings, entry.framework, { ...options, mode: 'report', rules: ruleMeta })
        : renderFindings(findings, options),
    );
  });

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const criteriaTitles = firstFramework(context)?.definition.criteria ?? [];
  const overview = h(
    'section',
    { className: ['iplan-overview'], ariaLabelledBy: 'overview-title' },
    h('h2', { id: 'overview-title' }, labels.overview),
    results.length === 0
      ? h('p', null, labels.noPlans)
      : h(
          'div',
          { className: ['iplan-table-wrap'] },
          h(
            'table',
            { className: ['iplan-overview-table', 'iplan-wide'] },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, labels.file),
                h('th', { scope: 'col' }, labels.ministry),
                h('th', { scope: 'col', className: ['num'] }, cap(labels.errors)),
                h('th', { scope: 'col', className: ['num'] }, cap(labels.warnings)),
                h('th', { scope: 'col' }, labels.scorecard),
              ),
            ),
            h('tbody', null, rows),
          ),
        ),
    criteriaTitles.length > 0
      ? h(
          'p',
          { className: ['iplan-note'] },
          criteriaTitles.map((c, i) => [i > 0 ? ' · ' : '', h('strong', null, String(i + 1)), ` ${c.title[locale]}`]),
        )
      : undefined,
  );

  const top = toHtml(
    root(
      h(
        'header',
        { className: ['iplan-report-header'] },
        h('h1', null, labels.reportTitle),
        h(
          'span',
          { className: ['iplan-report-meta'] },
          `${labels.plansCount(results.length)} · ${labels.findingsCount(errors, warnings)} · ${labels.generatedBy} ${context.toolVersion}`,
        ),
      ),
      overview,
    ),
  );

  const csp = `default-src 'none'; img-src data:; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="iplan ${escapeAttribute(context.toolVersion)}">
<title>${escapeText(labels.reportTitle)}</title>
<style>${RENDER_CSS}</style>
</head>
<body class="iplan-page iplan-report">
<main class="iplan-shell">
${top}
${sections.join('\n')}
<footer class="iplan-footer">${escapeText(`${labels.generatedBy} ${context.toolVersion}`)}</footer>
</main>
</body>
</html>
`;
};

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function firstFramework(context: FormatContext) {
  return context.plans?.values().next().value?.framework;
}

function overviewRow(
  result: LintResult,
  file: string,
  prefix: string,
  entry: NonNullable<FormatContext['plans']> extends ReadonlyMap<string, infer V> ? V | undefined : never,
  findings: Finding[],
  ruleMeta: { id: string; criterion: string }[],
  context: FormatContext,
): Element {
  const labels = LABELS[context.locale];
  const locale = context.locale;
  let ministry: ElementContent | string = labels.none;
  let scorecard: ElementContent | string = labels.none;
  if (entry) {
    const data = entry.plan.frontMatter?.data as Record<string, unknown> | undefined;
    const code = data && typeof data === 'object' && typeof data.ministerie === 'string' ? data.ministerie : undefined;
    if (code) ministry = h('span', { title: Object.hasOwn(MINISTRIES, code) ? MINISTRIES[code][locale] : undefined }, code);
    const card = buildScorecard(entry.plan, findings, entry.framework, ruleMeta);
    const present = card.sections.filter((s) => s.status === 'present').length;
    scorecard = h(
      'span',
      { className: ['iplan-mini-score'] },
      card.criteria.map((c, i) =>
        h(
          'span',
          { className: ['iplan-mini', `iplan-${c.outcome}`], title: `${c.title[locale]}: ${outcomeWord(c.outcome, context)}`, dataCriterion: c.id, dataOutcome: c.outcome },
          icon(c.outcome),
          h('span', { className: ['iplan-mini-n'] }, String(i + 1)),
          h('span', { className: ['iplan-sr-only'] }, ` ${c.title[locale]}: ${outcomeWord(c.outcome, context)}`),
        ),
      ),
      h('span', { className: ['iplan-mini-sections'] }, `${labels.sectionsShort} ${present}/${card.sections.length}`),
    );
  }
  const outcome: Outcome = result.errorCount > 0 ? 'error' : result.warningCount > 0 ? 'warning' : 'pass';
  return h(
    'tr',
    { className: [`iplan-${outcome}`] },
    h('th', { scope: 'row' }, h('a', { href: `#${prefix}plan` }, file)),
    h('td', null, ministry),
    h('td', { className: ['num'] }, result.errorCount > 0 ? badge('error', String(result.errorCount)) : '0'),
    h('td', { className: ['num'] }, result.warningCount > 0 ? badge('warning', String(result.warningCount)) : '0'),
    h('td', null, scorecard),
  );
}

function outcomeWord(outcome: Outcome, context: FormatContext): string {
  const labels = LABELS[context.locale];
  return outcome === 'error' ? labels.errorLabel : outcome === 'warning' ? labels.warningLabel : labels.passLabel;
}
