/**
 * Takes the sting out of Markdown that makes micromark slow or overflow its stack, without
 * changing the length of the text, so every offset stays true. What it changes is read as plain
 * text: a delimiter, bracket or opener beyond a limit becomes a middle dot (·), a punctuation
 * character like the ones it stands for, so the text around it keeps its meaning.
 *
 * - Nesting: thousands of quote or list markers on one line, or list markers indented that deep.
 * - Runs: a delimiter run thousands long (`****…`).
 * - Inline syntax: micromark resolves emphasis, links and its text events with a search back or
 *   an array splice per construct, quadratic in the constructs of one paragraph (`*_` × 50,000
 *   took two minutes), and each literal autolink costs a node. A paragraph keeps its first
 *   INLINE_BUDGET syntax characters (autolink triggers included).
 * - Openers that search ahead: an HTML comment, instruction, CDATA section or declaration
 *   (`<!--` × 25,000), a link resource (`[a](b (` × 15,000) and a backtick run are each searched
 *   from to the end of the paragraph when no closer follows. Of the openers that share one closer (or have none), the first
 *   OPENER_BUDGET stay; the others could only ever be text.
 *
 * No plan a person writes is changed: the limits are far above what prose holds.
 */
import { BlockTracker } from './blockTracker';
import { isTableHead } from './pipeTables';

/** Deeper than this, container markers on a line are read as plain indentation. */
const MAX_NESTING = 32;
/** Longer runs of one delimiter character are cut to this length. */
const MAX_RUN = 64;
/** Inline syntax characters one paragraph (or table row) keeps; the rest are read as text. */
export const INLINE_BUDGET = 256;
/** Openers (of one kind) that share a closer, or have none, kept in one paragraph. */
export const OPENER_BUDGET = 4;

const DEEP_LINE = new RegExp(`^[ \\t]*(?:(?:>[ \\t]*|[-+*][ \\t]+|\\d{1,9}[.)][ \\t]+)){${MAX_NESTING + 1},}`, 'gm');
const CONTAINER_MARKER = /^(?:>[ \t]*|[-+*][ \t]+|\d{1,9}[.)][ \t]+)/;
/** A list or quote marker this far indented would nest deeper than MAX_NESTING: read it as text. */
const DEEP_INDENT = new RegExp(`^([ \\t]{${2 * MAX_NESTING},})([-+*>]|\\d{1,9}[.)])(?=[ \\t]|$)`, 'gm');
const LONG_RUN = new RegExp(`([*_~\`\\[\\]<])\\1{${MAX_RUN},}`, 'g');

/** What a character that is no longer syntax becomes. */
const INERT = '\u00b7';

export function defuse(source: string): string {
  let text = source;
  if (DEEP_LINE.test(text)) {
    DEEP_LINE.lastIndex = 0;
    text = text.replace(DEEP_LINE, (prefix) => {
      let kept = /^[ \t]*/.exec(prefix)![0].length;
      for (let depth = 0; depth < MAX_NESTING; depth++) kept += CONTAINER_MARKER.exec(prefix.slice(kept))![0].length;
      return prefix.slice(0, kept) + ' '.repeat(prefix.length - kept);
    });
  }
  DEEP_LINE.lastIndex = 0;
  if (DEEP_INDENT.test(text)) {
    DEEP_INDENT.lastIndex = 0;
    text = text.replace(DEEP_INDENT, (_, indent: string, marker: string) => indent + ' '.repeat(marker.length));
  }
  DEEP_INDENT.lastIndex = 0;
  if (LONG_RUN.test(text)) {
    LONG_RUN.lastIndex = 0;
    text = text.replace(LONG_RUN, (run) => run.slice(0, MAX_RUN) + INERT.repeat(run.length - MAX_RUN));
  }
  LONG_RUN.lastIndex = 0;
  return limitInlineSyntax(text);
}

// ---- inline syntax ----

/**
 * Characters that can start an inline construct (or end one), CommonMark's and GFM's, by code:
 * 1 for the character itself, 2 for `:` of `://` and `w` of `www.` (GFM's literal autolinks,
 * with `@`), which count as syntax only there.
 */
const SYNTAX = new Uint8Array(128);
for (const c of '*_~[]!<&\\`@') SYNTAX[c.charCodeAt(0)] = 1;
for (const c of ':wW') SYNTAX[c.charCodeAt(0)] = 2;

/** Where the syntax at `i` is given up (-1: no syntax there): the `.` of `www.`, else the character itself. */
function syntaxAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const kind = c < 128 ? SYNTAX[c] : 0;
  if (kind === 1) return i;
  if (kind === 0) return -1;
  if (c === 58) return text.startsWith('//', i + 1) ? i : -1;
  return text.slice(i, i + 4).toLowerCase() === 'www.' ? i + 3 : -1;
}
const LT = 60;
const BACKTICK = 96;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;

/** Openers that search ahead for their closer; the first character is what is given up. */
const SEARCHING_OPENERS: { opener: RegExp; closer: RegExp; gap: number }[] = [
  { opener: /<!--/g, closer: /-->/g, gap: 2 },
  { opener: /<\?/g, closer: /\?>/g, gap: 1 },
  { opener: /<!\[CDATA\[/g, closer: /\]\]>/g, gap: 9 },
  { opener: /<![A-Za-z]/g, closer: />/g, gap: 2 },
  // A link's resource: its destination and title (a title in parentheses may hold parentheses
  // and run over lines) are read up to a closing parenthesis.
  { opener: /\]\(/g, closer: /\)/g, gap: 2 },
];

/**
 * The text with each paragraph-sized unit (see `inlineUnits`) kept to INLINE_BUDGET syntax
 * characters and OPENER_BUDGET openers per closer; unchanged (the same string) when nothing is
 * over a limit, which a count over the whole text tells for almost every part.
 */
export function limitInlineSyntax(text: string): string {
  let syntax = 0;
  let openers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && SYNTAX[c] && syntaxAt(text, i) >= 0) {
      syntax++;
      // Every opener that searches ahead starts with `<` or `](`, or is a backtick run.
      if (c === LT || (c === BACKTICK && text.charCodeAt(i - 1) !== BACKTICK) || (c === CLOSE_BRACKET && text.charCodeAt(i + 1) === OPEN_PAREN)) openers++;
    }
  }
  if (syntax <= INLINE_BUDGET && openers <= OPENER_BUDGET) return text;

  const inert = new Uint8Array(text.length);
  let changed = false;
  for (const [start, end] of inlineUnits(text)) changed = limitUnit(text, start, end, inert) || changed;
  if (!changed) return text;
  let result = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!inert[i]) continue;
    result += text.slice(from, i) + INERT;
    from = i + 1;
  }
  return result + text.slice(from);
}

/** Marks in `inert` what the unit [start, end) gives up; true when it gives up anything. */
function limitUnit(text: string, start: number, end: number, inert: Uint8Array): boolean {
  const unit = text.slice(start, end);
  let changed = false;
  const giveUp = (at: number, length = 1) => {
    inert.fill(1, start + at, start + at + length);
    changed = true;
  };

  // Openers grouped by the closer each would stop at, those without one forming a group too.
  for (const { opener, closer, gap } of SEARCHING_OPENERS) {
    const openers = [...unit.matchAll(opener)].map((m) => m.index);
    if (openers.length <= OPENER_BUDGET) continue;
    const closers = [...unit.matchAll(closer)].map((m) => m.index);
    let c = 0;
    let group = -1;
    let inGroup = 0;
    for (const at of openers) {
      while (c < closers.length && closers[c] < at + gap) c++;
      if (c !== group) {
        group = c;
        inGroup = 0;
      }
      if (++inGroup > OPENER_BUDGET) giveUp(at);
    }
  }

  // A backtick run opens a code span only when a run of its length follows (escaped, its first
  // backtick is text and it opens one shorter); one that cannot is searched from all the same.
  const runs: { at: number; length: number }[] = [];
  for (let i = unit.indexOf('`'); i >= 0; i = unit.indexOf('`', i)) {
    let j = i;
    while (unit.charCodeAt(j) === BACKTICK) j++;
    runs.push({ at: i, length: j - i });
    i = j;
  }
  if (runs.length > OPENER_BUDGET) {
    const unclosable: boolean[] = [];
    const lengthsAfter = new Set<number>();
    for (let r = runs.length - 1; r >= 0; r--) {
      const { at, length } = runs[r];
      unclosable[r] = !lengthsAfter.has(length) && !(unit[at - 1] === '\\' && lengthsAfter.has(length - 1));
      lengthsAfter.add(length);
    }
    let kept = 0;
    runs.forEach(({ at, length }, r) => {
      if (unclosable[r] && ++kept > OPENER_BUDGET) giveUp(at, length);
    });
  }

  // Then the budget, in reading order, over what is still syntax.
  let used = 0;
  for (let i = 0; i < unit.length; i++) {
    const c = unit.charCodeAt(i);
    if (c >= 128 || !SYNTAX[c] || inert[start + i]) continue;
    const at = syntaxAt(unit, i);
    if (at >= 0 && ++used > INLINE_BUDGET) giveUp(at);
  }
  return changed;
}

/** A bullet list item, or the first item of an ordered list, with content: it starts a block of its own. */
const ITEM = /^ {0,3}(?:[-+*]|1[.)])[ \t]+\S/;
const QUOTE = /^ {0,3}>/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;

/**
 * [start, end) of the stretches of text that each hold whole paragraphs, headings or table rows
 * (what micromark reads inline syntax in), found from the lines alone: a unit ends at a blank
 * line, a heading (a unit of its own) and a fenced code or HTML block (in none), and a new one
 * starts where a list item or a block quote must start a new block; each row of a pipe table is
 * a unit, its cells being read one by one. Where a line could go either way the units stay
 * together: a unit may hold more than one paragraph, never part of one.
 *
 * Cut only at lines like these, the units of a part are those of the whole body (parts start at
 * headings), so the part-wise parse still equals the whole.
 */
export function inlineUnits(text: string): [number, number][] {
  const units: [number, number][] = [];
  const tracker = new BlockTracker();
  let unitStart = -1;
  let unitEnd = -1;
  /** The next line starts a run of lines (after a blank line, heading or block, or the start). */
  let runStart = true;
  let inTable = false;
  let previousQuote = false;
  const close = () => {
    if (unitStart >= 0) units.push([unitStart, unitEnd]);
    unitStart = -1;
  };
  for (let start = 0; start < text.length || start === 0; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const line = text.slice(start, end);
    const kind = tracker.classify(line);
    if (kind === 'literal' || BLANK.test(line) || ATX_HEADING.test(line)) {
      close();
      if (kind !== 'literal' && !BLANK.test(line)) units.push([start, end]);
      runStart = true;
      inTable = false;
      previousQuote = false;
    } else {
      const quote = QUOTE.test(line);
      if (runStart && line[0] === '|' && next < text.length) {
        let afterEnd = next;
        while (afterEnd < text.length && text.charCodeAt(afterEnd) !== 10 && text.charCodeAt(afterEnd) !== 13) afterEnd++;
        inTable = isTableHead(text, { start, end }, { start: next, end: afterEnd });
      }
      if (inTable && line[0] === '|') {
        close();
        units.push([start, end]);
      } else {
        inTable = false;
        if (ITEM.test(line) || (quote && !previousQuote)) close();
        if (unitStart < 0) unitStart = start;
        unitEnd = end;
      }
      runStart = false;
      previousQuote = quote;
    }
    if (end >= text.length) break;
    start = next;
  }
  close();
  return units;
}
