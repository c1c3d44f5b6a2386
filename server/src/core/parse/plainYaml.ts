/**
 * A reader for the plain shape front matter almost always has: block mappings of simple keys and
 * block sequences, one scalar per line (plain, single- or double-quoted without escapes) or a
 * one-line flow sequence or mapping of such scalars, comments. Cold, the yaml package's lexer, parser and
 * composer were a fifth of a one-shot run on a large plan; this reads that shape in one pass. It
 * gives exactly what the yaml package's read gives (data by YAML 1.2's core schema, locations,
 * comments, string scalars; test/fuzz/plainYaml.test.ts compares them), and gives up (undefined)
 * on anything else, which the yaml package then reads.
 */
import { escapePointer, type OffsetLocation, type Span, type YamlRead } from './yamlRead';

/** Thrown where the text leaves the plain shape. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

/** Tabs, carriage returns and characters YAML treats specially (or refuses) anywhere. */
const AWKWARD = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Characters a plain scalar may not start with here (indicators; `-` too, for simplicity). */
const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`]/;
const KEY = /[A-Za-z_][A-Za-z0-9_-]*:(?=[ \n]|$)/y;
/**
 * Keys left to the yaml package: those that are no string by the core schema, and `__proto__`, which
 * the yaml package makes an own key and an assignment here would make the data object's prototype.
 */
const LEFT_TO_YAML = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
/** Deeper nesting is left to the yaml path, which refuses what is too deep. */
const MAX_DEPTH = 64;

/** A plain scalar's value by YAML 1.2's core schema, in the order the yaml package tries its tags. */
function resolvePlain(source: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(source)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(source)) return false;
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}

interface Node {
  data: unknown;
  span: Span;
}

/** Reads `yaml` when it has the plain shape; undefined otherwise. */
export function readPlainYaml(yaml: string): YamlRead | undefined {
  if (AWKWARD.test(yaml)) return undefined;
  try {
    return new PlainReader(yaml).read();
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

class PlainReader {
  /** Per content line (not blank, not only a comment): where it starts, ends, and its indentation. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  /** The content line being read. */
  private k = 0;
  private depth = 0;
  private readonly locations = new Map<string, OffsetLocation>();
  private readonly scalars: Span[] = [];
  private readonly comments: YamlRead['comments'] = [];

  constructor(private readonly text: string) {
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      let at = start;
      while (at < end && text.charCodeAt(at) === 32) at++;
      if (at < end && text.charCodeAt(at) === 35) this.comment(at, end);
      else if (at < end) {
        this.starts.push(start);
        this.ends.push(end);
        this.indents.push(at - start);
      }
      start = end + 1;
    }
  }

  read(): YamlRead {
    if (this.starts.length === 0) notPlain();
    this.locations.set('', { value: [0, 0] });
    const root = this.block('');
    if (this.k < this.starts.length) notPlain();
    this.locations.set('', { value: root.span });
    this.comments.sort((a, b) => a.span[0] - b.span[0]);
    return { syntaxErrors: [], data: root.data, locations: this.locations, comments: this.comments, scalars: this.scalars };
  }

  private comment(at: number, end: number): void {
    const source = this.text.slice(at, end);
    this.comments.push({ span: [at, end], text: source.replace(/^#/, '').trim() });
  }

  /** The content line `k` (from its indentation) starts a sequence item. */
  private isItem(k: number): boolean {
    const at = this.starts[k] + this.indents[k];
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.ends[k] || this.text.charCodeAt(at + 1) === 32);
  }

  /** A block node starting at the indentation of the current line. */
  private block(pointer: string): Node {
    if (++this.depth > MAX_DEPTH) notPlain();
    const k = this.k;
    const node = this.isItem(k) ? this.sequence(pointer, this.indents[k]) : this.mapping(pointer, this.indents[k], this.starts[k] + this.indents[k]);
    this.depth--;
    return node;
  }

  /** The simple key at `at` (up to its colon) of a mapping read so far into `data`, its location reserved. */
  private key(at: number, data: Record<string, unknown>, pointer: string): { key: string; keySpan: Span; child: string } {
    const { text } = this;
    KEY.lastIndex = at;
    if (!KEY.test(text)) notPlain();
    const keyEnd = text.indexOf(':', at);
    const key = text.slice(at, keyEnd);
    if (LEFT_TO_YAML.test(key) || Object.hasOwn(data, key)) notPlain();
    const keySpan: Span = [at, keyEnd];
    const child = `${pointer}/${escapePointer(key)}`;
    // Reserved now: a node's location comes before those of its children.
    this.locations.set(child, { key: keySpan, value: keySpan });
    return { key, keySpan, child };
  }

  /** A block mapping whose keys stand at column `column`, the first at `first` (on the current line). */
  private mapping(pointer: string, column: number, first: number): Node {
    const { text, starts, ends, indents } = this;
    const data: Record<string, unknown> = {};
    let end = first;
    for (let at = first; ; at = starts[this.k] + column) {
      const { key, keySpan, child } = this.key(at, data, pointer);
      const lineEnd = ends[this.k];
      let p = keySpan[1] + 1;
      while (p < lineEnd && text.charCodeAt(p) === 32) p++;
      let value: Node | undefined;
      if (p === lineEnd || text.charCodeAt(p) === 35) {
        if (p < lineEnd) this.comment(p, lineEnd);
        this.k++;
        const next = this.k;
        if (next < starts.length && (indents[next] > column || (indents[next] === column && this.isItem(next)))) value = this.block(child);
      } else {
        value = this.inline(p, child);
        this.k++;
      }
      data[key] = value ? value.data : null;
      if (value) this.locations.set(child, { key: keySpan, value: value.span });
      end = value ? value.span[1] : keySpan[1];
      const next = this.k;
      if (next >= starts.length || indents[next] < column) break;
      if (indents[next] > column || this.isItem(next)) notPlain();
    }
    return { data, span: [first, end] };
  }

  /** A block sequence whose `-` stand at column `column`. */
  private sequence(pointer: string, column: number): Node {
    const { text, starts, ends, indents } = this;
    const data: unknown[] = [];
    const start = starts[this.k] + column;
    let end = start;
    for (;;) {
      const child = `${pointer}/${data.length}`;
      this.locations.set(child, { value: [0, 0] });
      const lineEnd = ends[this.k];
      let p = starts[this.k] + column + 1;
      while (p < lineEnd && text.charCodeAt(p) === 32) p++;
      // An item whose content starts on the next line, or a nested sequence: left to the yaml path.
      if (p === lineEnd || text.charCodeAt(p) === 35 || text.charCodeAt(p) === 45) notPlain();
      let item: Node;
      KEY.lastIndex = p;
      if (KEY.test(text)) {
        if (++this.depth > MAX_DEPTH) notPlain();
        item = this.mapping(child, p - starts[this.k], p);
        this.depth--;
      } else {
        item = this.inline(p, child);
        this.k++;
      }
      data.push(item.data);
      this.locations.set(child, { value: item.span });
      end = item.span[1];
      const next = this.k;
      if (next >= starts.length || indents[next] < column || (indents[next] === column && !this.isItem(next))) break;
      if (indents[next] > column) notPlain();
    }
    return { data, span: [start, end] };
  }

  /** A value on the rest of the current line, from `p`: a scalar or a flow sequence, then at most a comment. */
  private inline(p: number, pointer: string): Node {
    const lineEnd = this.ends[this.k];
    const first = this.text.charCodeAt(p);
    const node = first === 91 ? this.flowSequence(p, lineEnd, pointer) : first === 123 ? this.flowMapping(p, lineEnd, pointer) : this.scalar(p, lineEnd);
    let q = node.span[1];
    while (q < lineEnd && this.text.charCodeAt(q) === 32) q++;
    if (q < lineEnd) {
      if (this.text.charCodeAt(q) !== 35 || q === node.span[1]) notPlain();
      this.comment(q, lineEnd);
    }
    return node;
  }

  /** A scalar from `p` on one line; in a flow collection (closed by `closer`) it ends before `,` or the closer. */
  private scalar(p: number, lineEnd: number, closer?: string): Node {
    const { text } = this;
    if (p >= lineEnd) notPlain();
    const first = text[p];
    let node: Node;
    if (first === '"') {
      const close = text.indexOf('"', p + 1);
      if (close < 0 || close >= lineEnd) notPlain();
      const value = text.slice(p + 1, close);
      if (value.includes('\\')) notPlain();
      node = { data: value, span: [p, close + 1] };
    } else if (first === "'") {
      let close = p + 1;
      for (;;) {
        close = text.indexOf("'", close);
        if (close < 0 || close >= lineEnd) notPlain();
        if (text[close + 1] !== "'") break;
        close += 2;
      }
      node = { data: text.slice(p + 1, close).replace(/''/g, "'"), span: [p, close + 1] };
    } else {
      if (INDICATOR.test(first)) notPlain();
      let end = p;
      for (let i = p; i < lineEnd; i++) {
        const c = text[i];
        if (c === ' ') {
          if (text[i + 1] === '#') break;
          continue;
        }
        // `: ` would make a mapping; brackets, quotes and the like are left to the yaml path in a flow collection.
        if (c === ':' && (i + 1 === lineEnd || text[i + 1] === ' ' || closer)) notPlain();
        if (closer && (c === ',' || c === closer)) break;
        if (closer && /[[\]{}#'"]/.test(c)) notPlain();
        end = i + 1;
      }
      const source = text.slice(p, end);
      const data = resolvePlain(source);
      node = { data, span: [p, end] };
      if (typeof data === 'string') this.scalars.push([p, end]);
      return node;
    }
    this.scalars.push(node.span);
    return node;
  }

  /** `[a, "b", 'c']` on one line. */
  private flowSequence(p: number, lineEnd: number, pointer: string): Node {
    const data: unknown[] = [];
    const span = this.flow(p, lineEnd, ']', (q) => {
      const child = `${pointer}/${data.length}`;
      this.locations.set(child, { value: [0, 0] });
      const item = this.scalar(q, lineEnd, ']');
      data.push(item.data);
      this.locations.set(child, { value: item.span });
      return item.span[1];
    });
    return { data, span };
  }

  /** `{ a: 1, b: "c" }` on one line. */
  private flowMapping(p: number, lineEnd: number, pointer: string): Node {
    const { text } = this;
    const data: Record<string, unknown> = {};
    const span = this.flow(p, lineEnd, '}', (q) => {
      const { key, keySpan, child } = this.key(q, data, pointer);
      let at = keySpan[1] + 1;
      while (at < lineEnd && text.charCodeAt(at) === 32) at++;
      const value = this.scalar(at, lineEnd, '}');
      data[key] = value.data;
      this.locations.set(child, { key: keySpan, value: value.span });
      return value.span[1];
    });
    return { data, span };
  }

  /**
   * A one-line flow collection opened at `p` and closed by `close`: its entries, each read by
   * `entry` from where it starts to where it ends (returned), between commas; its span.
   */
  private flow(p: number, lineEnd: number, close: string, entry: (at: number) => number): Span {
    const { text } = this;
    let q = p + 1;
    const skipSpaces = () => {
      while (q < lineEnd && text.charCodeAt(q) === 32) q++;
    };
    skipSpaces();
    if (text[q] !== close) {
      for (;;) {
        q = entry(q);
        skipSpaces();
        if (text[q] === close) break;
        if (text[q] !== ',') notPlain();
        q++;
        skipSpaces();
        if (q >= lineEnd || text[q] === close) notPlain();
      }
    }
    if (text[q] !== close) notPlain();
    return [p, q + 1];
  }
}
