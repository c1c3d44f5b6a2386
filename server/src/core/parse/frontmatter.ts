/**
 * The YAML front matter: where it is, what it says, and where every key and value is written.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Parser, parseDocument, type Node as YamlNode } from 'yaml';
import { detached, type LineIndex } from '../lines';
import type { Comment, FrontMatter, NodeLocation, ProseSpan, SyntaxError } from '../plan';

/** Aliases may repeat a node this often; beyond that a "billion laughs" document is refused. */
const MAX_ALIAS_COUNT = 100;

const OPENER = /^---[ \t]*(?:\r\n|\r|\n|$)/;
const CLOSER = /^(?:---|\.\.\.)[ \t]*$/;

export interface FrontMatterSplit {
  frontMatter?: FrontMatter;
  /** Offset where the Markdown body starts. */
  bodyOffset: number;
}

/** Finds the front matter at the very start of the text and reads it. */
export function readFrontMatter(text: string, lines: LineIndex): FrontMatterSplit {
  const opener = OPENER.exec(text);
  if (!opener) return { bodyOffset: 0 };
  const contentOffset = opener[0].length;
  const openerRange = lines.lineRange(0);
  let closerLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    // Only a line starting with - or . can close it; the others are not sliced.
    const first = text.charCodeAt(lines.lineStart(line));
    if ((first === 45 || first === 46) && CLOSER.test(lines.lineText(line))) {
      closerLine = line;
      break;
    }
  }
  if (closerLine < 0) {
    // An unclosed block is still front matter being typed: say so, and read the rest as the body.
    const unclosed: SyntaxError = {
      message: 'front matter is not closed by a line with ---',
      range: openerRange,
    };
    return {
      frontMatter: {
        range: openerRange,
        openerRange,
        contentOffset,
        yaml: '',
        syntaxErrors: [unclosed],
        data: undefined,
        locations: new Map(),
        comments: [],
        scalars: [],
      },
      bodyOffset: contentOffset,
    };
  }
  const contentEnd = lines.lineStart(closerLine);
  const bodyOffset = closerLine + 1 < lines.lineCount ? lines.lineStart(closerLine + 1) : text.length;
  const yaml = text.slice(contentOffset, contentEnd);
  const frontMatter = cachedYaml(yaml, contentOffset, lines);
  return {
    frontMatter: { ...frontMatter, range: lines.range(0, lines.lineEnd(closerLine)), openerRange, contentOffset, yaml },
    bodyOffset,
  };
}

type YamlParts = Pick<FrontMatter, 'syntaxErrors' | 'data' | 'locations' | 'comments' | 'scalars'>;

/**
 * Front matter read before, by its text: an edit in the body leaves the front matter and every
 * position in it as they were, so the YAML is read once per version of the front matter. The
 * parts are shared between plans and never changed.
 */
const YAML_CACHE_LIMIT = 64;
const yamlCache = new Map<string, YamlParts>();

function cachedYaml(yaml: string, base: number, lines: LineIndex): YamlParts {
  const key = `${base}\0${yaml}`;
  let parts = yamlCache.get(key);
  if (parts) {
    yamlCache.delete(key);
  } else {
    parts = readYaml(detached(yaml), base, lines);
    if (yamlCache.size >= YAML_CACHE_LIMIT) yamlCache.delete(yamlCache.keys().next().value!);
  }
  yamlCache.set(key, parts);
  return parts;
}

function readYaml(source: string, base: number, lines: LineIndex): YamlParts {
  // The yaml library breaks lines at \n and \r\n only; a lone \r (old Mac files) becomes \n,
  // which keeps every offset as it is.
  const yaml = source.replace(/\r(?!\n)/g, '\n');
  try {
    return readYamlUnguarded(yaml, base, lines);
  } catch (error) {
    // The yaml package recurses; thousands of nested collections exhaust the stack.
    const message = error instanceof RangeError ? 'the front matter is nested too deeply to read' : (error as Error).message;
    return { syntaxErrors: [{ message, range: lines.range(base, base) }], data: undefined, locations: new Map(), comments: [], scalars: [] };
  }
}

function readYamlUnguarded(yaml: string, base: number, lines: LineIndex): YamlParts {
  const range = (start: number, end: number) => lines.range(base + start, base + end);
  const comments = readComments(yaml, base, lines);
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  const syntaxErrors: SyntaxError[] = doc.errors.map((error) => ({
    message: error.message.split('\n')[0],
    range: range(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
  }));
  const locations = new Map<string, NodeLocation>();
  const scalars: ProseSpan[] = [];
  if (syntaxErrors.length > 0) return { syntaxErrors, data: undefined, locations, comments, scalars };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    return { syntaxErrors: [{ message, range: range(0, 0) }], data: undefined, locations, comments, scalars };
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
        const child = `${pointer}/${keyText.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const keyRange = key?.range ? range(key.range[0], endOf(key)) : undefined;
        const value = pair.value as YamlNode | null;
        const valueRange = value?.range && value.range[1] > value.range[0] ? range(value.range[0], endOf(value)) : keyRange;
        if (valueRange) locations.set(child, { key: keyRange, value: valueRange });
        visit(value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = item as YamlNode | null;
        if (child?.range) locations.set(`${pointer}/${index}`, { value: range(child.range[0], endOf(child)) });
        visit(child, `${pointer}/${index}`);
      });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      scalars.push({ offset: base + node.range[0], source: yaml.slice(node.range[0], node.range[1]) });
    }
  };
  const root = doc.contents as YamlNode | null;
  if (root?.range) locations.set('', { value: range(root.range[0], endOf(root)) });
  visit(root, '');
  return { syntaxErrors, data, locations, comments, scalars };
}

/** Comments from the YAML's concrete syntax tree, which alone knows where each one is. */
function readComments(yaml: string, base: number, lines: LineIndex): Comment[] {
  const comments: Comment[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    if (!token || typeof token !== 'object') return;
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      comments.push({
        range: lines.range(base + t.offset, base + t.offset + t.source.length),
        text: t.source.replace(/^#/, '').trim(),
      });
      return;
    }
    for (const value of Object.values(token)) if (value && typeof value === 'object') walk(value);
  };
  for (const token of new Parser().parse(yaml)) walk(token);
  return comments;
}
