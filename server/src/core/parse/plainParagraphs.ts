/**
 * Paragraphs of plain text, found without micromark. Most of a plan's body is prose without any
 * inline syntax; micromark's tokenizers and the tree built from them were the larger part of a
 * cold run on a large plan. A paragraph is plain when it starts after a blank line (or at the
 * start of the part) at the top level, every line opening at the margin with a character that
 * cannot open or interrupt a block, holding no character that can start inline syntax (GFM's
 * included) and no trailing white space, and it ends at a blank line (or the end of the part).
 * Such a paragraph reads as one text node of its own text, and what stands before and after it
 * parses as it would around it (a line at the margin after a blank line closes every list, quote
 * and note; fences and HTML blocks are followed by BlockTracker, as where parts are cut), so the
 * text between such paragraphs is parsed apart. A link definition anywhere in the part could
 * change what text between them reads as: such a part is read whole. Tests compare the result
 * with one GFM parse of the whole, over the examples, the corpus and the fuzzers' plans.
 */
import { BlockTracker } from './blockTracker';
import type { ParsedPart } from './parts';

/** Characters that can start inline syntax (GFM's too) or that micromark reads otherwise than as they stand. */
const INLINE = /[\\`*_[\]!<>&~|@\0\r\t]|www\.|:\/\//i;
/** A line opening like this may open or interrupt a block (or be indented). */
const BLOCK_START = /^(?:[ #>`~<*+\-=_|:[!\\&@]|\d{1,9}[.)](?:[ \t]|$))/;
const BLANK = /^[ \t]*$/;
const TRAILING_SPACE = /[ \t]$/;

const isPlainLine = (line: string) => !BLANK.test(line) && !BLOCK_START.test(line) && !INLINE.test(line) && !TRAILING_SPACE.test(line);

/** [start, end) of the plain paragraphs of a part (end before the last line's line ending). */
export function plainParagraphs(text: string): [number, number][] {
  const found: [number, number][] = [];
  if (text.includes(']:') || text.includes('\r')) return found;
  const tracker = new BlockTracker();
  let afterBlank = true;
  /** Where the plain paragraph being read starts, if one is. */
  let open = -1;
  let previousEnd = 0;
  for (let start = 0; start < text.length && !tracker.gaveUp; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const top = tracker.feed(line);
    const blank = top && BLANK.test(line);
    if (open >= 0 && (blank || !top || !isPlainLine(line))) {
      if (blank) found.push([open, previousEnd]);
      open = -1;
    } else if (open < 0 && afterBlank && top && isPlainLine(line)) {
      open = start;
    }
    afterBlank = blank;
    previousEnd = end;
    start = end + 1;
  }
  if (open >= 0 && !tracker.gaveUp) found.push([open, previousEnd]);
  return found;
}

/** A plain paragraph as micromark reads it: one block, one text node. */
export function plainParagraph(text: string, start: number, end: number): ParsedPart {
  return { headings: [], blocks: [{ kind: 'paragraph', start, end, text: text.slice(start, end) }], tables: [], prose: [[start, end]], comments: [] };
}

/** Appends `part`, read from `offset` on, to `into`. */
export function appendShifted(into: ParsedPart, part: ParsedPart, offset: number): void {
  for (const h of part.headings) into.headings.push({ ...h, start: h.start + offset, end: h.end + offset });
  for (const b of part.blocks) into.blocks.push({ ...b, start: b.start + offset, end: b.end + offset });
  for (const t of part.tables) {
    into.tables.push({
      start: t.start + offset,
      end: t.end + offset,
      rows: t.rows.map((r) => ({ start: r.start + offset, end: r.end + offset, cells: r.cells.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset })) })),
    });
  }
  for (const [s, e] of part.prose) into.prose.push([s + offset, e + offset]);
  for (const c of part.comments) into.comments.push({ ...c, start: c.start + offset, end: c.end + offset });
}
