/**
 * JSON from a file, with an error that says where the syntax breaks and what was expected, but
 * never quotes the file: it may be any file at all (`extends: /proc/self/environ`), and the
 * message ends up in CI logs.
 */

export class JsonSyntaxError extends Error {
  constructor(
    /** 1-based. */
    readonly line: number,
    readonly column: number,
    readonly expected: string,
  ) {
    super(`is not valid JSON at line ${line}, column ${column}: expected ${expected}`);
    this.name = 'JsonSyntaxError';
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { offset, expected } = firstSyntaxError(text);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    throw new JsonSyntaxError(before.length, before[before.length - 1].length + 1, expected);
  }
}

/**
 * Where JSON.parse gave up (its own message quotes the text, and gives no position for an
 * unexpected character): a scan of the JSON grammar to the first character that cannot be there.
 */
function firstSyntaxError(text: string): { offset: number; expected: string } {
  let at = 0;
  const fail = (expected: string): never => {
    throw { offset: at, expected: at >= text.length ? `${expected}, but the file ends` : expected };
  };
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  const string = () => {
    at++;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        at++;
        return;
      }
      if (c < 0x20) fail('a closing quote before the end of the line');
      if (c === 0x5c) {
        at++;
        if ('"\\/bfnrt'.includes(text[at] ?? 'x')) at++;
        else if (text[at] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) at += 5;
        else fail('an escape such as \\n, \\" or \\u0041');
      } else at++;
    }
    fail('a closing quote');
  };
  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const key = () => {
    space();
    if (text[at] !== '"') fail('a key in double quotes');
    string();
    space();
    if (text[at] !== ':') fail("':' after the key");
    at++;
  };
  /** A value starts here: a scalar is read whole, a container is opened. */
  const startValue = () => {
    space();
    const c = text[at];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      at++;
      space();
      if (text[at] === close) {
        at++;
        return false;
      }
      open.push(close);
      if (c === '{') key();
      return true;
    }
    if (c === '"') string();
    else if (((NUMBER.lastIndex = at), NUMBER.test(text))) at = NUMBER.lastIndex;
    else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, at));
      if (!literal) fail('a value (text in double quotes, a number, true, false, null, an object or a list)');
      at += literal!.length;
    }
    return false;
  };
  // Open containers on a stack rather than by recursion: deep nesting must not overflow.
  const open: string[] = [];
  try {
    let needValue = true;
    while (needValue || open.length > 0) {
      if (needValue) {
        needValue = startValue();
        continue;
      }
      space();
      const close = open[open.length - 1];
      if (text[at] === close) {
        at++;
        open.pop();
        continue;
      }
      if (text[at] !== ',') fail(`',' or '${close}'`);
      at++;
      if (close === '}') key();
      needValue = true;
    }
    space();
    if (at < text.length) fail('nothing after the end of the JSON value');
  } catch (error) {
    if (error && typeof error === 'object' && 'offset' in error) return error as { offset: number; expected: string };
    throw error;
  }
  // The scan found nothing JSON.parse would reject (it should not happen): point at the start.
  return { offset: 0, expected: 'valid JSON' };
}
