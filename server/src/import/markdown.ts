/**
 * mammoth's HTML → a Markdown tree with the plan's shape: the title as the one `#` heading, the
 * chapters as `##`, footnotes as GFM footnotes, dropped images as comments; then → Markdown text.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { defaultHandlers, toMdast, type State } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Heading, Nodes, Root, RootContent, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Framework, Locale } from '../core';
import { sectionIdOf } from '../core';
import { DROPPED_IMAGE_SOURCE, type DroppedImage } from './docx';

interface PlanTree {
  tree: Root;
  /** The document's title: the Title style, else the first heading (unless that is a chapter). */
  title?: string;
}

const NOTE_ID = /^#?(footnote|endnote)-(\d+)$/;
const NOTE_BACK_LINK = /^#(?:footnote|endnote)-ref-\d+$/;

export function htmlToPlanTree(html: string, images: DroppedImage[], framework: Framework, locale: Locale): PlanTree {
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html);
  tidyHast(hast, images, locale);
  const tree = toMdast(hast, {
    handlers: {
      h1: (state, node) => {
        const heading = defaultHandlers.h1(state, node) as Heading;
        if (classNames(node).includes('iplan-title')) heading.data = { ...heading.data, iplanTitle: true } as Heading['data'];
        return heading;
      },
      a: (state, node) => footnoteReference(node) ?? defaultHandlers.a(state, node),
      ol: (state, node) => footnoteDefinitions(state, node) ?? defaultHandlers.ol(state, node),
    },
  }) as Root;
  flattenTableCells(tree);
  numberNotes(tree);
  return shapeHeadings(tree, framework);
}

export function planTreeToMarkdown(tree: Root): string {
  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one', fences: true })
    .stringify(tree);
}

function classNames(node: Element): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : String(value).split(/\s+/);
}

/**
 * Before the conversion: footnote back-links (↑) and bookmarks (anchors without a link) go, and
 * each dropped image becomes a comment saying what stood there.
 */
function tidyHast(tree: HastRoot, images: DroppedImage[], locale: Locale): void {
  const replace = (children: (HastContent | ElementContent)[]) => {
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type !== 'element') continue;
      const href = typeof child.properties?.href === 'string' ? child.properties.href : undefined;
      const src = typeof child.properties?.src === 'string' ? child.properties.src : undefined;
      if (child.tagName === 'a' && href && NOTE_BACK_LINK.test(href)) {
        children.splice(i--, 1);
      } else if (child.tagName === 'a' && !href) {
        children.splice(i--, 1, ...child.children);
      } else if (child.tagName === 'table') {
        promoteHeaderRow(child);
        replace(child.children);
      } else if (child.tagName === 'img' && src?.startsWith(DROPPED_IMAGE_SOURCE)) {
        const image = images[Number(src.slice(DROPPED_IMAGE_SOURCE.length))];
        children[i] = { type: 'comment', value: ` ${droppedImageNote(image, locale)} ` };
      } else {
        replace(child.children);
      }
    }
  };
  replace(tree.children);
}

/**
 * Word marks no header row in most tables (mammoth writes only `td`): the first row is the
 * header, as a GFM table needs one.
 */
function promoteHeaderRow(table: Element): void {
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') collect(child);
    }
  };
  collect(table);
  const first = rows[0];
  if (!first || first.children.some((cell) => cell.type === 'element' && cell.tagName === 'th')) return;
  for (const cell of first.children) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
}

function droppedImageNote(image: DroppedImage | undefined, locale: Locale): string {
  const kind = image?.contentType.replace(/^image\//, '') ?? '?';
  const alt = image?.altText ? `: ${image.altText.replace(/--+>?/g, '–')}` : '';
  return locale === 'nl' ? `afbeelding (${kind}) niet overgenomen${alt}` : `image (${kind}) not imported${alt}`;
}

/** mammoth's `<a href="#footnote-2">[1]</a>` (in a `sup`) → a GFM footnote reference. */
function footnoteReference(link: Element) {
  const match = typeof link.properties?.href === 'string' ? NOTE_ID.exec(link.properties.href) : null;
  if (!match) return undefined;
  const identifier = `${match[1] === 'endnote' ? 'e' : ''}${match[2]}`;
  return { type: 'footnoteReference' as const, identifier, label: identifier };
}

/** mammoth's closing `<ol>` of `<li id="footnote-2">` items → GFM footnote definitions. */
function footnoteDefinitions(state: State, node: Element): FootnoteDefinition[] | undefined {
  const items = node.children.filter((child) => child.type === 'element');
  const ids = items.map((item) => (item.tagName === 'li' && typeof item.properties?.id === 'string' ? NOTE_ID.exec(item.properties.id) : null));
  if (items.length === 0 || ids.some((id) => !id)) return undefined;
  return items.map((item, index) => {
    const match = ids[index]!;
    const identifier = `${match[1] === 'endnote' ? 'e' : ''}${match[2]}`;
    return { type: 'footnoteDefinition', identifier, label: identifier, children: state.toFlow(state.all(item)) } as FootnoteDefinition;
  });
}

/** Word's internal note ids (footnote-2, …) → 1, 2, … in the order the notes are printed. */
function numberNotes(tree: Root): void {
  const numbers = new Map<string, string>();
  visit(tree, 'footnoteDefinition', (definition: FootnoteDefinition) => {
    numbers.set(definition.identifier, String(numbers.size + 1));
  });
  visit(tree, (node) => {
    if (node.type !== 'footnoteDefinition' && node.type !== 'footnoteReference') return;
    const number = numbers.get(node.identifier);
    if (number) node.identifier = node.label = number;
  });
}

/**
 * A GFM cell holds one line: paragraphs and line breaks in a Word cell become "; " (so a list of
 * systems stays a list), and block content is reduced to its text.
 */
function flattenTableCells(tree: Root): void {
  visit(tree, 'tableCell', (cell: TableCell) => {
    const parts: TableCell['children'][] = [[]];
    const walk = (nodes: Nodes[]) => {
      for (const node of nodes) {
        if (node.type === 'break') parts.push([]);
        else if (node.type === 'paragraph' || node.type === 'heading') {
          if (parts[parts.length - 1].length > 0) parts.push([]);
          walk(node.children);
          parts.push([]);
        } else if ('children' in node && !isPhrasing(node)) walk(node.children as Nodes[]);
        else parts[parts.length - 1].push(node as TableCell['children'][number]);
      }
    };
    walk(cell.children as Nodes[]);
    const filled = parts.map(trimPhrasing).filter((part) => part.length > 0);
    cell.children = filled.flatMap((part, i) => (i === 0 ? part : [{ type: 'text', value: '; ' }, ...part]));
  });
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'image', 'footnoteReference', 'html', 'linkReference', 'imageReference']);
const isPhrasing = (node: Nodes) => PHRASING.has(node.type);

function trimPhrasing(part: TableCell['children']): TableCell['children'] {
  const text = part.map((node) => toString(node)).join('');
  if (text.trim() === '' && !part.some((node) => node.type === 'image' || node.type === 'html')) return [];
  const first = part[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = part[part.length - 1];
  if (last?.type === 'text') {
    let end = last.value.length;
    while (end > 0 && /[\s;]/.test(last.value[end - 1])) end--;
    last.value = last.value.slice(0, end);
  }
  return part;
}

/**
 * The title becomes depth 1; the chapters (the shallowest remaining headings) depth 2, and the
 * headings below them move along. Empty headings (Word leaves them) are dropped.
 */
function shapeHeadings(tree: Root, framework: Framework): PlanTree {
  tree.children = tree.children.filter((node) => node.type !== 'heading' || toString(node).trim() !== '');
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  let titleNode = headings.find((heading) => (heading.data as { iplanTitle?: boolean } | undefined)?.iplanTitle);
  // Without a Title paragraph the first heading is the title, unless it is a chapter itself.
  if (!titleNode && headings.length > 0 && sectionIdOf(framework, toString(headings[0])) === undefined) titleNode = headings[0];
  const rest = headings.filter((heading) => heading !== titleNode);
  const chapterDepth = rest.length > 0 ? Math.min(...rest.map((heading) => heading.depth)) : 2;
  for (const heading of rest) heading.depth = Math.min(6, Math.max(2, heading.depth - chapterDepth + 2)) as Heading['depth'];
  if (titleNode) {
    titleNode.depth = 1;
    titleNode.data = undefined;
  }
  const title = titleNode ? toString(titleNode).replace(/\s+/g, ' ').trim() : undefined;
  return { tree, title };
}

/** Top-level nodes of the tree between each chapter heading and the next. */
export function chapters(tree: Root): { heading?: Heading; nodes: RootContent[] }[] {
  const result: { heading?: Heading; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) result.push({ heading: node, nodes: [] });
    else result[result.length - 1].nodes.push(node);
  }
  return result;
}
