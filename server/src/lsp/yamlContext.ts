/**
 * Where in the front matter the cursor is, worked out from the lines and their indentation only,
 * so it also works while the YAML is half-typed and does not parse. Block style is understood
 * (`key:` then indented lines, `- ` list items); flow style (`{ … }`) is not.
 */
import type { Position } from 'vscode-languageserver';

/** One YAML line, as far as structure goes. */
interface YamlLine {
  /** Column of the `- ` of a list item on this line. */
  dash?: number;
  /** Column where the key (or the item's content) starts. */
  keyColumn: number;
  key?: string;
  /** The value after `key:`, trimmed, without a trailing comment. */
  value: string;
  /** Blank or only a comment. */
  empty: boolean;
}

/*
 * The keys are found by position, not by one pattern: `key` then `\s*:` overlapped in white
 * space, and a line of 60,000 spaces took seconds. A quoted key runs to its closing quote; a plain
 * one to the first colon that white space or the line's end follows.
 */
const PLAIN_KEY = /^(?:[^\s#'"\-?:,[\]{}][^#]*|-[^\s#]+)$/;

/** The key at the start of `text` and what follows its colon, or undefined when it holds none. */
export function splitKey(text: string): { key: string; value: string } | undefined {
  let keyEnd: number;
  let colon: number;
  if (text[0] === '"' || text[0] === "'") {
    keyEnd = text.indexOf(text[0], 1) + 1;
    if (keyEnd === 0) return undefined;
    colon = keyEnd + (text.slice(keyEnd).length - text.slice(keyEnd).trimStart().length);
    if (text[colon] !== ':') return undefined;
  } else {
    colon = text.search(/:(?=\s|$)/);
    if (colon < 0) return undefined;
    keyEnd = text.slice(0, colon).trimEnd().length;
    if (!PLAIN_KEY.test(text.slice(0, keyEnd))) return undefined;
  }
  if (colon + 1 < text.length && !/\s/.test(text[colon + 1])) return undefined;
  return { key: text.slice(0, keyEnd), value: text.slice(colon + 1).trimStart() };
}

/** The text before a comment (`#` after white space), not trimmed. */
export const beforeComment = (text: string): string => {
  const comment = /\s#/.exec(text);
  return comment ? text.slice(0, comment.index) : text;
};

function readLine(text: string): YamlLine {
  const indent = /^[ \t]*/.exec(text)![0].length;
  let rest = text.slice(indent);
  let dash: number | undefined;
  let keyColumn = indent;
  const item = /^-(?:[ \t]+|$)/.exec(rest);
  if (item) {
    dash = indent;
    keyColumn = indent + item[0].length;
    rest = rest.slice(item[0].length);
  }
  const empty = dash === undefined && (rest.trim() === '' || rest.startsWith('#'));
  const match = splitKey(rest);
  if (!match) return { dash, keyColumn, value: beforeComment(rest).trim(), empty };
  const key = match.key.replace(/^(["'])(.*)\1$/, '$2');
  const value = match.value.startsWith('#') ? '' : beforeComment(match.value).trim();
  return { dash, keyColumn, key, value, empty };
}

/** A path segment: a key, or `'*'` for "an item of this list". */
type YamlSegment = string;

type YamlContext =
  | {
      kind: 'key';
      /** Path of the mapping the key goes into. */
      path: YamlSegment[];
      /** Column where the key starts (where completion text goes). */
      column: number;
      /** The part of a key typed so far. */
      typed: string;
      /** Keys this mapping already has (the one being typed left out). */
      siblings: Set<string>;
    }
  | {
      kind: 'value';
      /** Path of the mapping the key is in. */
      path: YamlSegment[];
      key: string;
      /** Column where the value starts, and where the written value ends. */
      valueStart: number;
      valueEnd: number;
    };

interface FrontMatterLines {
  /** Line of the opening `---`. */
  first: number;
  /** Line of the closing `---` (or the last line, when it is not closed yet). */
  last: number;
}

/** The front matter's line span from raw text: a `---` first line to the next `---`/`...` line. */
export function frontMatterLines(lines: readonly string[]): FrontMatterLines | undefined {
  if (!/^---[ \t]*$/.test(lines[0]?.replace(/^\uFEFF/, '') ?? '')) return undefined;
  for (let line = 1; line < lines.length; line++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[line])) return { first: 0, last: line };
  }
  return { first: 0, last: lines.length };
}

/**
 * The YAML context at a position inside the front matter (strictly between its delimiters), or
 * undefined when the cursor is somewhere completion makes no sense (inside a comment, a block
 * scalar, or flow style).
 */
export function yamlContextAt(lines: readonly string[], position: Position, span: FrontMatterLines): YamlContext | undefined {
  if (position.line <= span.first || position.line >= span.last) return undefined;
  const lineText = lines[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  if (/(^|\s)#/.test(before)) return undefined;

  const valueMatch = keyAndColon(lineText);
  if (valueMatch && position.character >= valueMatch[0].length && /:\s*/.test(before.slice(valueMatch[1].length))) {
    const afterColon = lineText.slice(valueMatch[0].length);
    if (afterColon.startsWith('{') || afterColon.startsWith('[') || afterColon.startsWith('|') || afterColon.startsWith('>')) return undefined;
    const column = valueMatch[1].length + (valueMatch[2]?.length ?? 0);
    const path = containerPath(lines, position.line, column, valueMatch[2] !== undefined, span);
    if (!path) return undefined;
    const key = valueMatch[3].replace(/^(["'])(.*)\1$/, '$2');
    const valueEnd = valueMatch[0].length + beforeComment(afterColon).trimEnd().length;
    return { kind: 'value', path, key, valueStart: valueMatch[0].length, valueEnd: Math.max(valueEnd, position.character) };
  }

  // A key being typed: only indentation, an optional `- `, and a partial key before the cursor.
  const keyMatch = /^([ \t]*)(-[ \t]+)?([^\s:#"'{}[\],]*)$/.exec(before);
  if (!keyMatch) return undefined;
  const column = keyMatch[1].length + (keyMatch[2]?.length ?? 0);
  const newItem = keyMatch[2] !== undefined;
  const path = containerPath(lines, position.line, column, newItem, span);
  if (!path) return undefined;
  return {
    kind: 'key',
    path,
    column,
    typed: keyMatch[3],
    siblings: siblingKeys(lines, position.line, column, newItem, span),
  };
}

/**
 * A line's indentation, its `- ` (if any), its key (quoted, or plain up to the first colon) and,
 * as [0], all of it up to the colon and the blanks after it; like the regular expression's match
 * it replaces, `^([ \t]*)(-[ \t]+)?("…"|'…'|[^\s#'":][^#:]*?)\s*:[ \t]*`.
 */
export function keyAndColon(line: string): [whole: string, indent: string, dash: string | undefined, key: string] | undefined {
  const indent = /^[ \t]*/.exec(line)![0];
  const dash = /^-[ \t]+/.exec(line.slice(indent.length))?.[0];
  for (const item of dash ? [dash, undefined] : [undefined]) {
    const start = indent.length + (item?.length ?? 0);
    const end = keyEnd(line, start);
    if (end === undefined) continue;
    let colon = end;
    while (colon < line.length && /\s/.test(line[colon])) colon++;
    if (line[colon] !== ':') continue;
    let after = colon + 1;
    while (line[after] === ' ' || line[after] === '\t') after++;
    return [line.slice(0, after), indent, item, line.slice(start, end)];
  }
  return undefined;
}

/** Where a key starting at `start` ends: after its closing quote, or before the blanks ahead of the first colon. */
function keyEnd(line: string, start: number): number | undefined {
  const first = line[start];
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, start + 1);
    return close < 0 ? undefined : close + 1;
  }
  if (first === undefined || /[\s#'":]/.test(first)) return undefined;
  let colon = start + 1;
  while (colon < line.length && line[colon] !== ':' && line[colon] !== '#') colon++;
  if (line[colon] !== ':') return undefined;
  return start + line.slice(start, colon).trimEnd().length;
}

/**
 * The path of the mapping whose keys start at `column` on line `lineNumber`: walks up to the
 * lines that open it (`key:` with nothing after it, or a `- ` list item).
 */
function containerPath(lines: readonly string[], lineNumber: number, column: number, startsItem: boolean, span: FrontMatterLines): YamlSegment[] | undefined {
  const path: YamlSegment[] = [];
  let col = column;
  let inItem = false;
  if (startsItem) {
    const dash = /^[ \t]*/.exec(lines[lineNumber])![0].length;
    path.unshift('*');
    col = dash;
    inItem = true;
  }
  for (let n = lineNumber - 1; n > span.first && (col > 0 || inItem); n--) {
    const line = readLine(lines[n]);
    if (line.empty) continue;
    if (line.dash !== undefined) {
      if (inItem) {
        // A sibling item of the list we are in, or deeper content of one.
        if (line.dash >= col) continue;
        path.unshift('*');
        col = line.dash;
        continue;
      }
      if (line.dash < col) {
        // Inside this item: as one of its keys, or under the key written on the dash line.
        if (line.key !== undefined && line.value === '' && line.keyColumn < col) path.unshift(line.key);
        path.unshift('*');
        col = line.dash;
        inItem = true;
      }
      continue;
    }
    if (inItem) {
      // The key that holds the list: at the dash's column or left of it.
      if (line.keyColumn <= col) {
        if (line.key === undefined || line.value !== '') return undefined;
        path.unshift(line.key);
        col = line.keyColumn;
        inItem = false;
      }
      continue;
    }
    if (line.keyColumn < col) {
      if (line.key === undefined) return undefined;
      if (line.value !== '') return undefined; // a scalar (or block scalar) value: nothing nests under it
      path.unshift(line.key);
      col = line.keyColumn;
    }
  }
  return inItem ? undefined : path;
}

/** The keys already written in the mapping at `column` around `lineNumber`. */
function siblingKeys(lines: readonly string[], lineNumber: number, column: number, newItem: boolean, span: FrontMatterLines): Set<string> {
  const keys = new Set<string>();
  // Upwards: to the line that opens this mapping (a list item's dash line is part of it).
  if (!newItem) {
    for (let n = lineNumber - 1; n > span.first; n--) {
      const line = readLine(lines[n]);
      if (line.empty) continue;
      if (line.dash !== undefined && line.dash < column) {
        if (line.keyColumn === column && line.key) keys.add(line.key);
        break;
      }
      if (line.dash === undefined && line.keyColumn < column) break;
      if (line.dash === undefined && line.keyColumn === column && line.key) keys.add(line.key);
    }
  }
  // Downwards: to the next item of the same list or the end of the mapping.
  for (let n = lineNumber + 1; n < span.last; n++) {
    const line = readLine(lines[n]);
    if (line.empty) continue;
    if (line.dash !== undefined && line.dash < column) break;
    if (line.dash === undefined && line.keyColumn < column) break;
    if (line.dash === undefined && line.keyColumn === column && line.key) keys.add(line.key);
  }
  return keys;
}

/** The key at a position (for hover when the YAML does not parse): its path and its range. */
export function yamlKeyAt(
  lines: readonly string[],
  position: Position,
  span: FrontMatterLines,
): { path: YamlSegment[]; start: number; end: number } | undefined {
  if (position.line <= span.first || position.line >= span.last) return undefined;
  const text = lines[position.line];
  const line = readLine(text);
  if (line.key === undefined) return undefined;
  const start = line.keyColumn;
  const end = start + text.slice(start).indexOf(':');
  if (position.character < start || position.character > end) return undefined;
  const path = containerPath(lines, position.line, line.keyColumn, line.dash !== undefined, span);
  return path ? { path: [...path, line.key], start, end } : undefined;
}
