/**
 * A plan as one <article>: header, contents, general findings, scorecard, costs, portfolio,
 * landscape and the plan text with its findings in place. The editor's preview shows it in its
 * webview, the CLI's report puts one after another on a page of its own.
 */
import type { Element, Root } from 'hast';
import { compareFindings, type Finding, type Framework, type Plan } from '../core';
import { bodyFirstLine, bodyPart, textSection } from './body';
import { textFromParts } from './bodyParts';
import { checkedPrefix, createContext, keyLine, planTitle, type RenderContext, type RenderOptions } from './context';
import { costSeries, costsPart } from './costs';
import { findingList, numberFindings } from './findings';
import { h, root, toHtml, type Props } from './hast';
import { fileName, generalPart, header, toc } from './header';
import { labelsFor } from './i18n';
import { findingsKey, keptPart } from './keptParts';
import { landscapePart } from './landscape';
import { PAGE_END, piecesHtml, type PagePieces } from './pagePieces';
import { placeFindings, placeKey } from './place';
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
  return root(h('article', articleProps(ctx), topParts(ctx, general), text));
}

function articleProps(ctx: RenderContext): Props {
  return {
    className: ['iplan-plan'],
    id: `${ctx.prefix}plan`,
    lang: ctx.labels.locale,
    dataErrors: ctx.findings.filter((f) => f.severity === 'error').length,
    dataWarnings: ctx.findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The article's parts before the plan text; `general` sorted. */
function topParts(ctx: RenderContext, general: readonly Finding[]): Element[] {
  return [header(ctx, ctx.documentUri), toc(ctx, general.length > 0), generalPart(ctx, general), scorecardPart(ctx), costsPart(ctx), portfolioPart(ctx), landscapePart(ctx)].filter(
    (part): part is Element => part !== undefined,
  );
}

/**
 * The parts before the plan text as HTML, each kept by what it reads (keptParts.ts): the front
 * matter's data and the framework, and the keys here. `general` sorted.
 */
function keptTopParts(ctx: RenderContext, general: readonly Finding[]): string[] {
  const placed = (prefix: string) => [...ctx.placed].filter(([place]) => place.startsWith(prefix)).map(([place, list]) => [place, findingsKey(ctx, list)]);
  const first = (list: readonly Finding[]) => list[0] && [ctx.findingId.get(list[0]), list[0].range.start.line];
  const { scorecard } = ctx;
  const errors = ctx.findings.filter((f) => f.severity === 'error').length;
  return [
    keptPart(ctx, 'header', true, [planTitle(ctx.plan, ctx.labels.locale), ctx.planLocale, errors, ctx.findings.length, ctx.documentUri, placed('header:')], () => header(ctx, ctx.documentUri)),
    keptPart(ctx, 'toc', false, [general.length > 0], () => toc(ctx, general.length > 0)),
    keptPart(ctx, 'general', false, [findingsKey(ctx, general)], () => generalPart(ctx, general)),
    keptPart(
      ctx,
      'scorecard',
      false,
      [
        scorecard.criteria.map((c) => [c.id, c.outcome, c.findings.length, first(c.findings), c.line]),
        scorecard.sections.map((s) => [s.id, s.status, s.required, s.outcome, s.line, first(s.findings)]),
        keyLine(ctx, '/planperiode'),
        keyLine(ctx, '/titel'),
        ctx.plan.sections[0]?.heading.range.start.line,
      ],
      () => scorecardPart(ctx),
    ),
    keptPart(ctx, 'costs', false, [costSeries(ctx.plan, ctx.data), keyLine(ctx, '/kosten'), placed(placeKey.costs)], () => costsPart(ctx)),
    keptPart(ctx, 'portfolio', true, [placed('activity:')], () => portfolioPart(ctx)),
    keptPart(ctx, 'landscape', true, [placed('landscape:')], () => landscapePart(ctx)),
  ].filter((part): part is string => part !== undefined);
}

/** An element's start tag (and, for the plan text's section, its heading and the content's div): its HTML without `end`. */
function opening(element: Element, end: string): string {
  const html = toHtml(root(element));
  if (!html.endsWith(end)) throw new Error(`renderPlan: ${element.tagName} does not end with ${end}`);
  return html.slice(0, -end.length);
}

/**
 * The plan for the preview, in pieces (pagePieces.ts): the plan text part by part, each part
 * kept between versions (bodyParts.ts), or whole when it must be.
 */
export function planPieces(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): PagePieces {
  const ctx = createContext(plan, findings, framework, options);
  const { body, general } = placeFindings(ctx, bodyFirstLine(ctx));
  let parts = textFromParts(ctx, body, general);
  if (parts === undefined) {
    const content = bodyPart(ctx, body, general).children[1] as Element;
    parts = { html: [toHtml(root(content.children))], places: [undefined] };
  }
  general.sort(compareFindings);
  return {
    article: opening(h('article', articleProps(ctx)), '</article>'),
    top: keptTopParts(ctx, general),
    text: opening(textSection(ctx, []), PAGE_END.slice(0, -'</article>'.length)),
    body: parts.html,
    places: parts.places,
  };
}

/**
 * The plan as sanitized HTML: one <article> and nothing else (no script, no style). Nothing of
 * the plan is markup: its text is escaped and its Markdown goes through the sanitizer.
 */
export function renderPlan(plan: Plan, findings: readonly Finding[], framework: Framework, options: RenderOptions): string {
  return piecesHtml(planPieces(plan, findings, framework, options), false);
}

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
