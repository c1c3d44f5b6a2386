// Plain paragraphs are read without micromark (core/parse/plainParagraphs); every part of every
// example and corpus plan, and of the bench's 5,000-line plan, must read exactly as one GFM parse
// of the part reads: headings, blocks and their text, tables, prose and comments.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody, parsePart, splitAtSections } from '../../../server/src/core/parse/markdown';
import { plainParagraphs } from '../../../server/src/core/parse/plainParagraphs';
// @ts-expect-error: a plain ES module of the bench, without types.
import { largePlan } from '../../../bench/latency.mjs';

const plans = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [name, readFileSync(path.join(folder, name), 'utf8')]);
const PLANS: [string, string][] = [...plans(path.resolve('examples')), ...plans(path.resolve('test', 'corpus')), ['the bench’s 5,000-line plan', largePlan() as string]];

describe('plain paragraphs read without micromark', () => {
  it.each(PLANS)('%s: every part reads as one GFM parse of it reads', (_, text) => {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    let plain = 0;
    for (const [start, end] of splitAtSections(body)) {
      const part = body.slice(start, end);
      plain += plainParagraphs(part).length;
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
  ])('reads as one GFM parse: %s', (_, part) => {
    expect(parsePart(part)).toEqual(parsePart(part, { gfm: true }));
  });

  it('reads the paragraphs of a body, and only those', () => {
    const body = 'Plain one\nline two\n\n- list\n\nPlain *not*\n\n```\nPlain in code\n```\n\nPlain three\n';
    expect(plainParagraphs(body).map(([s, e]) => body.slice(s, e))).toEqual(['Plain one\nline two', 'Plain three']);
    expect(parseBody(body, 0)).toHaveLength(1);
  });
});
