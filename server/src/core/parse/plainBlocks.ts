/**
 * Plain blocks, read without micromark. Most of a plan's body is prose without inline syntax;
 * micromark's tokenizers and the tree built from them were most of a cold run on a large plan.
 * Three kinds are lifted out, each at the top level (BlockTracker: outside fences and HTML
 * blocks), with no character that can start inline syntax (GFM's included) but simple emphasis
 * (starsPaired), no tab and no trailing white space:
 * - an ATX heading (`## Title`, one space, no `#` in its text): it interrupts anything and is
 *   one line, so it reads the same wherever it stands (no emphasis in it);
 * - a paragraph after a blank line (or a heading, or the start of the part), every line at the
 *   margin opening with a character that cannot open or interrupt a block, ending at a blank
 *   line or the end of the part;
 * - a tight `-` list the same way, each item one paragraph (continued with two spaces), followed
 *   by a line at the margin that continues no list (or nothing).
 * Micromark reads the rest, each lifted block replaced by a short block of its kind (`#`, `x`,
 * `- x`) that stands in the tree where the block was, so the structure around it is unchanged;
 * offsets are mapped back. A link definition anywhere in the part could change what the rest
 * reads as: such a part is read whole. Tests compare the result with one GFM parse of the whole
 * over the examples, the corpus and the fuzzers' plans.
 */
import { BlockTracker } from './blockTracker';
import type { ParsedPart, PartBlock, PartComment, PartHeading, PartTable } from './parts';

/** A block read without micromark, offsets in the part. */
export interface LiftedBlock {
  block: PartBlock;
  heading?: PartHeading;
  table?: PartTable;
  prose: [number, number][];
  comments: PartComment[];
}

/** Characters that can start inline syntax (GFM's too) or that micromark reads otherwise than as they stand. */
const INLINE = /[\\`*_[\]!<>&~|@\0\r\t]|www\.|:\/\//i;
const BLANK = /^[ \t]*$/;
const TRAILING_SPACE = /[ \t]$/;
const HEADING = /^(#{1,6}) ([^#]+)$/;
/** After a list, a line opening so would continue it (or start another right after it). */
const CONTINUES_LIST = /^(?:[ \t\-+]|\*(?:[ \t]|$))/;

/** INLINE but for `*`, which paragraphs and list items may hold as simple emphasis. */
const INLINE_BUT_STARS = /[\\`_[\]!<>&~|@\0\r\t]|www\.|:\/\//i;
/** A line opening like this may open or interrupt a block (or be indented); `*` before a word cannot. */
const BLOCK_START_BUT_STARS = /^(?:[ #>`~<+\-=_|:[!\\&@]|\*+(?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const WORD = /[\p{L}\p{N}]/u;
const CLOSER_THEN = /[.,;:)?'"’”]/;

/**
 * Every `*` of the line is in a simple pair, `*x*` or `**x**`, that micromark can read in one way
 * only: the opening run after a space (or at the start) and before a letter or digit (it can
 * open, not close), the closing run of the same length after no space and before a space, the
 * end, or (after a letter or digit) a punctuation mark (it can close, not open); no `*` between.
 */
function starsPaired(line: string): boolean {
  let open = 0;
  for (let i = line.indexOf('*'); i >= 0; i = line.indexOf('*', i)) {
    let j = i;
    while (line[j] === '*') j++;
    const before = line[i - 1];
    const after = line[j];
    if (j - i > 2) return false;
    if (open === 0) {
      if ((before !== undefined && before !== ' ') || after === undefined || !WORD.test(after)) return false;
      open = j - i;
    } else {
      if (j - i !== open || before === ' ') return false;
      if (!(after === undefined || after === ' ' || (WORD.test(before) && CLOSER_THEN.test(after)))) return false;
      open = 0;
    }
    i = j;
  }
  return open === 0;
}

const isPlainLine = (line: string) =>
  !BLANK.test(line) && !BLOCK_START_BUT_STARS.test(line) && !INLINE_BUT_STARS.test(line) && !TRAILING_SPACE.test(line) && starsPaired(line);

/** The text nodes of [start, end): the text between the emphasis runs (every `*` is one). */
function textSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  for (let i = text.indexOf('*', start); i >= 0 && i < end; i = text.indexOf('*', i)) {
    // A run opening a continuation line: the text before it ends with the line ending, not the indentation.
    let before = i;
    while (text[before - 1] === ' ') before--;
    if (text[before - 1] !== '\n') before = i;
    if (before > from) spans.push([from, before]);
    while (text[i] === '*') i++;
    from = i;
  }
  if (end > from) spans.push([from, end]);
  return spans;
}

interface Found {
  start: number;
  end: number;
  placeholder: string;
  lifted: LiftedBlock;
}

interface OpenBlock {
  kind: 'paragraph' | 'list';
  start: number;
  /** For a list: each item's [content start, end] and text. */
  items: { start: number; end: number; text: string }[];
}

const STARS = /\*/g;

function paragraphBlock(text: string, start: number, end: number): Found {
  const block: PartBlock = { kind: 'paragraph', start, end, text: text.slice(start, end).replace(STARS, '') };
  return { start, end, placeholder: 'x', lifted: { block, prose: textSpans(text, start, end), comments: [] } };
}

function listBlock(text: string, open: OpenBlock): Found {
  const end = open.items[open.items.length - 1].end;
  const block: PartBlock = { kind: 'list', start: open.start, end, text: open.items.map((item) => item.text.replace(STARS, '')).join('\n') };
  return { start: open.start, end, placeholder: '- x', lifted: { block, prose: open.items.flatMap((item) => textSpans(text, item.start, item.end)), comments: [] } };
}

/** The plain blocks of a part, in order. */
export function plainBlocks(text: string): Found[] {
  const found: Found[] = [];
  if (text.includes(']:') || text.includes('\r')) return found;
  const tracker = new BlockTracker();
  let afterBlank = true;
  let open: OpenBlock | undefined;
  /** A list that ended at a blank line, lifted if the next line does not continue it. */
  let pending: Found | undefined;
  let previousEnd = 0;
  /**
   * The last line that was not blank ended a plain paragraph or a heading (or there was none):
   * only then can a list start after a blank line. After any other block it might go on with a
   * list that line belongs to (lazily, say).
   */
  let listMayStart = true;
  for (let start = 0; start < text.length && !tracker.gaveUp; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const top = tracker.feed(line);
    const blank = top && BLANK.test(line);
    if (pending && !BLANK.test(line)) {
      if (!CONTINUES_LIST.test(line)) found.push(pending);
      pending = undefined;
    }
    let fresh = blank;
    if (open?.kind === 'paragraph') {
      if (blank) {
        found.push(paragraphBlock(text, open.start, previousEnd));
        listMayStart = true;
      }
      if (blank || !top || !isPlainLine(line)) open = undefined;
    } else if (open?.kind === 'list') {
      const item = top && line.length > 2 ? line.slice(0, 2) : '';
      const current = open.items[open.items.length - 1];
      if (blank) {
        pending = listBlock(text, open);
        open = undefined;
      } else if (item === '- ' && isPlainLine(line.slice(2))) {
        open.items.push({ start: start + 2, end, text: line.slice(2) });
      } else if (item === '  ' && isPlainLine(line.slice(2))) {
        current.end = end;
        current.text += `\n${line.slice(2)}`;
      } else {
        open = undefined;
      }
    } else if (top && !blank) {
      const heading = HEADING.exec(line);
      if (heading && !INLINE.test(heading[2]) && !TRAILING_SPACE.test(heading[2]) && heading[2][0] !== ' ') {
        const depth = heading[1].length;
        const content = start + depth + 1;
        const lifted: LiftedBlock = {
          block: { kind: 'heading', start, end, text: heading[2], depth },
          heading: { depth, text: heading[2], start, end },
          prose: [[content, end]],
          comments: [],
        };
        found.push({ start, end, placeholder: '#', lifted });
        fresh = true;
        listMayStart = true;
      } else if (afterBlank && isPlainLine(line)) {
        open = { kind: 'paragraph', start, items: [] };
      } else if (afterBlank && listMayStart && line.startsWith('- ') && isPlainLine(line.slice(2))) {
        open = { kind: 'list', start, items: [{ start: start + 2, end, text: line.slice(2) }] };
      }
    }
    // A line that is not blank and ends no plain paragraph or heading.
    if (!BLANK.test(line) && !(found.length > 0 && found[found.length - 1].end === end && !pending)) listMayStart = false;
    afterBlank = fresh;
    previousEnd = end;
    start = end + 1;
  }
  if (!tracker.gaveUp) {
    if (pending) found.push(pending);
    if (open?.kind === 'paragraph') found.push(paragraphBlock(text, open.start, previousEnd));
    if (open?.kind === 'list') found.push(listBlock(text, open));
  }
  return found;
}

/** The part with each plain block replaced by its placeholder, and the way back to the part's offsets. */
interface Compacted {
  text: string;
  /** The part's offset of an offset in `text`. */
  at(offset: number): number;
  /** The lifted blocks by their start in the part (where the placeholder's node maps to). */
  lifted: Map<number, LiftedBlock>;
  /** Nothing but the plain blocks and blank lines: the part is read without micromark. */
  onlyLifted: boolean;
}

/** `blocks` in order; one overlapping the one before is left in the text. */
export function compact(text: string, blocks: Found[]): Compacted {
  let compacted = '';
  let at = 0;
  let onlyLifted = true;
  /** Per placeholder: where it ends in the compacted text, and how far the part is ahead after it. */
  const ends: number[] = [];
  const shifts: number[] = [];
  const lifted = new Map<number, LiftedBlock>();
  for (const block of blocks) {
    if (block.start < at) continue;
    const between = text.slice(at, block.start);
    if (onlyLifted && !/^[ \t\n]*$/.test(between)) onlyLifted = false;
    compacted += between + block.placeholder;
    ends.push(compacted.length);
    shifts.push(block.end - compacted.length);
    lifted.set(block.start, block.lifted);
    at = block.end;
  }
  const rest = text.slice(at);
  if (onlyLifted && !/^[ \t\n]*$/.test(rest)) onlyLifted = false;
  compacted += rest;
  return {
    text: compacted,
    at(offset) {
      // The last placeholder ending at or before the offset.
      let low = 0;
      let high = ends.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (ends[mid] <= offset) low = mid + 1;
        else high = mid;
      }
      return low === 0 ? offset : offset + shifts[low - 1];
    },
    lifted,
    onlyLifted,
  };
}

/** The lifted blocks alone, as one parse reads them. */
export function liftedOnly(lifted: Map<number, LiftedBlock>): ParsedPart {
  const part: ParsedPart = { headings: [], blocks: [], tables: [], prose: [], comments: [] };
  for (const block of lifted.values()) {
    part.blocks.push(block.block);
    if (block.heading) part.headings.push(block.heading);
    if (block.table) part.tables.push(block.table);
    part.prose.push(...block.prose);
    part.comments.push(...block.comments);
  }
  return part;
}
