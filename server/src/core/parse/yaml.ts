/**
 * The front matter's YAML, read into data, where every node is written (as offsets), comments
 * and string scalars. A large front matter (a hundred activities, a thousand lines) took the
 * yaml package 25–50 ms to read, on every keystroke in it; so a front matter of the usual shape
 * (a block mapping of simple keys, lists written one item after another) is read in pieces, one
 * per top-level entry and one per list item, each once per content, and joined. What the pieces
 * could read otherwise than the whole (a duplicate key, an alias to another piece) makes the
 * whole be read at once. While the YAML is broken (half typed) the errors and comments are
 * those of the pieces, which the whole may place otherwise in the broken part. A property test
 * compares both: the same data, locations, comments and scalars, and errors in one exactly when
 * errors in the other. Each piece (or the whole), when of the plain shape, is read by
 * plainYaml.ts without the yaml package, to the same result.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, YAMLParseError, type Document, type Node as YamlNode } from 'yaml';
import { detached } from '../lines';
import { TextLru } from '../lru';
import { readPlainYaml } from './plainYaml';
import { escapePointer, type OffsetLocation, type Span, type YamlRead } from './yamlRead';

/** Aliases may repeat a node this often; beyond that a "billion laughs" document is refused. */
const MAX_ALIAS_COUNT = 100;

/** Reads the YAML, in pieces where it can. */
export function readYaml(yaml: string): YamlRead {
  return readInPieces(yaml) ?? readOne(yaml);
}

/** Reads the YAML at once, without the yaml package when it has the plain shape. */
function readOne(yaml: string): YamlRead {
  return readPlainYaml(yaml) ?? readWhole(yaml);
}

/** Reads the YAML at once: the reference the pieces are compared with. */
export function readWhole(yaml: string): YamlRead {
  const failed = (message: string, at: number): YamlRead => ({ syntaxErrors: [{ message, span: [at, at] }], data: undefined, locations: new Map(), comments: [], scalars: [] });
  // The yaml package recurses; around a thousand levels it runs out of stack at a depth that
  // depends on the caller's. Refusing deeper nesting first keeps the outcome the same everywhere.
  const deep = tooDeepAt(yaml);
  if (deep !== undefined) return failed(TOO_DEEP, deep);
  try {
    return readUnguarded(yaml);
  } catch (error) {
    return failed(error instanceof RangeError ? TOO_DEEP : (error as Error).message, 0);
  }
}

const TOO_DEEP = 'the front matter is nested too deeply to read';
/** Deeper than this (indentation, compact "- " indicators and open brackets together) is refused. */
const MAX_DEPTH = 256;

/** Where the nesting first passes MAX_DEPTH, counted generously (brackets in quotes count too). */
function tooDeepAt(yaml: string): number | undefined {
  let flow = 0;
  for (let start = 0; start < yaml.length; ) {
    const newline = yaml.indexOf('\n', start);
    const end = newline < 0 ? yaml.length : newline;
    const block = /^ *(?:[-?:][ \t]+)*/.exec(yaml.slice(start, Math.min(end, start + 4 * MAX_DEPTH)))![0].length;
    if (block + flow > MAX_DEPTH) return start;
    for (let i = start; i < end; i++) {
      const c = yaml.charCodeAt(i);
      if (c === 91 || c === 123) {
        if (++flow > MAX_DEPTH) return start;
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    start = end + 1;
  }
  return undefined;
}

function readUnguarded(yaml: string): YamlRead {
  // One pass of the parser serves both: the concrete syntax tree holds the comments, the
  // document composed from it the data.
  const tokens = [...new Parser().parse(yaml)];
  const comments = readComments(tokens);
  const doc = composeDocument(tokens, yaml.length);
  const syntaxErrors = doc.errors.map((error) => ({
    message: error.message.split('\n')[0],
    span: [error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)] as Span,
  }));
  const locations = new Map<string, OffsetLocation>();
  const scalars: Span[] = [];
  if (syntaxErrors.length > 0) return { syntaxErrors, data: undefined, locations, comments, scalars };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { syntaxErrors: [{ message: (error as Error).message, span: [0, 0] }], data: undefined, locations, comments, scalars };
  }

  // YAML counts the line break, blank lines and trailing comments into a block node; a location
  // ends where the node's own text does (so inserting "after" a node lands on the next line).
  const endOf = (node: YamlNode): number => {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      const last: unknown = node.items[node.items.length - 1];
      const value = (isPair(last) ? last.value : last) as YamlNode | null;
      const key = (isPair(last) ? last.key : undefined) as YamlNode | null | undefined;
      if (value?.range && value.range[1] > value.range[0]) return endOf(value);
      if (key?.range) return endOf(key);
    }
    let end = node.range![1];
    while (end > node.range![0] && /\s/.test(yaml[end - 1])) end--;
    return end;
  };
  const visit = (node: YamlNode | null | undefined, pointer: string) => {
    if (!node || isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        const keyText = isScalar(key) ? String(key.value) : '';
        const child = `${pointer}/${escapePointer(keyText)}`;
        const keySpan: Span | undefined = key?.range ? [key.range[0], endOf(key)] : undefined;
        const value = pair.value as YamlNode | null;
        const valueSpan: Span | undefined = value?.range && value.range[1] > value.range[0] ? [value.range[0], endOf(value)] : keySpan;
        if (valueSpan) locations.set(child, { key: keySpan, value: valueSpan });
        visit(value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = item as YamlNode | null;
        if (child?.range) locations.set(`${pointer}/${index}`, { value: [child.range[0], endOf(child)] });
        visit(child, `${pointer}/${index}`);
      });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      scalars.push([node.range[0], node.range[1]]);
    }
  };
  const root = doc.contents as YamlNode | null;
  if (root?.range) locations.set('', { value: [root.range[0], endOf(root)] });
  visit(root, '');
  return { syntaxErrors, data, locations, comments, scalars };
}

type Tokens = ReturnType<Parser['parse']> extends Iterable<infer T> ? T[] : never;

/** What `parseDocument` does, from tokens already parsed: the first document, and an error for any further one. */
function composeDocument(tokens: Tokens, length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' }).compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

/** Comments from the YAML's concrete syntax tree, which alone knows where each one is. */
function readComments(tokens: Tokens): YamlRead['comments'] {
  const comments: YamlRead['comments'] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    if (!token || typeof token !== 'object') return;
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      comments.push({ span: [t.offset, t.offset + t.source.length], text: t.source.replace(/^#/, '').trim() });
      return;
    }
    for (const value of Object.values(token)) if (value && typeof value === 'object') walk(value);
  };
  walk(tokens);
  return comments;
}

// ---- in pieces ----

/** A top-level entry whose value starts on the next line. */
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;

interface Entry {
  start: number;
  end: number;
  /**
   * For a value written as a list on the lines below: where its second and later items start.
   * The head, up to the second item, holds the key and the first item, so that whether the key
   * line really opens a list (and not, say, a scalar going on below it) is read by the parser.
   */
  items?: number[];
}

const pieceCache = new TextLru<YamlRead>(1000);

function readPiece(slice: string): YamlRead {
  let read = pieceCache.get(slice);
  if (!read) {
    const text = detached(slice);
    read = readOne(text);
    pieceCache.set(text, read);
  }
  return read;
}

/** Undefined when the YAML is not of the shape pieces can be read from, or a piece cannot be read alone. */
function readInPieces(yaml: string): YamlRead | undefined {
  const entries = splitEntries(yaml);
  if (!entries || (entries.length < 2 && !entries[0]?.items)) return undefined;
  const pieces = entries.map((entry) => {
    const bounds = [entry.start, ...(entry.items ?? []), entry.end];
    return bounds.slice(0, -1).map((at, i) => ({ at, read: readPiece(yaml.slice(at, bounds[i + 1])) }));
  });

  const all = pieces.flat();
  if (all.some(({ read }) => read.syntaxErrors.length > 0)) {
    const syntaxErrors = all.flatMap(({ read, at }) => read.syntaxErrors.map((error) => ({ message: error.message, span: shift(error.span, at) })));
    // An alias may point into another piece, and nesting is refused for the whole: only the
    // whole can tell.
    if (syntaxErrors.some((error) => error.message === TOO_DEEP || /alias|anchor/i.test(error.message))) return undefined;
    // As the whole reads a broken document: its errors and comments, nothing else.
    const comments = all.flatMap(({ read, at }) => read.comments.map((comment) => ({ span: shift(comment.span, at), text: comment.text })));
    return { syntaxErrors, data: undefined, locations: new Map(), comments, scalars: [] };
  }

  const data: Record<string, unknown> = {};
  const read: YamlRead = { syntaxErrors: [], data, locations: new Map([['', { value: [0, 0] }]]), comments: [], scalars: [] };
  /** Adds a piece read at `at`, its pointers renamed to where it stands in the whole. */
  const add = (piece: YamlRead, at: number, rename: (pointer: string) => string) => {
    for (const [pointer, location] of piece.locations) {
      if (pointer === '') continue;
      read.locations.set(rename(pointer), { key: location.key && shift(location.key, at), value: shift(location.value, at) });
    }
    for (const comment of piece.comments) read.comments.push({ span: shift(comment.span, at), text: comment.text });
    for (const scalar of piece.scalars) read.scalars.push(shift(scalar, at));
  };
  const rootSpan = (piece: YamlRead, at: number) => shift(piece.locations.get('')!.value, at);

  let rootStart: number | undefined;
  let rootEnd = 0;
  for (const [{ at, read: head }, ...items] of pieces) {
    const headData = head.data as Record<string, unknown> | null;
    if (!headData || typeof headData !== 'object' || Array.isArray(headData)) return undefined;
    const keys = Object.keys(headData);
    if (keys.length !== 1 || keys[0] === '__proto__' || Object.hasOwn(data, keys[0])) return undefined;
    const key = keys[0];
    const pointer = `/${escapePointer(key)}`;
    rootStart ??= rootSpan(head, at)[0];
    rootEnd = rootSpan(head, at)[1];
    add(head, at, (p) => p);
    data[key] = headData[key];
    if (items.length === 0) continue;

    // The head read the key with the first item; the others follow it.
    const first = headData[key];
    if (!Array.isArray(first) || first.length !== 1) return undefined;
    const values: unknown[] = [first[0]];
    for (const [i, item] of items.entries()) {
      if (!Array.isArray(item.read.data) || item.read.data.length !== 1) return undefined;
      values.push(item.read.data[0]);
      add(item.read, item.at, (p) => `${pointer}/${i + 1}${p.slice(2)}`);
    }
    data[key] = values;
    // The list runs from its first item to the end of its last one.
    const last = items[items.length - 1];
    rootEnd = rootSpan(last.read, last.at)[1];
    const location = read.locations.get(pointer)!;
    read.locations.set(pointer, { key: location.key, value: [location.value[0], rootEnd] });
  }
  read.locations.set('', { value: [rootStart!, rootEnd] });
  return read;
}

const shift = ([start, end]: Span, by: number): Span => [start + by, end + by];

/**
 * The top-level entries of a block mapping of simple keys, each with its list items when its
 * value is a block sequence starting on the next line; undefined for any other shape.
 */
function splitEntries(yaml: string): Entry[] | undefined {
  const entries: Entry[] = [];
  /** Indentation of the items of the current entry's list, once known. */
  let itemIndent: number | undefined;
  /** No content line of the current entry seen yet after its first line. */
  let fresh = false;
  for (let start = 0; start < yaml.length; ) {
    const newline = yaml.indexOf('\n', start);
    const next = newline < 0 ? yaml.length : newline + 1;
    const line = yaml.slice(start, newline < 0 ? yaml.length : newline).replace(/\r$/, '');
    const current = entries[entries.length - 1];
    const item = /^( *)-(?:[ \t]|$)/.exec(line);
    if (BLANK_OR_COMMENT.test(line)) {
      // Belongs to the piece it follows.
    } else if (/^(?:---|\.\.\.|[?:,[\]{}&*!|>'"%@`])/.test(line)) {
      // A document marker, or an indicator at the margin (directive, explicit or empty key, tag,
      // anchor, alias, flow or block scalar): only the whole can tell what it does there.
      return undefined;
    } else if (!/^[ \t]/.test(line) && !(item && current && (fresh || item[1].length === itemIndent))) {
      // At the margin: a new entry (one that is not a simple key, or is half typed, reads as a
      // piece of its own; if it is not one entry, the whole is read).
      if (current) current.end = start;
      entries.push({ start: entries.length === 0 ? 0 : start, end: yaml.length });
      fresh = true;
      itemIndent = undefined;
    } else {
      if (!current) return undefined;
      if (fresh && item) {
        itemIndent = item[1].length;
        current.items = [];
      } else if (itemIndent !== undefined && item && item[1].length === itemIndent) {
        current.items!.push(start);
      }
      fresh = false;
    }
    start = next;
  }
  return entries;
}
