/**
 * The HTML report of the examples in a real browser: made by the built CLI, opened from disk,
 * photographed in light and dark, and checked for what a reviewer needs to see (chart and
 * scorecard), for layout that fits 1280 and 800 px, and for a page that loads nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, launch, requireChromium, resultsDir, ROOT, watchedPage, type Browser } from './chromium';

// Functions given to page.evaluate run in the browser; the project is compiled without the DOM lib.
declare const document: any, window: any;
declare function getComputedStyle(element: unknown): any;

const CLI = path.join(ROOT, 'dist', 'cli.js');

describe('HTML report in Chromium', () => {
  let browser: Browser;
  let folder: string;
  let report: string;
  let url: string;
  const shots = resultsDir('report');

  beforeAll(async () => {
    requireChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-report-'));
    report = path.join(folder, 'report.html');
    // dist/ is built by the suite's global setup (scripts/build.mjs).
    const run = spawnSync(process.execPath, [CLI, '--locale', 'nl', '--format', `html:${report}`, 'examples/'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    // The defect examples have errors: exit 1, and the report is written all the same.
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    url = fileUrl(report);
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 800]) {
      it(`${scheme}, ${width} px: chart and scorecard visible, no horizontal overflow, nothing loaded`, async () => {
        const watched = await watchedPage(browser, url);
        const { page } = watched;
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url, { waitUntil: 'load' });

        // The theme follows the colour scheme.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(15, 20, 25)');

        // An overview row per plan, a section per plan.
        expect(await page.locator('table.iplan-overview-table tbody tr').count()).toBe(11);
        expect(await page.locator('article.iplan-plan').count()).toBe(11);

        // No horizontal overflow: wide tables scroll inside their own wrapper.
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

        // The scorecard of the defect-costs plan (p3): visible, one row per criterion, the failing one marked.
        const scorecard = page.locator('#p3-scorecard');
        await scorecard.scrollIntoViewIfNeeded();
        expect(await scorecard.isVisible()).toBe(true);
        const criteria = page.locator('#p3-scorecard table.iplan-score-criteria tbody tr');
        expect(await criteria.count()).toBe(6);
        expect(await page.locator('#p3-scorecard tr[data-criterion="financien"]').getAttribute('data-outcome')).toBe('error');
        const badge = page.locator('#p3-scorecard tr[data-criterion="financien"] .iplan-badge');
        expect(await badge.isVisible()).toBe(true);
        const [badgeColor, badgeText] = await badge.evaluate((el) => [getComputedStyle(el).color, el.textContent]);
        expect(badgeText).toBe('Fout');
        expect(badgeColor).not.toBe(await page.evaluate(() => getComputedStyle(document.body).color));

        // The chart: visible, drawn to scale, and not squeezed.
        const chart = page.locator('#p3-costs svg.iplan-chart');
        await chart.scrollIntoViewIfNeeded();
        expect(await chart.isVisible()).toBe(true);
        const box = (await chart.boundingBox())!;
        expect(box.width).toBeGreaterThan(Math.min(500, width - 120));
        expect(box.height).toBeGreaterThan(180);
        const bars = await chart.evaluate((svg) =>
          [...svg.querySelectorAll('rect[data-amount]')].map((rect) => ({ amount: Number(rect.getAttribute('data-amount')), height: rect.getBoundingClientRect().height })),
        );
        expect(bars.length).toBeGreaterThanOrEqual(6);
        const perEuro = bars[0].height / bars[0].amount;
        for (const bar of bars) expect(Math.abs(bar.height - bar.amount * perEuro)).toBeLessThan(1);
        const fill = await page.locator('#p3-costs rect.iplan-bar-renewal').first().evaluate((rect) => getComputedStyle(rect).fill);
        expect(fill).not.toBe('rgb(0, 0, 0)');

        // Screenshots for people: the top of the report, the scorecard, the chart, findings in the text.
        const name = `${scheme}-${width}`;
        const files: string[] = [];
        const shoot = async (file: string, take: (target: string) => Promise<unknown>) => {
          const target = path.join(folder, file);
          await take(target);
          copyFileSync(target, path.join(shots, file));
          files.push(file);
        };
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(`${name}-overview.png`, (target) => page.screenshot({ path: target }));
        await shoot(`${name}-scorecard.png`, (target) => scorecard.screenshot({ path: target }));
        await shoot(`${name}-costs.png`, (target) => page.locator('#p3-costs').screenshot({ path: target }));
        await shoot(`${name}-portfolio.png`, (target) => page.locator('#p2-portfolio').screenshot({ path: target }));
        const findingRow = page.locator('#p3-text tr.iplan-finding-row').first();
        await findingRow.scrollIntoViewIfNeeded();
        await shoot(`${name}-text.png`, (target) => page.screenshot({ path: target }));
        expect(files).toHaveLength(5);

        // Offline and self-contained: nothing requested, nothing refused by the CSP, no errors.
        expect(watched.requests).toEqual([]);
        expect(watched.console).toEqual([]);
        expect(watched.errors).toEqual([]);
        await page.close();
      }, 60_000);
    }
  }
});
