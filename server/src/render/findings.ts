/** A finding as the page shows it: severity with icon and word, message, rule link and line. */
import type { Element } from 'hast';
import { compareFindings, type Finding } from '../core';
import { h, withCode } from './hast';
import type { Labels } from './i18n';
import { worst, type Outcome } from './scorecardData';

/** What showing findings needs; the whole page's context has more. */
export interface FindingsView {
  labels: Labels;
  /** `preview`: findings can be focused and revealed in the editor. */
  mode: 'report' | 'preview';
  docsUri?: (ruleId: string) => string | undefined;
  /** The id of each finding's element, for links from the scorecard. */
  findingId: Map<Finding, string>;
}

/** Findings in page order, each with its element id. */
export function numberFindings(findings: readonly Finding[], prefix: string): { sorted: Finding[]; findingId: Map<Finding, string> } {
  const sorted = [...findings].sort(compareFindings);
  return { sorted, findingId: new Map(sorted.map((f, i) => [f, `${prefix}f${i}`])) };
}

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

export function outcomeLabel(outcome: Outcome, labels: Labels): string {
  return outcome === 'error' ? labels.errorLabel : outcome === 'warning' ? labels.warningLabel : labels.passLabel;
}

/** Never by colour alone: an icon and a word. */
export function badge(outcome: Outcome | 'neutral', word: string): Element {
  return h('span', { className: ['iplan-badge', `iplan-${outcome}`] }, icon(outcome), word);
}

/** The class that marks a block by the worst of its findings. */
export function outcomeClass(findings: readonly Finding[] | undefined): string | undefined {
  const outcome = worst(findings ?? []);
  return outcome === 'pass' ? undefined : `iplan-has-${outcome}`;
}

const SAFE_URI = /^(?:https?:|file:|vscode:|vscode-[a-z-]+:|command:|#)/i;

function safeUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const trimmed = uri.trim();
  return SAFE_URI.test(trimmed) && !/[\s"'<>]/.test(trimmed) ? trimmed : undefined;
}

function findingElement(finding: Finding, view: FindingsView): Element {
  const { labels } = view;
  const line = finding.range.start.line;
  const docs = safeUri(view.docsUri?.(finding.ruleId));
  const related = finding.related?.length
    ? h(
        'span',
        { className: ['iplan-related'] },
        finding.related.map((r, i) => [i > 0 ? '; ' : '', withCode(labels.of(r.message)), ` (${labels.line(r.range.start.line + 1)})`]),
      )
    : undefined;
  return h(
    'div',
    {
      className: ['iplan-finding', `iplan-${finding.severity}`],
      id: view.findingId.get(finding),
      dataLine: line,
      dataRule: finding.ruleId,
      dataSeverity: finding.severity,
      role: 'note',
      tabIndex: view.mode === 'preview' ? 0 : undefined,
    },
    h('span', { className: ['iplan-sev'] }, icon(finding.severity), outcomeLabel(finding.severity, labels)),
    h('span', { className: ['iplan-msg'] }, withCode(labels.of(finding.message))),
    h(
      'span',
      { className: ['iplan-where'] },
      docs
        ? h('a', { className: ['iplan-rule'], href: docs, title: labels.ruleDocs(finding.ruleId) }, finding.ruleId)
        : h('span', { className: ['iplan-rule'] }, finding.ruleId),
      ` · ${labels.line(line + 1)}`,
    ),
    related,
  );
}

export function findingList(findings: readonly Finding[] | undefined, view: FindingsView): Element | undefined {
  if (!findings || findings.length === 0) return undefined;
  return h('div', { className: ['iplan-findings'] }, findings.map((f) => findingElement(f, view)));
}

/** "2 errors, 1 warning" (or "No findings") as a badge. */
export function countBadge(findings: readonly Finding[], labels: Labels): Element {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (findings.length === 0) return badge('pass', labels.noFindings);
  return badge(errors > 0 ? 'error' : 'warning', labels.findingsCount(errors, findings.length - errors));
}
