/**
 * Hostile plans in a real browser. A plan full of XSS vectors (xss-vectors.ts) is rendered as a
 * report and as a preview and loaded in headless Chromium with every request except the page
 * itself recorded and aborted. Nothing may open a dialog, log the marker, set window.__xss or
 * fire a request — not even with the CSP taken out, so the sanitizer holds on its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewCsp, previewDocument } from '../../client/src/previewDocument';
import { defaultFramework, lintText } from '../../server/src/core';
import { planTitle, RENDER_CSS, renderPlan, renderReport } from '../../server/src/render';
import { fileUrl, launch, requireChromium, watchedPage, type Browser, type Watched } from './chromium';
import { hostilePlan, XSS_VECTORS, type Vector } from './xss-vectors';

// Functions given to page.evaluate run in the browser; the project is compiled without the DOM lib.
declare const document: any, window: any, location: any, HTMLElement: any, Event: any;

const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3ODkw';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const framework = defaultFramework();

function lint(text: string) {
  return lintText(text, framework, { relativePath: 'hostile.iplan.md' });
}

/** A report fragment in a bare page: no CSP at all, so only the sanitizer protects it. */
function bareReport(text: string): string {
  const { plan, findings } = lint(text);
  const article = renderPlan(plan, findings, framework, { locale: 'nl', mode: 'report', docsUri: (id) => `https://example.org/rules#${id}` });
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>t</title><style>${RENDER_CSS}</style></head><body class="iplan-page"><main class="iplan-shell">${article}</main></body></html>`;
}

function preview(text: string, withCsp: boolean): string {
  const { plan, findings } = lint(text);
  const content = renderPlan(plan, findings, framework, { locale: 'nl', mode: 'preview' });
  const document = previewDocument({ content, title: planTitle(plan, 'nl'), lang: 'nl', nonce: NONCE, cspSource: CSP_SOURCE });
  if (withCsp) return document;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${previewCsp(NONCE, CSP_SOURCE).replace(/'/g, '&#x27;')}">`;
  const stripped = document.replace(meta, '');
  expect(stripped).not.toBe(document);
  return stripped;
}

function cliReport(text: string): string {
  const { plan, findings } = lint(text);
  return renderReport([{ file: 'hostile.iplan.md', findings, plan, framework }], { locale: 'nl', toolVersion: 'test' });
}

/** Every event a hostile attribute could hang on, on every element; clicks on all but links. */
const PROVOKE = () => {
  const types = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'pointerdown', 'focus', 'focusin', 'blur', 'toggle', 'animationstart', 'animationend', 'transitionend', 'load', 'error', 'scroll', 'input', 'change', 'beforetoggle'];
  for (const element of Array.from<any>(document.querySelectorAll('*'))) {
    for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true }));
    if (!element.closest('a') && element instanceof HTMLElement) element.click();
    if (element instanceof HTMLElement && element.tabIndex >= 0) element.focus();
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
};

describe('hostile content in Chromium', () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    requireChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-xss-'));
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /**
   * Loads a document in a watched page (a fresh one, or `reuse`d with its records cleared),
   * provokes every event handler a payload could have, and reports what happened.
   */
  async function load(name: string, html: string, reuse?: Watched) {
    const file = path.join(folder, `${name}.html`);
    writeFileSync(file, html);
    const url = fileUrl(file);
    const watched = reuse ?? (await watchedPage(browser, () => url));
    for (const list of [watched.dialogs, watched.console, watched.requests, watched.errors]) list.length = 0;
    const { page } = watched;
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(PROVOKE);
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      scripts: document.scripts.length,
      handlers: Array.from<any>(document.querySelectorAll('*')).flatMap((el) => (el.getAttributeNames() as string[]).filter((n) => n.toLowerCase().startsWith('on'))),
      frames: window.frames.length,
      csp: Array.from<any>(document.querySelectorAll('meta[http-equiv]')).map((m) => `${m.getAttribute('http-equiv')}: ${m.getAttribute('content')}`),
      location: location.href,
      plans: document.querySelectorAll('article.iplan-plan').length,
    }));
    if (!reuse) await page.close();
    return { dialogs: [...watched.dialogs], console: [...watched.console], requests: [...watched.requests], errors: [...watched.errors], state, url };
  }

  function assertQuiet(result: Awaited<ReturnType<typeof load>>, scripts: number) {
    expect(result.dialogs, 'dialogs').toEqual([]);
    expect(result.console.filter((m) => m.includes('XSS')), 'console marker').toEqual([]);
    expect(result.console, 'console (a CSP refusal would mean something tried to run or load)').toEqual([]);
    expect(result.errors, 'page errors').toEqual([]);
    expect(result.requests, 'network requests').toEqual([]);
    expect(result.state.xss, 'window.__xss').toBeUndefined();
    expect(result.state.handlers, 'event-handler attributes').toEqual([]);
    expect(result.state.scripts, 'script elements').toBe(scripts);
    expect(result.state.frames, 'frames').toBe(0);
    expect(result.state.location, 'navigated away').toBe(result.url);
    expect(result.state.plans).toBe(1);
  }

  it('the whole corpus as a bare report (no CSP): nothing runs, nothing loads', async () => {
    const result = await load('report-bare', bareReport(hostilePlan()));
    assertQuiet(result, 0);
    expect(result.state.csp).toEqual([]);
  });

  it('the whole corpus as the CLI’s HTML report (with its CSP)', async () => {
    const result = await load('report-cli', cliReport(hostilePlan()));
    assertQuiet(result, 0);
    expect(result.state.csp).toHaveLength(1);
    expect(result.state.csp[0]).toMatch(/^Content-Security-Policy: default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/);
  });

  it('the whole corpus as the preview, with its CSP: exactly our one script and the CSP meta', async () => {
    const result = await load('preview', preview(hostilePlan(), true));
    assertQuiet(result, 1);
    expect(result.state.csp).toEqual([`Content-Security-Policy: ${previewCsp(NONCE, CSP_SOURCE)}`]);
    expect(previewCsp(NONCE, CSP_SOURCE)).toBe(
      `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';`,
    );
  });

  it('the whole corpus as the preview without its CSP: the sanitizer alone holds', async () => {
    const result = await load('preview-no-csp', preview(hostilePlan(), false));
    assertQuiet(result, 1);
    expect(result.state.csp).toEqual([]);
  });

  it('each vector on its own, in the preview without its CSP', async () => {
    // One vector cannot hide behind another's broken markup here. (The report shows the same
    // sanitized article, without our script; the whole corpus covers it above.)
    const failures: string[] = [];
    let current = '';
    const page = await watchedPage(browser, () => current);
    for (const [index, vector] of XSS_VECTORS.entries()) {
      current = fileUrl(path.join(folder, `vector-${index}.html`));
      const result = await load(`vector-${index}`, preview(hostilePlan([vector as Vector]), false), page);
      try {
        assertQuiet(result, 1);
      } catch (error) {
        failures.push(`${vector.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    await page.page.close();
    expect(failures).toEqual([]);
  }, 240_000);

  it('the watcher is not blind: an unsanitized payload is caught on every channel', async () => {
    const raw = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><article class="iplan-plan">
      <img src="https://attacker.example/pixel.png" onerror="window.__xss=1;console.log('XSS');alert(1)"></article></body></html>`;
    const result = await load('unsanitized', raw);
    expect(result.dialogs).toContain('alert: 1');
    expect(result.console).toContain('log: XSS');
    expect(result.requests).toContain('https://attacker.example/pixel.png');
    expect(result.state.handlers).toEqual(['onerror']);
  });
});
