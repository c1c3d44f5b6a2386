// Pipe tables for property tests: every cell content, row shape, delimiter row and context that
// decides whether core/parse/pipeTables may read a table itself or must leave it to micromark.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parsePart } from '../../server/src/core/parse/markdown';

const cell = fc.constantFrom(
  '', ' ', 'A01', '109,8', ' in uitvoering ', '–', 'IENW-0100', '2026', '1.000', '€ 12,5 mln', '**vet**', '`a|b`', '`code`', '\\|', '\\\\',
  'a\\', '[link](https://x.nl)', '[ref]', '<!-- noot -->', '<!-- iplan-disable -->', 'www.example.org', 'a@b.nl', '~~weg~~', '~x~', '&amp;',
  '&#123;', '\u00a0x\u00a0', 'TODO', '_x_', 'IENW_01', ':', '09:00', '\u0000', '<b>x</b>', '\t', '!', '[^1]', '[ ]', '*', 'x  ', '  ',
  '\u200b', 'e\u0301', '👩‍👩‍👧', '#', '- x', '> q', '1. a', '```', '---', '<', '>', '\\', '|',
);

const row = (cells: number) =>
  fc
    .tuple(fc.array(cell, { minLength: cells, maxLength: cells }), fc.boolean(), fc.constantFrom('', ' ', '   ', '\t'), fc.boolean())
    .map(([contents, closed, trailing, padded]) => `|${contents.map((c) => (padded ? ` ${c} ` : c)).join('|')}${closed ? '|' : ''}${trailing}`);

const delimiter = (cells: number) =>
  fc.oneof(
    fc.array(fc.constantFrom(' --- ', '-', ':-', '-:', ' :---: ', '---'), { minLength: cells, maxLength: cells }).map((parts) => `|${parts.join('|')}|`),
    fc.constantFrom('| --- |', '|-|-|', '| - | - | - |', '| x |', '|', '| : |', '| --- | |', '|---'),
  );

const table = fc.integer({ min: 1, max: 4 }).chain((cells) =>
  fc
    .tuple(row(cells), delimiter(cells), fc.array(fc.oneof(row(cells), row(cells + 1), row(Math.max(1, cells - 1)), fc.constant('|')), { maxLength: 6 }))
    .map(([header, delimiterRow, body]) => [header, delimiterRow, ...body].join('\n')),
);

const context = fc.constantFrom(
  '', 'Text\n', 'Text\n\n', '## Kop\n', '## Kop\n\n', '- item\n\n', '- item\n', '```\n', '```\n\n', '<div>\n\n', '<div>\n', '<!--\n\n',
  '> quote\n\n', '> quote\n', '    code\n\n', '- a\n  ```\n\n', '1. a\n\n   | x |\n\n', '[ref]: https://example.org\n\n', 'Titel\n===\n\n',
  '\n', '  ', '   | indented |\n', '-->\n\n', '</div>\n\n',
);
const after = fc.constantFrom('', '\n', '\nText', '\n\nText\n', 'Text\n', '- x\n', '> q\n', '# H\n', '```\n', '\n\n- x\n', '\n\n    code\n', '\n\n  lazy\n');

/** Markdown with one to three tables, plain or not, in any context a table can stand in. */
export const tablesInContext = fc
  .tuple(fc.array(fc.tuple(context, table, after), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([pieces, eol]) => pieces.map(([before, t, rest]) => before + t + rest).join('').replace(/\n/g, eol));

/** The fast parse of a part equals micromark's GFM parse of it: blocks, cells, spans, prose, comments. */
export function assertTablesAsGfm(text: string): void {
  const fast = parsePart(text);
  const reference = parsePart(text, { gfm: true });
  if (!isDeepStrictEqual(fast, reference)) {
    throw new Error(`the table reader differs from a GFM parse:\n${JSON.stringify(fast, null, 1)}\n${JSON.stringify(reference, null, 1)}`);
  }
}
