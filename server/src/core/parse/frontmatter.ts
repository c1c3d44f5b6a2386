/**
 * The YAML front matter: where it is, what it says, and where every key and value is written.
 */
import { detached, type LineIndex } from '../lines';
import { TextLru } from '../lru';
import type { FrontMatter, NodeLocation, SyntaxError } from '../plan';
import { readYaml } from './yaml';
import type { Span } from './yamlRead';

const OPENER = /^---[ \t]*(?:\r\n|\r|\n|$)/;
const CLOSER = /^(?:---|\.\.\.)[ \t]*$/;

interface FrontMatterSplit {
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
const yamlCache = new TextLru<YamlParts>(16);

function cachedYaml(yaml: string, base: number, lines: LineIndex): YamlParts {
  const key = `${base}\0${yaml}`;
  let parts = yamlCache.get(key);
  if (!parts) {
    parts = readYamlParts(detached(yaml), base, lines);
    yamlCache.set(detached(key), parts);
  }
  return parts;
}

function readYamlParts(source: string, base: number, lines: LineIndex): YamlParts {
  // The yaml library breaks lines at \n and \r\n only; a lone \r (old Mac files) becomes \n,
  // which keeps every offset as it is.
  const yaml = source.replace(/\r(?!\n)/g, '\n');
  const read = readYaml(yaml);
  const range = ([start, end]: Span) => lines.range(base + start, base + end);
  const locations = new Map<string, NodeLocation>();
  for (const [pointer, location] of read.locations) locations.set(pointer, { key: location.key && range(location.key), value: range(location.value) });
  return {
    syntaxErrors: read.syntaxErrors.map((error) => ({ message: error.message, range: range(error.span) })),
    data: read.data,
    locations,
    comments: read.comments.map((comment) => ({ range: range(comment.span), text: comment.text })),
    scalars: read.scalars.map(([start, end]) => ({ offset: base + start, source: yaml.slice(start, end) })),
  };
}
