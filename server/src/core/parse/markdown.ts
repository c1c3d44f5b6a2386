/**
 * The Markdown body, read with unified + remark-parse (and remark-gfm where GFM syntax can be).
 *
 * The body is split at ATX headings that start a line outside fenced code and HTML blocks (an
 * ATX heading always ends whatever block came before, so the split cannot change the tree) and
 * each part is parsed once per content: an edit re-parses only the part it touched, and the
 * costly GFM extension runs only on parts that can hold GFM syntax. Plain tables
 * (pipeTables.ts) and plain paragraphs (plainParagraphs.ts) are read without micromark.
 */
import type { Html, Nodes, Root, RootContent, Table as MdTable } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { toString } from 'mdast-util-to-string';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { detached } from '../lines';
import { TextLru } from '../lru';
import type { BlockKind } from '../plan';
import { CheckAbandoned } from '../types';
import { BlockTracker } from './blockTracker';
import { defuse } from './defuse';
import type { ParsedPart, PartComment, PartTable } from './parts';
import { contentSpan, liftTables, type RowContent } from './pipeTables';
import { compact, liftedOnly, plainBlocks, type LiftedBlock } from './plainBlocks';

const plainProcessor = unified().use(remarkParse).freeze();
const gfmProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * GFM without its literal autolinks (`www.…`, `https://…`, `a@b.nl`), which the checks never
 * read: a link's text is the same text either way. micromark's email construct starts at every
 * word, and micromark merges the text between such starts with one array splice each, quadratic
 * in the words of a paragraph (one paragraph of 40,000 short lines with an address took 14 s;
 * without, 1.5 s).
 */
function gfmWithoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const largeGfmProcessor = unified().use(remarkParse).use(gfmWithoutLiteralAutolinks).freeze();

/** A part larger than LARGE_PART (a paragraph or list that could not be cut) is read without literal autolinks. */
function processorFor(text: string, large: boolean) {
  if (!GFM_HINT.test(text)) return plainProcessor;
  return large ? largeGfmProcessor : gfmProcessor;
}

interface BodyPart {
  /** Offset of the part in the text the body came from. */
  offset: number;
  parsed: ParsedPart;
}

/** Characters without which no GFM construct (table, strikethrough, autolink, footnote, task) can occur. */
const GFM_HINT = /[|~]|\[\^|\[[ \txX]\]|www\.|:\/\/|@/i;

const partCache = new TextLru<ParsedPart>(1500);

/**
 * A part longer than this is cut again, at the next paragraph that starts after a blank line.
 * micromark keeps every token of what it parses until it is done (a section of 85,000 short
 * paragraphs, 2.9 MB, peaked at 980 MB; cut into parts of this size, at 180 MB), so a huge
 * section took the memory of all of it at once, and an editor could neither stop it between
 * parts nor reuse the parts it had read. Sections of real plans stay far below this size.
 */
export const LARGE_PART = 16 * 1024;

/**
 * Reads the body text; offsets in the result are shifted by `bodyOffset`. `shouldAbandon` is
 * asked between parts, so an editor can give up on a check that takes too long.
 */
export function parseBody(text: string, bodyOffset: number, shouldAbandon?: () => boolean, largePart = LARGE_PART): BodyPart[] {
  const body = text.slice(bodyOffset);
  return splitAtSections(body, largePart).map(([start, end]) => {
    if (shouldAbandon?.()) throw new CheckAbandoned();
    return { offset: bodyOffset + start, parsed: parsePart(body.slice(start, end)) };
  });
}

/**
 * Parses one part, reusing the result for a part already seen with the same content. With
 * `gfm: true` the whole part goes through micromark with GFM, uncached: the reference the
 * tests compare the fast path with.
 */
export function parsePart(slice: string, options: { gfm?: true } = {}): ParsedPart {
  if (options.gfm) {
    const defused = defuse(slice);
    return extract(gfmProcessor.parse(defused) as Root, defused);
  }
  const cached = partCache.get(slice);
  if (cached) return cached;
  // Cached, and the strings read from it too: a copy, so no document version is kept alive.
  const source = detached(slice);
  // Defused once, before the tables and plain blocks are lifted out: they and the rest then
  // read exactly what one parse of the whole reads.
  const defused = defuse(source);
  const tables = liftTables(defused, readRow);
  const rest = tables?.masked ?? defused;
  // A lifted table stands as a paragraph after a blank line (or a heading) and before one, as a
  // plain paragraph does: it is made as short.
  const liftedTables = [...(tables?.tables.values() ?? [])].map((table) => ({ start: table.block.start, end: table.block.end, placeholder: 'x', lifted: table }));
  const plain = compact(rest, [...plainBlocks(rest), ...liftedTables].sort((a, b) => a.start - b.start));
  let parsed: ParsedPart;
  if (plain.onlyLifted) {
    parsed = liftedOnly(plain.lifted);
  } else {
    const tree = processorFor(plain.text, defused.length > LARGE_PART).parse(plain.text) as Root;
    parsed = extract(tree, plain.text, plain.lifted, plain.at);
  }
  partCache.set(source, parsed);
  return parsed;
}

/**
 * One table row holding inline syntax (of a part already defused), read by micromark as the header of a table of its own
 * (the delimiter row made to match); undefined when micromark splits it into other cells.
 */
function readRow(row: string, cellCount: number): RowContent | undefined {
  const tree = gfmProcessor.parse(`${row}\n|${' - |'.repeat(cellCount)}`) as Root;
  const table = tree.children[0];
  if (tree.children.length !== 1 || table.type !== 'table' || table.children.length !== 1) return undefined;
  const cells = table.children[0].children;
  if (cells.length !== cellCount) return undefined;
  const content: RowContent = { cells: cells.map((cell) => ({ text: toString(cell).trim(), inline: blockText(cell) })), prose: [], comments: [] };
  walk(table, (node) => {
    const span = textSpan(node);
    if (span) content.prose.push(span);
    else if (node.type === 'html') collectComments(node, content.comments);
  });
  return content;
}

/**
 * [start, end) ranges of the parts: a new part begins at each ATX heading line (`#` to `######`
 * at the very start of a line) outside fenced code and outside HTML blocks. Such a heading ends
 * any paragraph, list or quote before it, so parts parse to the same tree as the whole; cutting at
 * every level keeps the part an edit touches small. A part longer than `largePart` is also cut
 * before a line that starts with a letter right after a blank line, both outside fenced code and
 * HTML blocks: after a blank line, such a line continues no list, quote, code or table (those
 * need indentation or a marker) and starts a paragraph, in the whole as in the part.
 */
export function splitAtSections(body: string, largePart = LARGE_PART): [number, number][] {
  const cuts = [0];
  const tracker = new BlockTracker();
  let offset = 0;
  const length = body.length;
  // Where the next \r is, found once and moved on only when passed (a per-line search for a
  // \r an LF file does not have would scan to the end every line).
  let nextCr = body.indexOf('\r');
  /** The line before was blank, outside fenced code and HTML blocks. */
  let afterBlank = false;
  while (offset < length && !tracker.gaveUp) {
    if (nextCr >= 0 && nextCr < offset) nextCr = body.indexOf('\r', offset);
    let next = body.indexOf('\n', offset);
    if (nextCr >= 0 && (next < 0 || nextCr < next)) next = body.charCodeAt(nextCr + 1) === 10 ? nextCr + 1 : nextCr;
    const lineEnd = next < 0 ? length : next + 1;
    // Most lines cannot open a heading, fence or HTML block: skip them without a slice.
    if (tracker.idle && !MAY_MATTER[firstCharAfterIndent(body, offset, lineEnd)]) {
      if (afterBlank && offset - cuts[cuts.length - 1] > largePart && startsWithLetter(body, offset)) cuts.push(offset);
      afterBlank = isBlank(body, offset, lineEnd);
      offset = lineEnd;
      continue;
    }
    const contentEnd = next < 0 ? length : body.charCodeAt(next) === 10 && body.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const line = body.slice(offset, contentEnd);
    if (tracker.feed(line) && offset > 0 && /^#{1,6}(?:[ \t]|$)/.test(line)) cuts.push(offset);
    afterBlank = tracker.idle && /^[ \t]*$/.test(line);
    offset = lineEnd;
  }
  return cuts.map((start, i) => [start, i + 1 < cuts.length ? cuts[i + 1] : length]);
}

const LETTER = /\p{L}/uy;

function startsWithLetter(text: string, at: number): boolean {
  LETTER.lastIndex = at;
  return LETTER.test(text);
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Only lines opening (after up to three spaces) with one of these can start a heading, fence or HTML block. */
const MAY_MATTER: Record<string, boolean> = { '#': true, '`': true, '~': true, '<': true };

function firstCharAfterIndent(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && i < start + 3 && text.charCodeAt(i) === 32) i++;
  return text[i] ?? '';
}

const BLOCK_KINDS: Partial<Record<RootContent['type'], BlockKind>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  table: 'table',
  code: 'code',
  html: 'html',
  blockquote: 'blockquote',
};

/** Node types a lifted block's placeholder is read as. */
const PLACEHOLDERS = new Set<Nodes['type']>(['paragraph', 'heading', 'list']);

/**
 * `lifted`: blocks read without micromark (tables, plain blocks), each standing in the tree as
 * the placeholder that masked it; `at`: the part's offset of an offset in `source` (what
 * micromark read, the plain blocks made short).
 */
function extract(tree: Root, source: string, lifted?: Map<number, LiftedBlock>, at: (offset: number) => number = (offset) => offset): ParsedPart {
  const part: ParsedPart = { headings: [], blocks: [], tables: [], prose: [], comments: [] };
  const liftedAt = (node: Nodes) => (lifted && PLACEHOLDERS.has(node.type) ? lifted.get(at(node.position!.start.offset!)) : undefined);
  for (const node of tree.children) {
    const nodeStart = node.position?.start.offset;
    if (nodeStart === undefined || node.position?.end.offset === undefined) continue;
    const start = at(nodeStart);
    const end = at(endBeforeBlankLines(source, nodeStart, node.position.end.offset));
    const kind = BLOCK_KINDS[node.type] ?? 'other';
    const block = liftedAt(node);
    if (block) {
      part.blocks.push(block.block);
      if (block.heading) part.headings.push(block.heading);
    } else if (node.type === 'heading') {
      const text = toString(node).trim();
      part.headings.push({ depth: node.depth, text, start, end });
      part.blocks.push({ kind, start, end, text, depth: node.depth });
    } else if (node.type === 'yaml' || node.type === 'definition') {
      continue;
    } else {
      part.blocks.push({ kind, start, end, text: node.type === 'html' ? node.value : blockText(node) });
    }
  }
  walk(tree, (node) => {
    const block = liftedAt(node);
    if (block) {
      if (block.table) part.tables.push(block.table);
      part.prose.push(...block.prose);
      part.comments.push(...block.comments);
      return false;
    }
    const span = textSpan(node);
    if (span) {
      part.prose.push([at(span[0]), at(span[1])]);
    } else if (node.type === 'html') {
      collectComments(node, part.comments, at);
    } else if (node.type === 'table') {
      part.tables.push(readTable(node, source, at));
    }
    return true;
  });
  return part;
}

/**
 * A block's end before the blank lines it ends with. An HTML comment left open in a list item
 * runs to the end of its part, over the blank line before the heading that starts the next part;
 * in the whole text that heading ends it before the blank line.
 */
function endBeforeBlankLines(source: string, start: number, end: number): number {
  let blockEnd = end;
  for (let ending = lineEndingBefore(source, blockEnd, start); ending > 0; ending = lineEndingBefore(source, blockEnd, start)) {
    let i = blockEnd - ending;
    while (i > start && (source[i - 1] === ' ' || source[i - 1] === '\t')) i--;
    if (lineEndingBefore(source, i, start) === 0) break;
    blockEnd = i;
  }
  return blockEnd;
}

/** The length of the line ending (LF, CRLF or CR) that ends right before `i`, not before `start`; 0 if none. */
function lineEndingBefore(source: string, i: number, start: number): number {
  if (i <= start) return 0;
  if (source[i - 1] === '\n') return i - 1 > start && source[i - 2] === '\r' ? 2 : 1;
  return source[i - 1] === '\r' ? 1 : 0;
}

/** A text node's [start, end); GFM's autolink literals make some without a position. */
function textSpan(node: Nodes): [number, number] | undefined {
  if (node.type !== 'text') return undefined;
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? [start.offset, end.offset] : undefined;
}

/** Container nodes whose children are separate blocks (or cells), and what goes between them. */
const CHILD_SEPARATOR: Partial<Record<Nodes['type'], string>> = {
  list: '\n',
  listItem: '\n',
  blockquote: '\n',
  footnoteDefinition: '\n',
  table: '\n',
  tableRow: '\t',
};

/**
 * The plain text of a block, like mdast-util-to-string but with list items, paragraphs and table
 * cells kept apart (`- A1` `- A2` is "A1\nA2", not "A1A2", so each word stays a word), and
 * without recursion.
 */
function blockText(node: Nodes): string {
  let text = '';
  const stack: (Nodes | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') text += item;
    else if ('value' in item) text += item.value;
    else if (item.type === 'image' || item.type === 'imageReference') text += item.alt ?? '';
    else if ('children' in item) {
      const separator = CHILD_SEPARATOR[item.type];
      for (let i = item.children.length - 1; i >= 0; i--) {
        stack.push(item.children[i]);
        if (separator && i > 0) stack.push(separator);
      }
    }
  }
  return text;
}

/**
 * Depth-first without recursion (a 10 000-level nested list must not overflow the stack);
 * `visit` returns false to skip a node's children.
 */
function walk(tree: Nodes, visit: (node: Nodes) => boolean | void): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

function collectComments(node: Html, into: PartComment[], at: (offset: number) => number = (offset) => offset): void {
  const base = node.position?.start.offset;
  if (base === undefined) return;
  // By position, not by a lazy pattern: an HTML block of 25,000 unclosed `<!--` had each of them
  // searched to the end for its `-->`.
  const html = node.value;
  for (let open = html.indexOf('<!--'); open >= 0; ) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    into.push({ start: at(base + open), end: at(base + close + 3), text: html.slice(open + 4, close).trim() });
    open = html.indexOf('<!--', close + 3);
  }
}

function readTable(node: MdTable, source: string, at: (offset: number) => number): PartTable {
  return {
    start: at(node.position!.start.offset!),
    end: at(node.position!.end.offset!),
    rows: node.children.map((row) => ({
      start: at(row.position!.start.offset!),
      end: at(row.position!.end.offset!),
      cells: row.children.map((cell) => {
        const span = contentSpan(source, { start: cell.position!.start.offset!, end: cell.position!.end.offset! });
        return { start: at(span.start), end: at(span.end), text: toString(cell).trim() };
      }),
    })),
  };
}
