/**
 * The preview page (the client's webview page around the server's content) in Chromium, with a
 * stand-in for the webview API: its one script runs
 * under the strict CSP (by nonce), posts `reveal` for clicks on findings, scorecard rows and
 * blocks, scrolls on `scrollTo`, swaps content on `update` and applies a `patch` of the page it
 * shows to the same DOM as the whole new page.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework, lintText } from '../../server/src/core';
import { previewDocument } from '../../client/src/previewDocument';
import { planTitle, renderPlan } from '../../server/src/render';
import { planPieces } from '../../server/src/render/article';
import { piecesHtml } from '../../server/src/render/pagePieces';
import { PreviewPages } from '../../server/src/lsp/previewPages';
import { fileUrl, launch, requireChromium, resultsDir, ROOT, watchedPage, type Browser, type Watched } from './chromium';

// Functions given to page.evaluate run in the browser; the project is compiled without the DOM lib.
declare const document: any, window: any;

const NONCE = 'cHJldmlldy10ZXN0LW5vbmNlLTAwMQ==';
const framework = defaultFramework();

describe('preview in Chromium', () => {
  let browser: Browser;
  let folder: string;
  let watched: Watched;
  let url: string;
  let text: string;

  beforeAll(async () => {
    requireChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-preview-'));
    text = readFileSync(path.join(ROOT, 'examples', 'defect-costs.iplan.md'), 'utf8');
    const { plan, findings } = lintText(text, framework, { relativePath: 'defect-costs.iplan.md' });
    const file = path.join(folder, 'preview.html');
    const content = renderPlan(plan, findings, framework, { locale: 'nl', mode: 'preview', documentUri: 'file:///plans/defect-costs.iplan.md', docsUri: (id) => `https://example.org/rules#${id}` });
    writeFileSync(file, previewDocument({ content, title: planTitle(plan, 'nl'), lang: 'nl', nonce: NONCE, cspSource: 'https://*.vscode-cdn.net' }));
    url = fileUrl(file);
    browser = await launch();
    watched = await watchedPage(browser, url);
    // The webview API, as VS Code injects it before the page's scripts run.
    await watched.page.addInitScript(() => {
      const posted: unknown[] = [];
      (window as { __posted?: unknown[] }).__posted = posted;
      (window as { acquireVsCodeApi?: unknown }).acquireVsCodeApi = () => ({ postMessage: (message: unknown) => posted.push(message), getState: () => undefined, setState: () => undefined });
    });
    watched.page.setDefaultTimeout(5000);
    await watched.page.setViewportSize({ width: 900, height: 700 });
    await watched.page.goto(url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const posted = () => watched.page.evaluate(() => (window as { __posted: unknown[] }).__posted.splice(0));

  it('runs its script under the CSP and loads nothing', async () => {
    expect(await watched.page.evaluate(() => Array.isArray((window as { __posted?: unknown }).__posted))).toBe(true);
    // Loaded, it says which page it shows (this one has no id: the extension sends the newest).
    expect(await posted()).toEqual([{ type: 'resync', page: null }]);
    expect(watched.requests).toEqual([]);
    expect(watched.console).toEqual([]);
    expect(watched.errors).toEqual([]);
    const shot = path.join(folder, 'preview-top.png');
    await watched.page.screenshot({ path: shot });
    copyFileSync(shot, path.join(resultsDir('preview'), 'preview-top.png'));
  });

  it('posts reveal with the line of a clicked finding, scorecard row or block', async () => {
    const finding = watched.page.locator('.iplan-finding[data-rule="cost-table-mismatch"]');
    await finding.locator('.iplan-msg').click();
    expect(await posted()).toEqual([{ type: 'reveal', line: Number(await finding.getAttribute('data-line')) }]);

    const row = watched.page.locator('tr[data-section="portfolio"]');
    await row.locator('td').first().click();
    expect(await posted()).toEqual([{ type: 'reveal', line: Number(await row.getAttribute('data-line')) }]);

    const paragraph = watched.page.locator('.iplan-markdown p').nth(3);
    await paragraph.click();
    expect(await posted()).toEqual([{ type: 'reveal', line: Number(await paragraph.getAttribute('data-line')) }]);

    // A finding can be reached and revealed with the keyboard too.
    await finding.focus();
    await watched.page.keyboard.press('Enter');
    expect(await posted()).toEqual([{ type: 'reveal', line: Number(await finding.getAttribute('data-line')) }]);

    // The docs link is left to the webview (no reveal).
    await watched.page.locator('.iplan-finding a.iplan-rule').first().evaluate((a: any) => a.addEventListener('click', (e: any) => e.preventDefault()));
    await watched.page.locator('.iplan-finding a.iplan-rule').first().click();
    expect(await posted()).toEqual([]);
  });

  it('scrolls to the block of a line on scrollTo', async () => {
    const heading = text.split('\n').findIndex((line) => line.startsWith('## 7. Financiën'));
    expect(heading).toBeGreaterThan(0);
    await watched.page.evaluate((line: number) => window.postMessage({ type: 'scrollTo', line }, '*'), heading);
    await watched.page.waitForFunction((line: number) => {
      const el = document.querySelector(`.iplan-markdown [data-line="${line}"]`);
      const top = el.getBoundingClientRect().top;
      return top >= -2 && top < 40;
    }, heading);
    // A line before the first block (the front matter) goes to the top.
    await watched.page.evaluate(() => window.postMessage({ type: 'scrollTo', line: 0 }, '*'));
    await watched.page.waitForFunction(() => window.scrollY === 0);
    // Unknown messages are ignored.
    await watched.page.evaluate(() => window.postMessage({ type: 'reveal', line: 'x' }, '*'));
    expect(await posted()).toEqual([]);
  });

  it('swaps in new content on update', async () => {
    const { plan, findings } = lintText(text.replace('## 7. Financiën', '## 7. Financiën (bijgewerkt)'), framework, { relativePath: 'defect-costs.iplan.md' });
    const content = renderPlan(plan, findings, framework, { locale: 'nl', mode: 'preview' });
    await watched.page.evaluate((html: string) => window.postMessage({ type: 'update', html }, '*'), content);
    await watched.page.waitForFunction(() => document.body.textContent.includes('Financiën (bijgewerkt)'));
    expect(await watched.page.locator('#iplan-root article.iplan-plan').count()).toBe(1);
    expect(await watched.page.locator('script').count()).toBe(1);
    expect(watched.requests).toEqual([]);
  });

  it('applies patches to the same DOM as the whole page, after edits of every kind; asks for the whole page when a patch does not fit', async () => {
    const uri = 'file:///plans/defect-costs.iplan.md';
    const pages = new PreviewPages();
    const piecesOf = (source: string) => {
      const { plan, findings } = lintText(source, framework, { relativePath: 'defect-costs.iplan.md' });
      return planPieces(plan, findings, framework, { locale: 'nl', mode: 'preview', documentUri: uri, docsUri: (id) => `https://example.org/rules#${id}` });
    };
    const send = async (message: unknown, page: string) => {
      await watched.page.evaluate((m: unknown) => window.postMessage(m, '*'), message);
      await watched.page.waitForFunction((id: string) => document.getElementById('iplan-root').getAttribute('data-page') === id, page);
    };
    /** The root's article against the whole page parsed afresh, in the same browser. */
    const sameAsWhole = (html: string) =>
      watched.page.evaluate((whole: string) => {
        const template = document.createElement('template');
        template.innerHTML = whole;
        return document.getElementById('iplan-root').firstElementChild.outerHTML === template.content.firstElementChild.outerHTML;
      }, html);

    let source = text;
    const first = pages.answer(uri, piecesOf(source), undefined);
    await send({ type: 'update', html: first.html, page: first.page }, first.page);
    let shown = first.page;
    const lines = source.split('\n');
    const paragraph = lines.findIndex((line) => /^[A-Z][a-z]+ [a-z]/.test(line));
    const edits: ((t: string) => string)[] = [
      (t) => t.replace(lines[paragraph], `${lines[paragraph]} Een woord erbij.`),
      (t) => t.replace('## 7. Financiën', 'Een nieuwe regel met TODO.\n\n## 7. Financiën'),
      (t) => t.replace(/^versie: .*$/m, 'versie: "2.0"'),
      (t) => t.replace(/^## 3\. .*$/m, '## 3. Iets anders'),
      (t) => t.replace(/^(## 4\. .*)$/m, '$1\n\n### Nieuw\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'),
      (t) => t.replace(/^## 5\. [^\n]*\n[\s\S]*?(?=^## 6\.)/m, ''),
      (t) => t.replace(/^(## 6\. .*)$/m, 'Zie [de bron][bron].\n\n[bron]: https://example.org/bron\n\n$1'),
      (t) => t.replace('\n[bron]: https://example.org/bron\n', '').replace('Zie [de bron][bron].\n', ''),
      (t) => t.replace(/^status: .*$/m, 'status: TODO'),
    ];
    let patches = 0;
    let moved = 0;
    for (const change of edits) {
      const next = change(source);
      expect(next).not.toBe(source);
      source = next;
      const pieces = piecesOf(source);
      const answer = pages.answer(uri, pieces, shown);
      if (answer.patch) patches++;
      moved += answer.patch?.body.filter((change) => Array.isArray(change)).length ?? 0;
      await send(answer.patch ? { type: 'patch', patch: answer.patch, page: answer.page } : { type: 'update', html: answer.html, page: answer.page }, answer.page);
      expect(await sameAsWhole(piecesHtml(pieces, true))).toBe(true);
      shown = answer.page;
    }
    expect(patches).toBe(edits.length);
    // Lines were added and removed: pieces moved by lines were renumbered, not sent again.
    expect(moved).toBeGreaterThan(5);
    expect(await posted()).toEqual([]);

    // A patch made from another page is not applied: the webview asks for the whole page.
    const before = await watched.page.evaluate(() => document.getElementById('iplan-root').innerHTML);
    const stray = pages.answer(uri, piecesOf(source.replace('## 7. Financiën', '## 7. Geld')), first.page);
    const patch = stray.patch ?? { from: 'another-page', article: '<article>', top: [], body: [] };
    await watched.page.evaluate((m: unknown) => window.postMessage(m, '*'), { type: 'patch', patch: { ...patch, from: 'another-page' }, page: 'stray' });
    await watched.page.waitForFunction(() => (window as { __posted: unknown[] }).__posted.length > 0);
    expect(await posted()).toEqual([{ type: 'resync', page: shown }]);
    expect(await watched.page.evaluate(() => document.getElementById('iplan-root').innerHTML)).toBe(before);
    expect(watched.requests).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
