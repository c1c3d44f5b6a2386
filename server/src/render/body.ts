/** The plan text, rendered and sanitized, with each finding beside the block or row it concerns. */
import type { Element, ElementContent, RootContent } from 'hast';
import type { Finding } from '../core';
import { heading, regionName, type RenderContext } from './context';
import { findingList, outcomeClass } from './findings';
import { h } from './hast';
import { eachElement, renderBody } from './markdown';
import { spanningRow, wrapTable } from './table';

/** A block a finding can sit beside: its lines and its place in document order. */
export interface Anchor {
  start: number;
  end: number;
  order: number;
}

/** The first line of the plan text (after the front matter). */
export function bodyFirstLine(ctx: RenderContext): number {
  const fm = ctx.plan.frontMatter;
  return fm ? ctx.plan.lines.positionAt(ctx.plan.lines.offsetAt(fm.range.end)).line : 0;
}

/**
 * For each line that has findings: the smallest block whose lines hold it (of two the same size,
 * the later, inner one); on a line between blocks, the block before it. Blocks nest, so filling
 * the lines of the larger blocks first and the smaller ones over them costs the lines times the
 * depth, not the findings times the blocks.
 */
export function anchorsByLine<A extends Anchor>(anchors: readonly A[], lines: ReadonlySet<number>): Map<number, A> {
  const best = new Map<number, A>();
  const bySize = [...anchors].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  for (const anchor of bySize) for (let line = anchor.start; line <= anchor.end; line++) if (lines.has(line)) best.set(line, anchor);
  const rest = [...lines].filter((line) => !best.has(line)).sort((a, b) => a - b);
  if (rest.length > 0) {
    const byStart = [...anchors].sort((a, b) => a.start - b.start || b.order - a.order);
    let i = -1;
    for (const line of rest) {
      while (i + 1 < byStart.length && byStart[i + 1].start <= line) i++;
      if (i >= 0) best.set(line, byStart[i]);
    }
  }
  return best;
}

export function bodyPart(ctx: RenderContext, bodyFindings: readonly Finding[], general: Finding[]): Element {
  const { plan, labels, prefix } = ctx;
  const fm = plan.frontMatter;
  const bodyOffset = fm ? plan.lines.offsetAt(fm.range.end) : 0;
  const tree = renderBody(plan.text, bodyOffset, bodyFirstLine(ctx), { labels, clobberPrefix: `${prefix}u-` });

  // Ids and anchors (after sanitizing: these are ours).
  const anchors: (Anchor & { element: Element })[] = [];
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

  const byLine = anchorsByLine(anchors, new Set(bodyFindings.map((f) => f.range.start.line)));
  const beside = new Map<Element, Finding[]>();
  for (const finding of bodyFindings) {
    const anchor = byLine.get(finding.range.start.line);
    if (!anchor) {
      general.push(finding);
      continue;
    }
    const list = beside.get(anchor.element);
    if (list) list.push(finding);
    else beside.set(anchor.element, [finding]);
  }

  return textSection(ctx, withFindings(tree.children, beside, ctx));
}

/** The part of the page that holds the plan text, around its rendered content. */
export function textSection(ctx: RenderContext, content: ElementContent[]): Element {
  return h(
    'section',
    { className: ['iplan-part', 'iplan-part-text'], id: `${ctx.prefix}text`, ariaLabelledBy: regionName(ctx, 'text') },
    h(heading(ctx, 2), { id: `${ctx.prefix}text-title` }, ctx.labels.planText),
    h('div', { className: ['iplan-markdown'], lang: ctx.planLocale }, content),
  );
}

/** Rebuilds a child list: tables wrapped to scroll, findings after their block (or row). */
export function withFindings(children: readonly (ElementContent | RootContent)[], beside: Map<Element, Finding[]>, ctx: RenderContext): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'doctype') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    child.children = withFindings(child.children, beside, ctx);
    const findings = beside.get(child);
    const className = outcomeClass(findings);
    if (className) child.properties.className = [...((child.properties.className as string[] | undefined) ?? []), className];
    if (child.tagName === 'th' && child.properties.scope === undefined) child.properties.scope = 'col';
    out.push(child.tagName === 'table' ? wrapTable(child, ctx.labels.tableInText) : child);
    const list = findingList(findings, ctx);
    if (!list) continue;
    if (child.tagName === 'tr') {
      out.push(spanningRow(child.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).length, list));
    } else if (child.tagName === 'li') {
      child.children.push(list);
    } else {
      out.push(list);
    }
  }
  return out;
}
