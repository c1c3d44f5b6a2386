// Pipe tables read without micromark (core/parse/pipeTables) must give exactly what micromark's
// GFM parse gives: the same blocks, cells, cell spans, prose and comments, in every context a
// table can stand in, and for rows holding any inline syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePart } from '../../server/src/core/parse/markdown';
import { liftTables } from '../../server/src/core/parse/pipeTables';

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

const source = fc
  .tuple(fc.array(fc.tuple(context, table, after), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([pieces, eol]) => pieces.map(([before, t, rest]) => before + t + rest).join('').replace(/\n/g, eol));

describe('pipe tables read without micromark', () => {
  it('give what a GFM parse gives, in any context (seed 11, 1,000 runs)', () => {
    fc.assert(
      fc.property(source, (text) => {
        const fast = parsePart(text);
        const reference = parsePart(text, { gfm: true });
        expect(fast).toEqual(reference);
      }),
      { numRuns: 1000, seed: 11 },
    );
  }, 120_000);

  it('are lifted in the plain case plans are written in', () => {
    const text = '## 7. Financiën\n\n| Jaar | Vernieuwing | Beheer |\n| --- | ---: | ---: |\n| 2026 | 1,2 | 0,4 |\n| 2027 | **1,3** | 0,5 |\n\nTekst.\n';
    // A row with inline syntax goes to the row reader; when it refuses, micromark reads the table.
    expect(liftTables(text, () => undefined)).toBeUndefined();
    const plainText = text.replace('**1,3**', '1,3');
    const plain = liftTables(plainText, () => undefined);
    expect([...plain!.tables.keys()]).toEqual([plainText.indexOf('| Jaar')]);
    expect(plain!.masked.length).toBe(plainText.length);
    expect(parsePart(text)).toEqual(parsePart(text, { gfm: true }));
  });

  it('leave a table to micromark when it does not end at a blank line', () => {
    expect(liftTables('| a |\n| - |\n| 1 |\nlazy row\n', () => undefined)).toBeUndefined();
    expect(liftTables('Text\n| a |\n| - |\n', () => undefined)).toBeUndefined();
    expect(liftTables('```\n\n| a |\n| - |\n```\n', () => undefined)).toBeUndefined();
  });
});
