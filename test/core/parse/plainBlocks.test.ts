// Plain headings, paragraphs and lists are read without micromark (core/parse/plainBlocks); every part of every
// example and corpus plan, and of the bench's 5,000-line plan, must read exactly as one GFM parse
// of the part reads: headings, blocks and their text, tables, prose and comments.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody, parsePart, splitAtSections } from '../../../server/src/core/parse/markdown';
import { plainBlocks } from '../../../server/src/core/parse/plainBlocks';
// @ts-expect-error: a plain ES module of the bench, without types.
import { largePlan } from '../../../bench/latency.mjs';

const plans = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [name, readFileSync(path.join(folder, name), 'utf8')]);
const PLANS: [string, string][] = [...plans(path.resolve('examples')), ...plans(path.resolve('test', 'corpus')), ['the bench’s 5,000-line plan', largePlan() as string]];

describe('plain blocks read without micromark', () => {
  it.each(PLANS)('%s: every part reads as one GFM parse of it reads', (_, text) => {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    let plain = 0;
    for (const [start, end] of splitAtSections(body)) {
      const part = body.slice(start, end);
      plain += plainBlocks(part).length;
      expect(parsePart(part)).toEqual(parsePart(part, { gfm: true }));
    }
    if (text.length > 5000 && !text.includes('\r')) expect(plain).toBeGreaterThan(0);
  });

  it.each([
    ['a paragraph between lists', '- a\n- b\n\nPlain text here\nand here.\n\n- c\n'],
    ['a paragraph after a list item continued', '- a\n\n  more of a\n\nPlain after.\n\n1. one\n'],
    ['a paragraph that a setext underline makes a heading', 'Title\n=====\n\nPlain.\n\nHeading\n---\n'],
    ['a paragraph whose later line has syntax', 'Plain start\nthen *emphasis*\n\nPlain again\n'],
    ['an ordered list starting inside', 'Text\n1. item\n\n2) text\n\nText 3. not a list\n'],
    ['a hard break', 'Two spaces  \nbreak\n\nPlain\n'],
    ['HTML and fences around', '<div>\n\nPlain in no div\n\n</div>\n\n```\n\nIn a fence\n\n```\n\nAfter.\n'],
    ['a comment left open', '<!--\n\nIn the comment\n\n-->\n\nAfter the comment\n'],
    ['a quote and indented code', '> quote\n\nPlain\n\n    code\n\nPlain\nlazy\n'],
    ['a link definition (read whole)', 'See [x].\n\nPlain.\n\n[x]: https://example.org\n'],
    ['a table after a paragraph', 'Plain\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nPlain\n'],
    ['the end without a line ending', '- a\n\nLast words'],
    ['headings of every kind', '# One\n## Two ##\n### Three #x\n#### Four *b*\n##### Five \n######  Six\n####### Seven\n#Eight\n## Nine\ntext\n## Ten\n'],
    ['headings interrupting lists, quotes, paragraphs and tables', '- a\n## H1\n> q\n## H2\ntext *x*\n## H3\n| a |\n| - |\n## H4\n    code\n## H5\n'],
    ['headings in fences and HTML blocks', '```\n## no\n```\n<div>\n## no\n\n## yes\n<!--\n## no\n-->\n'],
    ['plain lists', '- one\n- two\n  continued\n- three\n\nAfter.\n\n- alone\n'],
    ['lists that go on after a blank line', '- one\n\n- two\n\n- three\n\n  more of three\n\n* star\n\n+ plus\n'],
    ['lists with nested items, other indents and lazy lines', '- a\n  - b\n\nP\n\n- a\n   c\n\nP\n\n- a\nlazy\n\nP\n\n-  wide\n\nP\n\n- a\n  ---\n\nP\n\n- a\n  ===\n\n1. x\n'],
    ['lists right after a heading and before a fence', '## H\n- a\n- b\n\n```\n- c\n```\n\n- d\n'],
    ['simple emphasis in paragraphs and items', 'Thema: *I in het hart*. Eigenaar: de DG.\n\n- **Eerst.** Alles\n  **daarna** ook, *x*\n- *a*\n\n**Vet** begin\nen *eind*\n'],
    ['emphasis micromark reads otherwise', 'a*b*\n\n*a *b\n\n**a*\n\n*a**\n\n***a***\n\n* a*\n\n*a* b*c*\n\n*a*b\n\n*(a)*\n\n*a.*b\n\n*a*.\n\n**a.**.\n\n*a*\n---\n\n- *a\n  b*\n\n- a\n\n**b**\n'],
    ['lists going on after a blank line from a list that is not plain', '- *a\n  b*\n\n- a\n\nP\n- c\nlazy\n\n- d\n\n## H\n\n- e _x_\n\n- f\n\nQ *q\n\n- g\n'],
    ['a heading then a paragraph without a blank line', '## H\nPlain line\nmore\n\n### I\n- item\n'],
  ])('reads as one GFM parse: %s', (_, part) => {
    expect(parsePart(part)).toEqual(parsePart(part, { gfm: true }));
  });

  it('reads the plain blocks of a body, and only those', () => {
    const body = '## Kop\n\nPlain one\nline two\n\n- list\n- two\n\nPlain _not_\n\n```\nPlain in code\n```\n\nPlain three\n\n- a\n\n  b\n';
    expect(plainBlocks(body).map(({ start, end }) => body.slice(start, end))).toEqual(['## Kop', 'Plain one\nline two', '- list\n- two', 'Plain three']);
    expect(parseBody(body, 0)).toHaveLength(1);
  });
});
