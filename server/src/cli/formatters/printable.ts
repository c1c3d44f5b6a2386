/**
 * Text from plans and file names, made harmless for a terminal or a CI log. Control characters
 * (line breaks, ESC for ANSI and OSC-8 sequences, C1 controls) and the bidirectional overrides
 * are written as visible escapes, so a value cannot start a line of its own, recolour the
 * terminal, hide a link or reorder what a reader sees. `##[` is broken up too: GitHub's runner
 * reads it as a workflow command anywhere in a line (`::` only at the start of one).
 */

/** Beyond C0: DEL, the C1 controls, the line and paragraph separators, the bidi embeddings, overrides and isolates. */
const BEYOND_C0 = '\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
/** What JSON.stringify leaves raw (it escapes C0 itself), and XML may carry raw. */
const RAW_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');
const NAMED = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED.get(c) ?? unicodeEscape(c)).replace(/##\[/g, '##\\[');
}

/**
 * A whole line of log output: printable, and never starting with `::` (after blanks), which
 * GitHub's runner would take for a workflow command. A path gets `./` in front, which names the
 * same file.
 */
export function printablePath(text: string): string {
  const safe = printable(text);
  return /^\s*::/.test(safe) ? `./${safe}` : safe;
}

/**
 * JSON for a report that may be printed to a CI log, decoding to exactly the same data: inside
 * strings, the characters above and the `[` of `##[` are written as `\u` escapes (outside
 * strings JSON has none of them).
 */
export function jsonForLogs(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, unicodeEscape).replace(/##\[/g, '##\\u005b');
}

/** The same for an XML report: character references, which every XML reader decodes. */
export function xmlForLogs(xml: string): string {
  return xml.replace(RAW_IN_JSON, (c) => `&#x${c.charCodeAt(0).toString(16)};`).replace(/##\[/g, '##&#91;');
}
