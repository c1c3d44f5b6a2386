/**
 * Plain pipe tables read without micromark. The GFM table extension costs about half a
 * millisecond a row, so a part holding the 60-row portfolio table took 20–40 ms to parse on every
 * keystroke in it. Tables in plans are almost always the plain kind: at the start of a line,
 * after a blank line or a heading, every row opening with a pipe, followed by a blank line. Such
 * a table is read here and masked out of the text micromark sees; anything less plain is left to
 * micromark, so the result is always what a GFM parse of the whole gives (a property test and a
 * differential test compare them).
 */
import { LineIndex } from '../lines';
import { BlockTracker } from './blockTracker';
import type { PartBlock, PartCell, PartComment, PartTable } from './parts';

interface LiftedTable {
  table: PartTable;
  /** The table as a top-level block. */
  block: PartBlock;
  /** [start, end) of the text nodes in its cells. */
  prose: [number, number][];
  comments: PartComment[];
}

interface Lifted {
  /** The source with each lifted table's lines overwritten by a one-paragraph placeholder of the same length. */
  masked: string;
  /** By start offset, which is also where the placeholder paragraph starts. */
  tables: Map<number, LiftedTable>;
}

/** A row's cells as GFM splits them: the text between unescaped pipes, with mdast's cell spans. */
interface SplitCell {
  /** mdast's span: from the pipe before the cell to the next pipe (the last cell: to the row's end). */
  start: number;
  end: number;
  /** The content, without padding. */
  contentStart: number;
  contentEnd: number;
}

/** Any character that can start an inline construct (GFM's included): such rows go to micromark. */
const INLINE_SYNTAX = /[\\`*_[\]!<>&~@:\0]|www\./i;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;
const BLANK = /^[ \t]*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const LINK_DEFINITION = /\]:/;

/**
 * Finds the plain tables of a part; undefined when there are none. `readRow` reads a row that
 * holds inline syntax (through micromark); it returns undefined when it disagrees with the split
 * made here, and the table is then left to micromark.
 */
export function liftTables(source: string, readRow: (row: string, cells: number) => RowContent | undefined): Lifted | undefined {
  // A link or footnote definition anywhere in the part changes what `[x]` in a cell reads as.
  if (!source.includes('|') || LINK_DEFINITION.test(source)) return undefined;
  const lines = new LineIndex(source);
  const tables = new Map<number, LiftedTable>();
  /** [first, last] line of each table, header to last row. */
  const spans: [number, number][] = [];
  const tracker = new BlockTracker();
  // A table here interrupts nothing: it follows a blank line or a heading, or starts the part.
  let mayStartTable = true;
  for (let i = 0; i < lines.lineCount && !tracker.gaveUp; i++) {
    const text = lines.lineText(i);
    const topLevel = tracker.feed(text);
    if (topLevel && mayStartTable && text[0] === '|') {
      const lifted = liftTableAt(source, lines, i, readRow);
      if (lifted) {
        tables.set(lifted.table.block.start, lifted.table);
        spans.push([i, lifted.lastLine]);
        // Its rows cannot open a block: the tracker need not see them.
        i = lifted.lastLine;
        mayStartTable = false;
        continue;
      }
    }
    mayStartTable = topLevel && (BLANK.test(text) || ATX_HEADING.test(text));
  }
  if (tables.size === 0) return undefined;

  let masked = '';
  let at = 0;
  for (const [first, last] of spans) {
    for (let line = first; line <= last; line++) {
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      masked += source.slice(at, start) + 'x' + ' '.repeat(end - start - 1);
      at = end;
    }
  }
  return { masked: masked + source.slice(at), tables };
}

export interface RowContent {
  cells: { text: string; inline: string }[];
  prose: [number, number][];
  comments: PartComment[];
}

/** The header row, the delimiter row and the body rows, when they form a plain table. */
function liftTableAt(
  source: string,
  lines: LineIndex,
  headerLine: number,
  readRow: (row: string, cells: number) => RowContent | undefined,
): { table: LiftedTable; lastLine: number } | undefined {
  const lineOf = (line: number) => ({ start: lines.lineStart(line), end: lines.lineEnd(line) });
  const header = lineOf(headerLine);
  if (headerLine + 1 >= lines.lineCount || !isTableHead(source, header, lineOf(headerLine + 1))) return undefined;

  let last = headerLine + 1;
  while (last + 1 < lines.lineCount && source[lines.lineStart(last + 1)] === '|') last++;
  // The table must end at a blank line or the end of the part; a following line that is not
  // blank could be read as one more row or end the table otherwise: micromark decides that.
  if (last + 1 < lines.lineCount && !BLANK.test(lines.lineText(last + 1))) return undefined;

  const rows = [header];
  for (let line = headerLine + 2; line <= last; line++) rows.push(lineOf(line));
  // Without body rows the table ends with its delimiter row.
  const table: PartTable = { start: header.start, end: lines.lineEnd(last), rows: [] };
  const prose: [number, number][] = [];
  const comments: PartComment[] = [];
  const rowTexts: string[] = [];
  for (const line of rows) {
    const split = splitRow(source, line.start, line.end);
    const rowText = source.slice(line.start, line.end);
    let content: RowContent | undefined;
    if (INLINE_SYNTAX.test(rowText)) {
      content = readRow(rowText, split.length);
      if (!content) return undefined;
      for (const [s, e] of content.prose) prose.push([line.start + s, line.start + e]);
      for (const c of content.comments) comments.push({ ...c, start: line.start + c.start, end: line.start + c.end });
    } else {
      content = {
        cells: split.map((cell) => {
          const inline = source.slice(cell.contentStart, cell.contentEnd);
          return { text: inline.trim(), inline };
        }),
        prose: [],
        comments: [],
      };
      for (const cell of split) if (cell.contentEnd > cell.contentStart) prose.push([cell.contentStart, cell.contentEnd]);
    }
    const cells: PartCell[] = split.map((cell, c) => ({ ...contentSpan(source, cell), text: content.cells[c].text }));
    table.rows.push({ start: line.start, end: line.end, cells });
    rowTexts.push(content.cells.map((cell) => cell.inline).join('\t'));
  }
  return {
    table: { table, block: { kind: 'table', start: table.start, end: table.end, text: rowTexts.join('\n') }, prose, comments },
    lastLine: last,
  };
}

/**
 * Whether a header row and the line after it, both opening with a pipe, start a table: the same
 * number of cells, and a delimiter row of dashes. (Where the table may begin is the caller's.)
 */
export function isTableHead(source: string, header: LineSpan, delimiter: LineSpan): boolean {
  if (source[header.start] !== '|' || source[delimiter.start] !== '|') return false;
  // A lone pipe is no header row (as a body row it is one empty cell).
  if (BLANK.test(source.slice(header.start + 1, header.end))) return false;
  const delimiterCells = splitRow(source, delimiter.start, delimiter.end);
  if (splitRow(source, header.start, header.end).length !== delimiterCells.length) return false;
  return delimiterCells.every((cell) => DELIMITER_CELL.test(source.slice(cell.contentStart, cell.contentEnd)));
}

/** A line's content, without its line ending. */
interface LineSpan {
  start: number;
  end: number;
}

/** Where findings about a cell go: its content, or the whole cell when it is empty. */
export function contentSpan(source: string, cell: { start: number; end: number }): { start: number; end: number } {
  let s = cell.start;
  let e = cell.end;
  if (source[s] === '|') s++;
  while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  if (e > s && source[e - 1] === '|' && source[e - 2] !== '\\') e--;
  while (s < e && (source[s] === ' ' || source[s] === '\t')) s++;
  while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  return s < e ? { start: s, end: e } : { start: cell.start, end: cell.end };
}

/**
 * Splits a row that starts with a pipe at its unescaped pipes, as micromark does: `\|` and `\\`
 * are escapes, a pipe inside a code span still separates cells, and text after the last pipe
 * is one more cell unless it is only white space.
 */
function splitRow(source: string, start: number, end: number): SplitCell[] {
  const cells: SplitCell[] = [];
  let cellStart = start;
  for (let i = start + 1; i <= end; i++) {
    const c = source.charCodeAt(i);
    if (i < end && c === 92 /* \ */) {
      const next = source.charCodeAt(i + 1);
      if (i + 1 < end && (next === 124 || next === 92)) i++;
      continue;
    }
    if (i === end || c === 124 /* | */) {
      const isLast = i === end;
      // Only white space after the closing pipe: no cell of its own (it joins the last one's span).
      if (isLast && BLANK.test(source.slice(cellStart + 1, end)) && cells.length > 0) break;
      let contentStart = cellStart + 1;
      let contentEnd = i;
      while (contentStart < contentEnd && isSpace(source.charCodeAt(contentStart))) contentStart++;
      while (contentEnd > contentStart && isSpace(source.charCodeAt(contentEnd - 1))) contentEnd--;
      cells.push({ start: cellStart, end: i, contentStart, contentEnd });
      cellStart = i;
    }
  }
  // The last cell's span runs to the end of the row, closing pipe included.
  if (cells.length > 0) cells[cells.length - 1].end = end;
  return cells;
}

const isSpace = (c: number) => c === 32 || c === 9;
