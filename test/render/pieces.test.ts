// The preview's page in pieces (render/pagePieces.ts) and the patches the server sends after an
// edit (lsp/previewPages.ts): the pieces put together are the article rendered at once, and every
// patch, applied to the page it was made from, gives the page of the new version, after edits of
// the front matter, the costs, headings, findings and lines.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../server/src/core';
import { applyPagePatch, PreviewPages } from '../../server/src/lsp/previewPages';
import type { PagePatch } from '../../server/src/lsp/protocol';
import { planArticle, planPieces } from '../../server/src/render/article';
import type { RenderOptions } from '../../server/src/render/context';
import { toHtml } from '../../server/src/render/hast';
import { bodyPieces, PAGE_END, PIECE_MARK, piecesHtml, topPieces, type PagePieces } from '../../server/src/render/pagePieces';
import { framework, ROOT } from './helpers';

const OPTIONS: RenderOptions = { locale: 'nl', mode: 'preview', documentUri: 'file:///p/plan.iplan.md', docsUri: (id) => `https://example.org/rules#${id}` };
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const plans = [
  ...readdirSync(path.join(ROOT, 'examples')).filter((name) => name.endsWith('.md')).map((name) => path.join('examples', name)),
  ...readdirSync(path.join(ROOT, 'test', 'corpus')).filter((name) => name.endsWith('.md')).map((name) => path.join('test', 'corpus', name)),
];

function piecesOf(text: string): { pieces: PagePieces; whole: string } {
  const { plan, findings } = lintText(text, framework, { relativePath: 'plan.iplan.md' });
  return { pieces: planPieces(plan, findings, framework, OPTIONS), whole: toHtml(planArticle(plan, findings, framework, OPTIONS)) };
}

/** The page as the webview holds it: the marked pieces. */
type Shown = { article: string; top: string[]; text: string; body: string[] };
const shownOf = (pieces: PagePieces): Shown => ({ article: pieces.article, top: topPieces(pieces.top, true), text: pieces.text, body: bodyPieces(pieces.body, true) });
const htmlOf = (shown: Shown) => shown.article + shown.top.join('') + shown.text + shown.body.join('') + PAGE_END;

/**
 * A piece moved by lines renumbered as the webview renumbers its nodes (the attributes, by
 * pattern: these plans write no such text of their own).
 */
const moved = (piece: string, lines: number) =>
  piece
    .replace(/ (data-line|data-line-end)="(\d+)"/g, (_, name: string, line: string) => ` ${name}="${Number(line) + lines}"`)
    .replace(/ id="iplan-L(\d+)"/g, (_, line: string) => ` id="iplan-L${Number(line) + lines}"`);

/** `text` with its first match of `pattern` replaced; the pattern must match. */
function edit(text: string, pattern: RegExp | string, by: string): string {
  const changed = text.replace(pattern, by);
  expect(changed, String(pattern)).not.toBe(text);
  return changed;
}

/** Edits of every kind a patch must follow, in turn, on the example plan. */
const EDITS: [string, (text: string) => string][] = [
  ['a word typed in a paragraph', (t) => edit(t, /^(Het [^\n]*)$/m, '$1 Een woord erbij.')],
  ['a line added (every line after it moves)', (t) => edit(t, /^(## 2\. [^\n]*)$/m, 'Een nieuwe regel met TODO.\n\n$1')],
  ['a front-matter value', (t) => edit(t, /^versie: .*$/m, 'versie: "1.0"')],
  ['a cost figure (chart, table and a finding)', (t) => edit(t, 'vernieuwing: 14800000', 'vernieuwing: 14900000')],
  ['a heading renamed (scorecard, section missing)', (t) => edit(t, /^## 3\. (.*)$/m, '## 3. Iets anders')],
  ['a heading and its text removed', (t) => edit(t, /^## 5\. [^\n]*\n[\s\S]*?(?=^## 6\.)/m, '')],
  ['a table and a heading added', (t) => edit(t, /^(## 4\. [^\n]*)$/m, '$1\n\n### Nieuw\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')],
  ['a definition (the plan text rendered whole)', (t) => edit(t, /^(## 6\. [^\n]*)$/m, 'Zie [de bron][bron].\n\n[bron]: https://example.org/bron\n\n$1')],
  ['the definition removed again', (t) => edit(edit(t, '\n[bron]: https://example.org/bron\n', ''), 'Zie [de bron][bron].\n', '')],
  ['the title', (t) => edit(t, /^titel: .*$/m, 'titel: "Een andere titel"')],
  ['a placeholder in the front matter (a finding in the header)', (t) => edit(t, /^status: .*$/m, 'status: TODO')],
  ['the front matter opened no more', (t) => edit(t, /^---\n/, '')],
];

describe('the preview page in pieces', () => {
  it.each(plans)('%s: the pieces put together are the article rendered at once', (file) => {
    const { pieces, whole } = piecesOf(read(file));
    expect(piecesHtml(pieces, false)).toBe(whole);
    // Marked, it is the same page with a comment before each piece.
    const marked = piecesHtml(pieces, true);
    expect(marked.split(`<!--${PIECE_MARK}-->`).join('')).toBe(whole);
    expect(marked.split(`<!--${PIECE_MARK}-->`).length - 1).toBe(pieces.top.length + pieces.body.length);
  });

  it('a patch after each kind of edit, applied to the page it was made from, is the page of the edited plan', () => {
    const pages = new PreviewPages();
    let text = read('examples/bzk-2026-2029.iplan.md');
    const first = piecesOf(text).pieces;
    let answer = pages.answer('file:///p/plan.iplan.md', first, undefined);
    expect(answer.html).toBe(piecesHtml(first, true));
    let shown = shownOf(first);
    let page = answer.page;
    const sent: Record<string, { patch: boolean; newBody: number; newTop: number; movedBody: number }> = {};
    for (const [name, change] of EDITS) {
      text = change(text);
      const { pieces, whole } = piecesOf(text);
      expect(piecesHtml(pieces, false), name).toBe(whole);
      answer = pages.answer('file:///p/plan.iplan.md', pieces, page);
      if (answer.patch) {
        expect(answer.patch.from).toBe(page);
        shown = applyPagePatch(shown, answer.patch, moved);
      } else {
        shown = shownOf(pieces);
        expect(answer.html, name).toBe(htmlOf(shown));
      }
      expect(htmlOf(shown), name).toBe(piecesHtml(pieces, true));
      expect(answer.page).not.toBe(page);
      page = answer.page;
      const fresh = (changes: PagePatch['body']) => changes.filter((c) => typeof c === 'string').length;
      sent[name] = {
        patch: answer.patch !== undefined,
        newBody: answer.patch ? fresh(answer.patch.body) : -1,
        newTop: answer.patch ? fresh(answer.patch.top) : -1,
        movedBody: answer.patch ? answer.patch.body.filter((c) => Array.isArray(c)).length : -1,
      };
    }
    // A word typed: one part of the text, and of the rest only what counts findings (header, scorecard) if anything.
    expect(sent['a word typed in a paragraph']).toMatchObject({ patch: true, newBody: 1 });
    expect(sent['a word typed in a paragraph'].newTop).toBeLessThanOrEqual(2);
    // A line added: the parts after it are moved by a line, not sent again (but those with findings, whose lines are in their text).
    const added = sent['a line added (every line after it moves)'];
    expect(added.patch).toBe(true);
    expect(added.movedBody).toBeGreaterThan(5);
    expect(added.newBody).toBeLessThan(added.movedBody);
    // A front-matter value: no part of the plan text.
    expect(sent['a front-matter value']).toMatchObject({ patch: true, newBody: 0 });
    // A cost figure: at most the part with the cost table, where the mismatch finding goes.
    expect(sent['a cost figure (chart, table and a finding)'].newBody).toBeLessThanOrEqual(1);
    // Nothing changed: nothing new is sent.
    const again = pages.answer('file:///p/plan.iplan.md', piecesOf(text).pieces, page);
    expect(again.patch?.body.every((c) => typeof c === 'number')).toBe(true);
    expect(sent['a word typed in a paragraph'].movedBody).toBe(0);
    expect(again.patch?.top.every((c) => typeof c === 'number')).toBe(true);
  });

  it('a page it does not have (another worker, or forgotten) gets the whole page', () => {
    const pages = new PreviewPages();
    const { pieces } = piecesOf(read('examples/defect-costs.iplan.md'));
    const first = pages.answer('file:///p/a.iplan.md', pieces, undefined);
    expect(pages.answer('file:///p/a.iplan.md', pieces, 'elsewhere-1')).toMatchObject({ html: piecesHtml(pieces, true) });
    expect(new PreviewPages().answer('file:///p/a.iplan.md', pieces, first.page).html).toBe(piecesHtml(pieces, true));
    pages.forget('file:///p/a.iplan.md');
    expect(pages.answer('file:///p/a.iplan.md', pieces, first.page).patch).toBeUndefined();
    // The page before the newest is still known (its answer may not have arrived); the one before that is not.
    const older = pages.answer('file:///p/a.iplan.md', pieces, undefined);
    const before = pages.answer('file:///p/a.iplan.md', pieces, undefined);
    pages.answer('file:///p/a.iplan.md', pieces, undefined);
    expect(pages.answer('file:///p/a.iplan.md', pieces, before.page).patch).toBeDefined();
    expect(pages.answer('file:///p/a.iplan.md', pieces, older.page).patch).toBeUndefined();
  });
});
