// The body is parsed in parts, split at headings (and large parts at paragraphs after a blank
// line); that must give exactly the tree a single GFM parse of the whole body gives.
import { describe, expect, it } from 'vitest';
import { LARGE_PART, parseBody, parsePart, splitAtSections } from '../../../server/src/core/parse/markdown';
import type { ParsedPart } from '../../../server/src/core/parse/parts';
import { CLEAN } from '../../helpers/plans';

/** Everything of a parse, with offsets shifted into the body. */
function shifted(part: ParsedPart, by: number) {
  return {
    headings: part.headings.map((h) => ({ ...h, start: h.start + by, end: h.end + by })),
    blocks: part.blocks.map((b) => ({ ...b, start: b.start + by, end: b.end + by })),
    tables: part.tables.map((t) => ({
      start: t.start + by,
      end: t.end + by,
      rows: t.rows.map((r) => ({ start: r.start + by, end: r.end + by, cells: r.cells.map((c) => ({ ...c, start: c.start + by, end: c.end + by })) })),
    })),
    comments: part.comments.map((c) => ({ ...c, start: c.start + by, end: c.end + by })),
    prose: part.prose.map(([s, e]) => [s + by, e + by]),
  };
}

/** The body as the editor parses it; `largePart` 0 cuts at every paragraph after a blank line too. */
function chunked(body: string, largePart?: number) {
  const parts = parseBody(body, 0, undefined, largePart).map((p) => shifted(p.parsed, p.offset));
  return {
    headings: parts.flatMap((p) => p.headings),
    blocks: parts.flatMap((p) => p.blocks),
    tables: parts.flatMap((p) => p.tables),
    comments: parts.flatMap((p) => p.comments),
    prose: parts.flatMap((p) => p.prose),
  };
}

/** Spans that touch made one: where a link no longer splits prose, the text read is the same. */
function joined(spans: number[][]): number[][] {
  const out: number[][] = [];
  for (const [start, end] of spans) {
    const last = out[out.length - 1];
    if (last && last[1] === start) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

const whole = (body: string) => shifted(parsePart(body, { gfm: true }), 0);

const TRICKY: Record<string, string> = {
  'fenced code holding a level-2 heading': '## A\n\n```md\n## not a heading\n```\n\n## B\n\nText.\n',
  'a longer fence closed only by a long enough one': '## A\n\n````\n```\n## not a heading\n```\n## still not\n````\n\n## B\n',
  'tilde fences, with backticks inside and in the info string': '## A\n\n~~~ info `x`\n```\n## not a heading\n~~~\n\n## B\n\n~~~\n## no\n~~~~\n',
  'a backtick line that is inline code, not a fence': '## A\n\n``` a`b\n## B is a heading\n',
  'an unclosed fence running to the end': '## A\n\n```\n## not a heading\n\n## nor this\n',
  'an HTML comment spanning a heading line': '## A\n\n<!--\n## not a heading\n-->\n\n## B\n\n<!-- one line --> text\n## C\n',
  'an HTML comment after a paragraph': '## A\n\nText\n<!--\n## not a heading\n-->\n## B\n',
  'inline HTML comment start in a paragraph': '## A\n\nText <!--\n## B is a heading\n-->\n',
  'a div block running to a blank line': '## A\n\n<div>\n## not a heading\n</div>\n\n## B\n',
  'script, pre and style blocks with blank lines': '## A\n\n<pre>\n\n## not a heading\n</pre>\n\n<script>\nx\n\n## no\n</script>\n\n<style>\n## no\n</style>\n## B\n',
  'processing instructions and declarations': '## A\n\n<?php\n## no\n?>\n\n<!DOCTYPE\n## no\n>\n\n## B\n',
  'CDATA': '## A\n\n<![CDATA[\n## no\n]]>\n\n## B\n',
  'a fence in a list item, then a top-level one holding a heading': '## A\n\n- a\n  ```\n\n## B\n  ```\n## C is code\n```\n\n## D\n',
  'a fence opening in a paragraph that holds a tag': '## A\n\nText\n<span>\n```\n\n## X is code\n```\n\n## B\n',
  'setext headings': 'Intro\n\nTitle one\n=========\n\n## A\n\nSub title\n---------\n\nText\n---\n\n## B\n',
  'tables right after headings': '## A\n| Jaar | Vernieuwing |\n| --- | ---: |\n| 2026 | 1.000 |\n## B\n| x |\n| - |\n| y |\n\nText | with pipe\n',
  'a table interrupted by a heading': '## A\n\n| a | b |\n| - | - |\n| 1 | 2 |\n## B\n| 3 | 4 |\n',
  'nested lists and quotes': '## A\n\n- one\n  - two\n    - three\n\n      ## indented, no heading\n- four\n> quote\n> ## quoted heading\n## B\n1. x\n   ```\n## C ends the list\n   ```\n',
  'empty and odd headings': '##\n\n## \n\n##x is text\n\n ## indented one space\n\n    ## indented code\n\n## Closing ##\n',
  'GFM constructs': '## A\n\n~~struck~~ www.example.org a@b.nl https://x.nl\n\n## B\n\nNo GFM here.\n',
  'a task list as the only GFM construct of a part': '## A\n\n- [ ] open task\n- [x] done task\n* [X] also done\n\n## B\n\nText.\n',
  'CRLF and CR line endings': '## A\r\n\r\n```\r\n## no\r\n```\r\n## B\r\rText\r## C\r\n',
  'headings of every level, and hashes that are none': '# T\n\n### A\n\n```\n# no\n### no\n```\n#### B\n###### C\n####### not a heading\n#hashtag\n\\## escaped\n',
  'the clean plan body': CLEAN.slice(CLEAN.indexOf('# Testplan')),
  'paragraphs after lists, quotes, code and footnotes':
    '## A\n\n- item\n\n  more of the item\n\nAfter the list\n\n1. one\n\n2. two\n\nAfter\n\n> quote\n>\n> more\n\nAfter the quote\n\n    indented code\n\nAfter the code\n\n[^1]: note\n\n    more note\n\nAfter the note\n',
  'paragraphs after HTML blocks and inside fences':
    '## A\n\n<div>\n\nInside? No: after the div\n\n<!--\n\nStill in the comment\n-->\n\n```\n\nIn the fence\n```\n\nÉtat after the fence\n',
  'setext headings and tables after a blank line': '## A\n\nText\n\nTitle\n=====\n\nHeader | row\n--- | ---\ncell | cell\n\nLast words\n',
};

describe('the chunked body parse', () => {
  it.each(Object.entries(TRICKY))('equals a whole-body GFM parse: %s', (_, body) => {
    const a = chunked(body);
    const b = whole(body);
    expect(a.headings).toEqual(b.headings);
    expect(a.blocks.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual(b.blocks.map(({ kind, start, end }) => ({ kind, start, end })));
    expect(a.tables).toEqual(b.tables);
    expect(a.comments).toEqual(b.comments);
    expect(a.blocks.map((x) => x.text)).toEqual(b.blocks.map((x) => x.text));
  });

  it.each(Object.entries(TRICKY))('equals a whole-body GFM parse cut at every paragraph after a blank line too: %s', (_, body) => {
    const a = chunked(body, 0);
    const b = whole(body);
    expect(a.headings).toEqual(b.headings);
    expect(a.blocks).toEqual(b.blocks);
    expect(a.tables).toEqual(b.tables);
    expect(a.comments).toEqual(b.comments);
    expect(a.prose).toEqual(b.prose);
  });

  it('cuts a large part only at paragraphs after a blank line, outside code and HTML', () => {
    const body = TRICKY['paragraphs after HTML blocks and inside fences'];
    expect(splitAtSections(body, 0).map(([s]) => body.slice(s, body.indexOf('\n', s)))).toEqual(['## A', 'Inside? No: after the div', 'État after the fence']);
    const lists = TRICKY['paragraphs after lists, quotes, code and footnotes'];
    expect(splitAtSections(lists, 0).map(([s]) => lists.slice(s, lists.indexOf('\n', s)))).toEqual([
      '## A',
      'After the list',
      'After',
      'After the quote',
      'After the code',
      'After the note',
    ]);
    // Below the size, a part stays whole.
    expect(splitAtSections(lists)).toHaveLength(1);
  });

  it('cuts a section of 100,000 paragraphs into parts of about LARGE_PART characters', () => {
    const body = `## A\n\n${Array.from({ length: 100_000 }, (_, i) => `Alinea ${i}.`).join('\n\n')}\n`;
    const parts = splitAtSections(body);
    expect(parts.length).toBeGreaterThan(body.length / LARGE_PART - 1);
    expect(Math.max(...parts.map(([start, end]) => end - start))).toBeLessThan(LARGE_PART + 100);
  });

  it('gives the same blocks when a reference is defined in another part (only their text differs)', () => {
    // A known limit of parsing per part: `[the plan][p]` is a link only where `[p]: …` is in view.
    const body = '## A\n\nSee [the plan][p] and [^1].\n\n## B\n\n[p]: https://example.org\n\n[^1]: A footnote.\n';
    const a = chunked(body);
    const b = whole(body);
    expect(a.headings).toEqual(b.headings);
    expect(a.blocks.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual(b.blocks.map(({ kind, start, end }) => ({ kind, start, end })));
  });

  it('splits only at ATX headings outside code and HTML', () => {
    const levels = TRICKY['headings of every level, and hashes that are none'];
    expect(splitAtSections(levels).map(([s]) => levels.slice(s, levels.indexOf('\n', s)))).toEqual(['# T', '### A', '#### B', '###### C']);
    const body = TRICKY['an HTML comment spanning a heading line'];
    expect(splitAtSections(body).map(([s]) => body.slice(s, s + 4))).toEqual(['## A', '## B', '## C']);
    const fenced = TRICKY['fenced code holding a level-2 heading'];
    expect(splitAtSections(fenced).map(([s]) => fenced.slice(s, s + 4))).toEqual(['## A', '## B']);
  });

  it('covers the whole body with its parts', () => {
    for (const body of Object.values(TRICKY)) {
      const parts = splitAtSections(body);
      expect(parts[0][0]).toBe(0);
      expect(parts[parts.length - 1][1]).toBe(body.length);
      parts.slice(1).forEach(([start], i) => expect(start).toBe(parts[i][1]));
    }
  });

  it('reuses the parse of an unchanged part', () => {
    const body = '## A\n\nOne.\n\n## B\n\nTwo.\n';
    const first = parseBody(body, 0);
    const second = parseBody(body.replace('Two.', 'Three.'), 0);
    expect(second[0].parsed).toBe(first[0].parsed);
    expect(second[1].parsed).not.toBe(first[1].parsed);
  });

  it('reads a paragraph too large to cut, full of addresses and links, as GFM reads it', () => {
    // Such a part is read without GFM's literal autolinks (quadratic in its words); the checks
    // read the same headings, blocks, text, tables, comments and prose either way (a link no
    // longer splits the prose around it).
    const lines = Array.from({ length: 3_000 }, (_, i) =>
      ['Mail info@minbzk.nl over TODO', `zie www.example.nl/${i} of https://x.nl/a_b_`, '~~oud~~ en [x] <!-- c --> werk', `regel ${i}`][i % 4],
    );
    const body = `## A\n\n${lines.join('\n')}\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [ ] taak\n\n## B\n\nKort: a@b.nl.\n`;
    expect(splitAtSections(body)[0][1]).toBeGreaterThan(LARGE_PART);
    const { prose, ...read } = chunked(body);
    const { prose: referenceProse, ...reference } = whole(body);
    expect(read).toEqual(reference);
    expect(joined(prose)).toEqual(joined(referenceProse));
  });

  it('reads 10 000 nested quotes without overflowing the stack', () => {
    const [part] = parseBody(`## A\n\n${'>'.repeat(10_000)} TODO\n`, 0);
    expect(part.parsed.blocks.map((b) => b.kind)).toEqual(['heading', 'blockquote']);
    expect(part.parsed.blocks[1].text.trim()).toBe('TODO');
  });
});
