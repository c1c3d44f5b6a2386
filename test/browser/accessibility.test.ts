/**
 * WCAG 2.1 AA of the HTML report, the compare and portfolio pages and the preview in Debian's Chromium: axe-core
 * over the examples and a generated corpus (realistic variants and mutated plans), the pages in
 * light, dark (prefers-color-scheme) and forced colours (Windows' high contrast), the preview in
 * VS Code's Light Modern, Dark Modern, Dark High Contrast and Light High Contrast; then what axe
 * cannot see: the contrast of the chart's text, links told apart without colour, the language of
 * the plan text, and a keyboard that reaches every link and control in order, with a visible focus.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewDocument } from '../../client/src/previewDocument';
import { defaultFramework, lintText, planTemplate } from '../../server/src/core';
import { comparePlans } from '../../server/src/core/review/compare';
import { buildPortfolio } from '../../server/src/core/review/portfolio';
import { planTitle, renderComparePage, renderPlan, renderPortfolioPage, renderReport, type ReportEntry } from '../../server/src/render';
// @ts-expect-error -- plain ESM JavaScript shared with the benchmark.
import { writeCorpus } from '../../bench/corpus.mjs';
import { mutatedPlan } from '../fuzz/plans';
import { describeViolations, runAxe } from './axe';
import { fileUrl, installColourReader, launch, requireChromium, ROOT, watchedPage, type Browser } from './chromium';
import { DARK_MODERN, LIGHT_MODERN, WEBVIEW_THEMES, type WebviewTheme } from './vscodeThemes';

// Functions given to page.evaluate run in the browser; the project is compiled without the DOM lib.
declare const document: any, window: any;
declare function getComputedStyle(element: unknown): any;

const framework = defaultFramework();

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const NONCE = 'YWNjZXNzaWJpbGl0eS10ZXN0LW5vbmNl';
const EXAMPLES = path.join(ROOT, 'examples');

interface Source {
  file: string;
  text: string;
}

const examples: Source[] = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.iplan.md'))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(EXAMPLES, file), 'utf8') }));

/** Realistic variants (the benchmark's generator), mutated plans (the fuzzer's), and a plan written in English. */
function generatedCorpus(folder: string): Source[] {
  const corpus = path.join(folder, 'corpus');
  writeCorpus(corpus, 8, 20261202);
  const variants = readdirSync(corpus).sort().map((file) => ({ file, text: readFileSync(path.join(corpus, file), 'utf8') }));
  const mutated = fc.sample(mutatedPlan, { seed: 20261202, numRuns: 8 }).map((text, i) => ({ file: `mutated-${i}.iplan.md`, text }));
  const english = { file: 'english.iplan.md', text: planTemplate(framework, { language: 'en', startYear: 2027 }) };
  return [...variants, ...mutated, english];
}

function entry(source: Source): ReportEntry {
  const { plan, findings } = lintText(source.text, framework, { relativePath: source.file });
  return { file: source.file, findings, plan, framework };
}

function report(sources: readonly Source[], locale: 'nl' | 'en'): string {
  return renderReport(sources.map(entry), { locale, toolVersion: 'test', docsUri: (id) => `https://example.org/rules#${id}` });
}

/** The reviewer's page of two versions, as `iplan compare --format html` writes it. */
function comparePage(before: Source, after: Source, locale: 'nl' | 'en'): string {
  const version = (source: Source) => ({ ...lintText(source.text, framework, { relativePath: source.file }), file: source.file });
  return renderComparePage(comparePlans(version(before), version(after)), { locale, framework, docsUri: (id) => `https://example.org/rules#${id}`, toolVersion: 'test' });
}

/** The Rijk-wide page over plans, as `iplan portfolio --format html` writes it. */
function portfolioPage(sources: readonly Source[], locale: 'nl' | 'en'): string {
  const entries = sources.map((source) => ({ file: source.file, plan: lintText(source.text, framework, { relativePath: source.file }).plan, framework }));
  return renderPortfolioPage(buildPortfolio(entries), { locale, framework, toolVersion: 'test' });
}

function preview(source: Source): string {
  const { plan, findings } = lintText(source.text, framework, { relativePath: source.file });
  const content = renderPlan(plan, findings, framework, { locale: 'nl', mode: 'preview', documentUri: `file:///plans/${source.file}`, docsUri: (id) => `https://example.org/rules#${id}` });
  return previewDocument({ content, title: planTitle(plan, 'nl'), lang: 'nl', nonce: NONCE, cspSource: 'https://*.vscode-cdn.net' });
}

describe('accessibility (WCAG 2.1 AA) in Chromium', () => {
  let browser: Browser;
  let folder: string;
  const pages = new Map<string, string>();
  const checked: string[] = [];

  const write = (name: string, html: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, html);
    pages.set(name, fileUrl(file));
    return name;
  };

  async function open(name: string, setup: { scheme?: 'light' | 'dark'; forcedColors?: boolean; theme?: WebviewTheme; width?: number } = {}) {
    const url = pages.get(name)!;
    const watched = await watchedPage(browser, url);
    const { page } = watched;
    await page.setViewportSize({ width: setup.width ?? 1280, height: 900 });
    if (setup.theme) {
      await page.addInitScript(() => {
        (window as { acquireVsCodeApi?: unknown }).acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });
      });
    }
    await page.emulateMedia({ colorScheme: setup.scheme ?? setup.theme?.scheme ?? 'light', forcedColors: setup.forcedColors ? 'active' : 'none' });
    await page.goto(url, { waitUntil: 'load' });
    if (setup.theme) {
      // As VS Code does: the theme's colours on <html>, its kind as a class of <body>.
      await page.evaluate((theme: WebviewTheme) => {
        for (const [name, value] of Object.entries(theme.variables)) document.documentElement.style.setProperty(name, value);
        document.body.classList.add(...theme.bodyClass.split(' '));
      }, setup.theme);
    }
    return watched;
  }

  async function expectClean(name: string, setup: Parameters<typeof open>[1], label: string): Promise<void> {
    const { page } = await open(name, setup);
    const result = await runAxe(page);
    checked.push(label);
    expect(describeViolations(result.violations), label).toEqual([]);
    // What axe leaves undecided is the chart's text (SVG): its contrast is measured below.
    expect(Object.keys(result.incomplete).filter((rule) => rule !== 'color-contrast'), label).toEqual([]);
    await page.close();
  }

  let corpus: Source[];
  beforeAll(async () => {
    requireChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-a11y-'));
    corpus = generatedCorpus(folder);
    write('report-examples-nl.html', report(examples, 'nl'));
    write('report-examples-en.html', report(examples, 'en'));
    write('report-corpus.html', report(corpus, 'nl'));
    const [bzk, activities, costs] = ['bzk-2026-2029.iplan.md', 'defect-activities.iplan.md', 'defect-costs.iplan.md'].map((file) => examples.find((e) => e.file === file)!);
    // Every kind of change at once (period, costs both ways, activities, objectives, sections, findings), and none.
    write('compare-nl.html', comparePage(bzk, costs, 'nl'));
    write('compare-en.html', comparePage(activities, bzk, 'en'));
    write('compare-corpus.html', comparePage(corpus[0], corpus[8], 'nl'));
    write('compare-unchanged.html', comparePage(bzk, bzk, 'nl'));
    write('portfolio-nl.html', portfolioPage(examples, 'nl'));
    write('portfolio-en.html', portfolioPage(examples, 'en'));
    write('portfolio-corpus.html', portfolioPage(corpus, 'nl'));
    write('portfolio-empty.html', portfolioPage([], 'nl'));
    for (const source of [...examples, ...corpus.slice(0, 4), ...corpus.slice(8, 12), corpus.at(-1)!]) write(`preview-${source.file}.html`, preview(source));
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    // The figures a reader of the run wants: how many pages in how many themes were checked.
    console.log(`axe-core: ${checked.length} page × theme combinations without violations`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the report of the examples, ${scheme}, at 1280 and 360 px: no violation`, async () => {
      await expectClean('report-examples-nl.html', { scheme }, `report examples nl ${scheme} 1280`);
      await expectClean('report-examples-nl.html', { scheme, width: 360 }, `report examples nl ${scheme} 360`);
      await expectClean('report-examples-en.html', { scheme }, `report examples en ${scheme} 1280`);
    }, 300_000);

    it(`the report of the generated corpus, ${scheme}: no violation`, async () => {
      await expectClean('report-corpus.html', { scheme }, `report corpus ${scheme}`);
    }, 300_000);

    it(`the compare page, ${scheme}, at 1280 and 360 px: no violation`, async () => {
      for (const name of ['compare-nl.html', 'compare-en.html', 'compare-corpus.html', 'compare-unchanged.html']) await expectClean(name, { scheme }, `${name} ${scheme} 1280`);
      await expectClean('compare-nl.html', { scheme, width: 360 }, `compare-nl.html ${scheme} 360`);
    }, 300_000);

    it(`the portfolio page, ${scheme}, at 1280 and 360 px: no violation`, async () => {
      for (const name of ['portfolio-nl.html', 'portfolio-en.html', 'portfolio-corpus.html', 'portfolio-empty.html']) await expectClean(name, { scheme }, `${name} ${scheme} 1280`);
      await expectClean('portfolio-nl.html', { scheme, width: 360 }, `portfolio-nl.html ${scheme} 360`);
    }, 300_000);
  }

  it('the report, the compare page and the portfolio page in forced colours (high contrast), light and dark: no violation', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await expectClean('report-examples-nl.html', { scheme, forcedColors: true }, `report examples nl forced ${scheme}`);
      await expectClean('compare-nl.html', { scheme, forcedColors: true }, `compare-nl.html forced ${scheme}`);
      await expectClean('portfolio-nl.html', { scheme, forcedColors: true }, `portfolio-nl.html forced ${scheme}`);
    }
  }, 300_000);

  for (const theme of WEBVIEW_THEMES) {
    it(`the preview of every example and of generated plans, ${theme.name}: no violation`, async () => {
      for (const name of [...pages.keys()].filter((n) => n.startsWith('preview-'))) await expectClean(name, { theme }, `${name} ${theme.name}`);
    }, 600_000);
  }

  it("the chart's text has a contrast of at least 4.5:1 against what is behind it, in every theme", async () => {
    const setups: { scheme?: 'light' | 'dark'; theme?: WebviewTheme; name?: string }[] = [
      { scheme: 'light' },
      { scheme: 'dark' },
      { scheme: 'light', name: 'compare-nl.html' },
      { scheme: 'dark', name: 'compare-nl.html' },
      { scheme: 'light', name: 'portfolio-nl.html' },
      { scheme: 'dark', name: 'portfolio-nl.html' },
      ...WEBVIEW_THEMES.map((theme) => ({ theme })),
    ];
    for (const setup of setups) {
      const name = setup.name ?? (setup.theme ? 'preview-defect-costs.iplan.md.html' : 'report-examples-nl.html');
      const { page } = await open(name, setup);
      await installColourReader(page);
      const colours: { text: string; fill: string; behind: string }[] = await page.evaluate(() => {
        const rgb = (globalThis as any).__rgb;
        const background = rgb(getComputedStyle(document.body).backgroundColor);
        return [...document.querySelectorAll('svg.iplan-chart text')].map((text: any) => {
          // A value sits on its bar segment, everything else on the page.
          const component = [...text.classList].find((c: string) => c.startsWith('iplan-chart-value-'))?.slice('iplan-chart-value-'.length);
          const bar = component ? text.parentElement.querySelector(`rect.iplan-bar-${component}`) : null;
          const behind = bar ? rgb(getComputedStyle(bar).fill, background) : background;
          return { text: `${text.getAttribute('class')} ${text.textContent}`, fill: rgb(getComputedStyle(text).fill, behind), behind };
        });
      });
      const ratios = colours.map(({ text, fill, behind }) => ({ text, ratio: contrastRatio(fill, behind) }));
      expect(ratios.length).toBeGreaterThan(setup.name ? 8 : 20);
      const low = ratios.filter((r) => r.ratio < 4.5).map((r) => `${r.text}: ${r.ratio.toFixed(2)}`);
      expect(low, JSON.stringify(setup)).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('charts have a text alternative: role="img" with a name and description, and the same figures as a table', async () => {
    const { page } = await open('report-examples-nl.html');
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg.iplan-chart')].map((svg: any) => {
        const named = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id: string) => document.getElementById(id)?.textContent ?? '');
        const years = [...svg.querySelectorAll('g.iplan-chart-year')].map((g: any) => g.getAttribute('data-year'));
        const table = svg.closest('.iplan-costs').querySelector('table.iplan-cost-table');
        const rows = [...table.querySelectorAll('tbody th[scope="row"]')].map((th: any) => th.textContent);
        return { role: svg.getAttribute('role'), title: named[0], description: named[1], years, rows, caption: table.querySelector('caption')?.textContent };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(8);
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.title).toBe('ICT-kosten per planjaar: vernieuwing en beheer en onderhoud');
      for (const year of chart.years) expect(chart.description).toContain(year);
      expect(chart.rows).toEqual(chart.years);
      expect(chart.caption).toBe('Kosten per planjaar');
    }
    await page.close();

    // The portfolio's charts (per ministry, per year, per theme): each beside a table of the same figures.
    const portfolio = (await open('portfolio-nl.html')).page;
    const portfolioCharts = await portfolio.evaluate(() =>
      [...document.querySelectorAll('svg.iplan-chart')].map((svg: any) => {
        const named = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id: string) => document.getElementById(id)?.textContent ?? '');
        const table = svg.closest('.iplan-costs')?.querySelector('table');
        return { role: svg.getAttribute('role'), title: named[0], description: named[1] ?? '', caption: table?.querySelector('caption')?.textContent };
      }),
    );
    expect(portfolioCharts.length).toBeGreaterThanOrEqual(3);
    for (const chart of portfolioCharts) {
      expect(chart.role).toBe('img');
      expect(chart.title).not.toBe('');
      expect(chart.description.length).toBeGreaterThan(20);
      expect(chart.caption).toBeTruthy();
    }
    await portfolio.close();
  }, 60_000);

  it('links are underlined, so they stand out from the text around them without colour', async () => {
    for (const name of ['report-examples-nl.html', 'preview-bzk-2026-2029.iplan.md.html']) {
      const { page } = await open(name, name.startsWith('preview') ? { theme: LIGHT_MODERN } : {});
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a: any) => ({
          text: a.textContent,
          underlined: getComputedStyle(a).textDecorationLine.includes('underline'),
          // The contents pills are bordered buttons of their own, not links within text.
          pill: Boolean(a.closest('nav.iplan-toc')) && getComputedStyle(a).borderTopStyle === 'solid',
        })),
      );
      expect(links.length).toBeGreaterThan(20);
      expect(links.filter((l) => !l.underlined && !l.pill)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('says what language the page and the plan text are in', async () => {
    const { page } = await open('report-examples-en.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Under English labels, plans written in Dutch keep their language; the OCW example is written in English.
    const languages = await page.evaluate(() =>
      [...document.querySelectorAll('article.iplan-plan')].map((article: any) => [article.lang, article.querySelector('.iplan-title').lang, article.querySelector('.iplan-markdown').lang].join(' ')),
    );
    expect(languages).toEqual(examples.map((e) => (e.file.startsWith('ocw-') ? 'en en en' : 'en nl nl')));
    await page.close();
    const corpusPage = (await open('report-corpus.html')).page;
    const english = await corpusPage.evaluate(() => [...document.querySelectorAll('article.iplan-plan')].at(-1).querySelector('.iplan-markdown').lang);
    expect(english).toBe('en');
    await corpusPage.close();
  }, 60_000);

  for (const name of ['report-examples-nl.html', 'compare-nl.html', 'portfolio-nl.html', 'preview-defect-costs.iplan.md.html']) {
    it(`${name.replace(/[-.].*/, '')}: Tab reaches every link and control in document order, each with a visible focus`, async () => {
      const { page } = await open(name, name.startsWith('preview') ? { theme: DARK_MODERN } : {});
      const expected: string[] = await page.evaluate(() => {
        const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(
          (el: any) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0,
        );
        all.forEach((el: any, i: number) => el.setAttribute('data-tab-test', String(i)));
        return all.map((_, i) => String(i));
      });
      expect(expected.length).toBeGreaterThan(name.startsWith('compare') || name.startsWith('portfolio') ? 12 : 30);
      const reached: string[] = [];
      const unseen: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { id: el.getAttribute('data-tab-test'), visible: outline, what: `${el.tagName} ${el.className} ${el.textContent.slice(0, 40)} ${style.outlineStyle} ${style.outlineWidth}` };
        });
        reached.push(focus.id);
        if (!focus.visible) unseen.push(focus.what);
      }
      expect(reached).toEqual(expected);
      expect(unseen).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
