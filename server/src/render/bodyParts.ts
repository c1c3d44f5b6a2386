/**
 * The plan text for the preview, rendered part by part and kept between versions: after an edit
 * only the parts whose text changed are parsed and rendered again, and a part without findings is
 * put on the page from its kept HTML with its lines moved to where the part now starts.
 *
 * The parts are cut as the checker cuts them (`splitAtSections`): at ATX headings and, in a long
 * section, before a paragraph, where the whole text parses to the same tree as the parts; here a
 * section is cut once it is longer than RENDER_PART, so that an edit renders a few paragraphs
 * again, not the whole of a long section (an edit's part took 7–10 ms of each edit of the
 * 5,000-line plan with the checker's 16 KB). Only
 * two things of Markdown reach across parts, and a text that has them is rendered whole
 * (body.ts): definitions (`[x]: url` and footnotes `[^1]: …`, written with `]:`), which decide
 * what a reference elsewhere becomes and number the footnotes, and ids of the plan's own, which
 * decide where a `#link` elsewhere points. The HTML is the same either way; the render tests
 * compare the two.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Finding } from '../core';
import { detached } from '../core/lines';
import { TextLru } from '../core/lru';
import { splitAtSections } from '../core/parse/markdown';
import { anchorsByLine, withFindings, type Anchor } from './body';
import type { RenderContext } from './context';
import { root, toHtml } from './hast';
import type { PartPlace } from './pagePieces';
import { eachElement, renderPart } from './markdown';

interface Rendered {
  /** Sanitized, lines counted from the part's first; never changed (copied to place findings). */
  tree: Root;
  /** The blocks with lines, in document order, relative like the tree's. */
  anchors: { start: number; end: number }[];
  /** The part's HTML without findings: text, then a relative line, text, line, …, text. */
  template?: (string | number)[];
  /** The template filled in at the lines it was last put (a part of a repeated text may stand at several). */
  placed: Map<number, string>;
  /** It has an id of the plan's own (a footnote's), which a link elsewhere may point to. */
  ownIds: boolean;
}

/** Parts of plans recently previewed (a 5,000-line plan has some hundreds). */
const rendered = new Map<string, TextLru<Rendered>>();

/**
 * The parts kept for a language and id prefix: looked up by the part's text alone (a key made by
 * adding the two to each part's text copied every part of the plan on every edit).
 */
function renderedFor(locale: string, prefix: string): TextLru<Rendered> {
  const key = `${locale}\0${prefix}`;
  let parts = rendered.get(key);
  if (!parts) {
    parts = new TextLru<Rendered>(4000);
    rendered.set(key, parts);
  }
  return parts;
}

/** A section longer than this is cut before a paragraph (see above). */
const RENDER_PART = 2048;

/** How many parts were rendered afresh: what the tests read to see that kept parts are reused. */
export const partsRendered = { count: 0 };

/**
 * A relative line in a template, between two NULs, which the serializer writes as `&#x0;`. The
 * plan's text cannot make that: micromark replaces NUL, and the serializer escapes a typed `&`.
 */
const mark = (line: number) => `\0${line}\0`;
const MARKS = /&#x0;(\d+)&#x0;/;

/**
 * Lines (moved by `line`), heading ids and link relations put on a copy of a part's tree, as
 * body.ts puts them on the whole; then its blocks with the findings beside them, by anchor index.
 */
function finish(tree: Root, ctx: RenderContext, line: (relative: number) => string | number, findings: ReadonlyMap<number, Finding[]>): ElementContent[] {
  const beside = new Map<Element, Finding[]>();
  let index = 0;
  eachElement(tree, (element) => {
    const start = element.properties.dataLine;
    const end = element.properties.dataLineEnd;
    if (typeof start === 'number' && typeof end === 'number') {
      element.properties.dataLine = line(start);
      element.properties.dataLineEnd = line(end);
      if (/^h[1-6]$/.test(element.tagName)) element.properties.id = `${ctx.prefix}L${line(start)}`;
      const list = findings.get(index++);
      if (list) beside.set(element, list);
    }
    const href = element.properties.href;
    if (element.tagName === 'a' && typeof href === 'string' && /^https?:/i.test(href)) element.properties.rel = ['noopener', 'noreferrer'];
  });
  return withFindings(tree.children, beside, ctx);
}

function render(text: string, ctx: RenderContext): Rendered {
  partsRendered.count++;
  const tree = renderPart(text, { labels: ctx.labels, clobberPrefix: `${ctx.prefix}u-` });
  const anchors: Rendered['anchors'] = [];
  let ownIds = false;
  let headings = 0;
  eachElement(tree, (element) => {
    const { dataLine: start, dataLineEnd: end, id } = element.properties;
    if (typeof id === 'string') ownIds = true;
    if (typeof start === 'number' && typeof end === 'number') {
      anchors.push({ start, end });
      if (/^h[1-6]$/.test(element.tagName)) headings++;
    }
  });
  const html = toHtml(root(finish(structuredClone(tree), ctx, mark, new Map())));
  const template: (string | number)[] = html.split(MARKS).map((piece, i) => (i % 2 === 1 ? Number(piece) : piece));
  // Two marks for each block (its first and last line) and one more for each heading's id; any
  // other count and the part is always rendered from its tree.
  const whole = (template.length - 1) / 2 === 2 * anchors.length + headings;
  return { tree, anchors, template: whole ? template : undefined, placed: new Map(), ownIds };
}

/** Lines at which a part's filled-in template is kept. */
const PLACES_KEPT = 4;

/** A part's template filled in with its lines moved to start at `line`, made once per place. */
function placedAt(part: Rendered, template: readonly (string | number)[], line: number): string {
  let html = part.placed.get(line);
  if (html === undefined) {
    html = template.map((piece) => (typeof piece === 'number' ? line + piece : piece)).join('');
    part.placed.set(line, html);
    if (part.placed.size > PLACES_KEPT) part.placed.delete(part.placed.keys().next().value!);
  }
  return html;
}

/**
 * The content of the plan text (the HTML inside its `iplan-markdown` div) part by part, parts
 * that render to nothing left out, with the findings beside their blocks, the others added to
 * `general`; undefined when the text must be rendered whole (see above), and then `general` is
 * left as it was.
 */
export function textFromParts(ctx: RenderContext, bodyFindings: readonly Finding[], general: Finding[]): { html: string[]; places: (PartPlace | undefined)[] } | undefined {
  const { plan } = ctx;
  const bodyOffset = plan.frontMatter ? plan.lines.offsetAt(plan.frontMatter.range.end) : 0;
  if (plan.text.includes(']:', bodyOffset)) return undefined;
  const body = plan.text.slice(bodyOffset);
  const kept = renderedFor(ctx.labels.locale, ctx.prefix);
  const parts = splitAtSections(body, RENDER_PART).map(([start, end]) => {
    const text = body.slice(start, end);
    let part = kept.get(text);
    if (!part) {
      part = render(text, ctx);
      kept.set(detached(text), part);
    }
    return { part, line: plan.lines.positionAt(bodyOffset + start).line };
  });
  if (parts.some(({ part }) => part.ownIds)) return undefined;

  // Where each finding goes, over the blocks of all parts in document order, as body.ts does.
  const anchors: (Anchor & { part: number; index: number })[] = [];
  parts.forEach(({ part, line }, p) => {
    part.anchors.forEach((anchor, index) => anchors.push({ start: line + anchor.start, end: line + anchor.end, order: anchors.length, part: p, index }));
  });
  const byLine = anchorsByLine(anchors, new Set(bodyFindings.map((f) => f.range.start.line)));
  const findingsOf = new Map<number, Map<number, Finding[]>>();
  for (const finding of bodyFindings) {
    const anchor = byLine.get(finding.range.start.line);
    if (!anchor) {
      general.push(finding);
      continue;
    }
    const ofPart = findingsOf.get(anchor.part) ?? new Map<number, Finding[]>();
    findingsOf.set(anchor.part, ofPart);
    const list = ofPart.get(anchor.index);
    if (list) list.push(finding);
    else ofPart.set(anchor.index, [finding]);
  }

  const html: string[] = [];
  const places: (PartPlace | undefined)[] = [];
  parts.forEach(({ part, line }, p) => {
    const findings = findingsOf.get(p);
    const placed = !findings && part.template !== undefined;
    const piece = placed ? placedAt(part, part.template!, line) : toHtml(root(finish(structuredClone(part.tree), ctx, (relative) => line + relative, findings ?? new Map())));
    // remark-rehype puts a line break between blocks (pagePieces.ts); a part that renders to nothing has none.
    if (piece === '') return;
    html.push(piece);
    places.push(placed ? { part, line } : undefined);
  });
  return { html, places };
}
