/**
 * A plan as one <article>: header, contents, general findings, scorecard, costs, portfolio,
 * landscape and the plan text with its findings in place. The editor's preview shows it in its
 * webview, the CLI's report puts one after another on a page of its own.
 */
import type { Element, Root } from 'hast';
import { compareFindings, type Finding, type Framework, type Plan } from '../core';
import { bodyFirstLine, bodyPart, textSection } from './body';
import { textFromParts } from './bodyParts';
import { checkedPrefix, createContext, type RenderContext, type RenderOptions } from './context';
import { costsPart } from './costs';
import { findingList, numberFindings } from './findings';
import { h, root, toHtml } from './hast';
import { fileName, generalPart, header, toc } from './header';
import { labelsFor } from './i18n';
import { landscapePart } from './landscape';
import { placeFindings } from './place';
import { portfolioPart } from './portfolio';
import { scorecardPart } from './scorecard';

export function planArticle(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): Root {
  const ctx = createContext(plan, findings, framework, options);
  const { body, general } = placeFindings(ctx, bodyFirstLine(ctx));
  return article(ctx, bodyPart(ctx, body, general), general);
}

/** The article around its plan text, which has taken its findings (and added to `general` those it has no place for). */
function article(ctx: RenderContext, text: Element, general: Finding[]): Root {
  general.sort(compareFindings);
  return root(
    h(
      'article',
      {
        className: ['iplan-plan'],
        id: `${ctx.prefix}plan`,
        lang: ctx.labels.locale,
        dataErrors: ctx.findings.filter((f) => f.severity === 'error').length,
        dataWarnings: ctx.findings.filter((f) => f.severity === 'warning').length,
      },
      header(ctx, ctx.documentUri),
      toc(ctx, general.length > 0),
      generalPart(ctx, general),
      scorecardPart(ctx),
      costsPart(ctx),
      portfolioPart(ctx),
      landscapePart(ctx),
      text,
    ),
  );
}

/**
 * The plan as sanitized HTML: one <article> and nothing else (no script, no style). Nothing of
 * the plan is markup: its text is escaped and its Markdown goes through the sanitizer.
 */
export function renderPlan(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): string {
  const ctx = createContext(plan, findings, framework, options);
  const { body, general } = placeFindings(ctx, bodyFirstLine(ctx));
  const content = textFromParts(ctx, body, general);
  if (content === undefined) return toHtml(article(ctx, bodyPart(ctx, body, general), general));
  // The plan text is the last thing in the article: the page with it empty, and it put in.
  const page = toHtml(article(ctx, textSection(ctx, []), general));
  if (!page.endsWith(TEXT_END)) throw new Error('renderPlan: the plan text is not at the end of the article');
  return page.slice(0, -TEXT_END.length) + content + TEXT_END;
}

const TEXT_END = '</div></section></article>';

/** Findings without a plan to show them in (a file too large to read, or not text). */
export function findingsArticle(findings: readonly Finding[], options: Pick<RenderOptions, 'locale' | 'docsUri' | 'idPrefix' | 'documentUri'>): Root {
  const labels = labelsFor(options.locale);
  const prefix = checkedPrefix(options.idPrefix);
  const { sorted, findingId } = numberFindings(findings, prefix);
  const view = { labels, mode: 'report' as const, docsUri: options.docsUri, findingId };
  return root(
    h(
      'article',
      { className: ['iplan-plan'], id: `${prefix}plan`, lang: labels.locale },
      h(
        'header',
        { className: ['iplan-header'] },
        h('h2', { className: ['iplan-title'], id: `${prefix}title` }, options.documentUri ? fileName(options.documentUri) : labels.untitled),
      ),
      findingList(sorted, view),
    ),
  );
}
