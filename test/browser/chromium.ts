/**
 * Debian's headless Chromium through playwright-core: a fresh profile per launch, no network
 * services, and a page that records every dialog, console message and request it sees.
 * The test setup installs Debian's Chromium when missing (test/setup/debian.ts); should it still
 * be missing, a launch fails loudly.
 */
// @ts-expect-error -- the e2e harness is plain ESM JavaScript; its flag list is the one source.
import { CHROMIUM_ARGS } from '../e2e/code-server.mjs';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '..', '..');
/** Screenshots are kept here too (gitignored) so a person can look at them after a run. */
export const RESULTS = path.join(ROOT, 'test-results', 'browser');

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's package: apt-get update && apt-get install -y chromium ` +
        '(CI does this in .ci/run); do not use `npx playwright install`.',
    );
  }
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  requireChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'iplan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  dialogs: string[];
  console: string[];
  /** Every request other than the document itself (all of them are aborted). */
  requests: string[];
  errors: string[];
}

/**
 * A new page that lets only the document load and records everything else that happens.
 * `documentUrl` may be a function, for a page that is navigated to several documents in turn.
 */
export async function watchedPage(browser: Browser, documentUrl: string | (() => string)): Promise<Watched> {
  const allowed = typeof documentUrl === 'function' ? documentUrl : () => documentUrl;
  const page = await browser.context.newPage();
  const watched: Watched = { page, dialogs: [], console: [], requests: [], errors: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => watched.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === allowed()) return route.continue();
    watched.requests.push(url);
    return route.abort();
  });
  // Requests the router never sees (navigations of frames, for example) still show up here.
  page.on('request', (request) => {
    if (request.url() !== allowed() && !watched.requests.includes(request.url())) watched.requests.push(request.url());
  });
  return watched;
}

export function fileUrl(file: string): string {
  return pathToFileURL(file).href;
}

export function resultsDir(name: string): string {
  const dir = path.join(RESULTS, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Gives the page `__rgb(colour, behind?)`: any CSS colour as `rgb(r, g, b)`, laid over what is
 * behind it. Chromium computes a colour in the notation it was written in (`color(srgb …)` for
 * `color-mix()`, `rgba(…)` with alpha); a canvas turns every one of them into plain 0–255 RGB.
 */
export async function installColourReader(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as any;
    const context = g.document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    g.__rgb = (colour: string, behind = '#ffffff') => {
      context.globalCompositeOperation = 'copy';
      context.fillStyle = behind;
      context.fillRect(0, 0, 1, 1);
      context.globalCompositeOperation = 'source-over';
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g2, b] = context.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g2}, ${b})`;
    };
  });
}
