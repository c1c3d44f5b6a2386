/**
 * The report, the compare page and the portfolio page on paper: Chromium prints them to PDF (A4, as a person does
 * with Ctrl+P or "Save as PDF"), and the test reads the pages back with Debian's pdftotext. Every
 * plan starts a page, no table row is cut in two, nothing that only works on a screen is left,
 * black on white even from a dark screen, and the chart holds in black and white. The PDFs and a
 * picture of every page stay in test-results/browser/print for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework, lintText } from '../../server/src/core';
import { comparePlans } from '../../server/src/core/review/compare';
import { buildPortfolio } from '../../server/src/core/review/portfolio';
import { renderComparePage, renderPortfolioPage, renderReport } from '../../server/src/render';
import { fileUrl, installColourReader, launch, requireChromium, resultsDir, ROOT, watchedPage, type Browser } from './chromium';

// Functions given to page.evaluate run in the browser; the project is compiled without the DOM lib.
declare const document: any;
declare function getComputedStyle(element: unknown): any;

/** From Debian's poppler-utils, which the test project's setup installs when missing. */
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';

const framework = defaultFramework();
const EXAMPLES = path.join(ROOT, 'examples');
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.iplan.md'))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(EXAMPLES, file), 'utf8') }));
const example = (file: string) => examples.find((e) => e.file === file)!;
const docsUri = (id: string) => `https://example.org/rules#${id}`;

/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4 = { width: 595.3, height: 841.9 };
/** The width the page's content has on A4 between the print margins (14 mm each side), in CSS pixels. */
const A4_CONTENT_PX = Math.floor(((210 - 28) / 25.4) * 96);

/** WCAG's relative luminance of a computed `rgb(…)` colour: what a black-and-white print keeps of it. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

interface Printed {
  pages: string[];
  /** Per table row (by its marker number): the pages its cells' beginnings and ends are on. */
  rows: Map<number, Set<number>>;
  rowCount: number;
  cellMarks: number;
  /** The page each article (plan) begins on, and whether it begins that page. */
  articles: { page: number; first: boolean }[];
  mediaBoxes: string[];
}

describe('print: the report, the compare page and the portfolio page as A4 PDF', () => {
  let browser: Browser;
  let folder: string;
  const shots = resultsDir('print');
  const printed = new Map<string, Printed>();

  async function print(name: string, html: string): Promise<Printed> {
    const file = path.join(folder, `${name}.html`);
    writeFileSync(file, html);
    const url = fileUrl(file);
    const { page } = await watchedPage(browser, url);
    // A dark screen: the paper is white all the same.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url, { waitUntil: 'load' });
    // Markers in 1 px type, invisible on the page and read back from the PDF: one at the start of
    // every plan, two in every cell of a body row (its start and end) naming the row.
    const marked = await page.evaluate(() => {
      const mark = (text: string) => {
        const span = document.createElement('span');
        span.textContent = text;
        span.style.fontSize = '1px';
        span.style.lineHeight = '0';
        return span;
      };
      const articles = [...document.querySelectorAll('article.iplan-plan')];
      articles.forEach((article: any, i: number) => article.prepend(mark(` QPLAN${i}Q `)));
      let cells = 0;
      // Body rows: a table's head and foot rows are printed again on every page it runs over.
      const rows = [...document.querySelectorAll('tbody > tr')];
      rows.forEach((row: any, i: number) => {
        for (const cell of row.cells) {
          cell.prepend(mark(` QROW${i}Q `));
          cell.append(mark(` QROW${i}Q `));
          cells += 2;
        }
      });
      return { articles: articles.length, rows: rows.length, cells };
    });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    const pdfFile = path.join(shots, `${name}.pdf`);
    writeFileSync(pdfFile, pdf);
    // Pictures of the pages, for a person to look at.
    execFileSync(PDFTOPPM, ['-r', '40', '-png', pdfFile, path.join(shots, name)]);
    const pages = execFileSync(PDFTOTEXT, [pdfFile, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    const rows = new Map<number, Set<number>>();
    let cellMarks = 0;
    pages.forEach((text, index) => {
      for (const match of text.matchAll(/QROW(\d+)Q/g)) {
        cellMarks++;
        const row = Number(match[1]);
        rows.set(row, (rows.get(row) ?? new Set()).add(index));
      }
    });
    const articles = Array.from({ length: marked.articles }, (_, i) => {
      const page = pages.findIndex((text) => text.includes(`QPLAN${i}Q`));
      return { page, first: page >= 0 && pages[page].trimStart().startsWith(`QPLAN${i}Q`) };
    });
    const mediaBoxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(cellMarks, `${name}: every marker read back from the PDF`).toBe(marked.cells);
    return { pages, rows, rowCount: marked.rows, cellMarks, articles, mediaBoxes };
  }

  beforeAll(async () => {
    requireChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-print-'));
    browser = await launch();
    const entries = examples.map(({ file, text }) => {
      const { plan, findings } = lintText(text, framework, { relativePath: file });
      return { file, plan, findings, framework };
    });
    printed.set('report', await print('report', renderReport(entries, { locale: 'nl', toolVersion: 'test', docsUri })));
    const version = (file: string) => ({ ...lintText(example(file).text, framework, { relativePath: file }), file });
    const comparison = comparePlans(version('bzk-2026-2029.iplan.md'), version('defect-costs.iplan.md'));
    printed.set('compare', await print('compare', renderComparePage(comparison, { locale: 'nl', framework, docsUri, toolVersion: 'test' })));
    printed.set('portfolio', await print('portfolio', renderPortfolioPage(buildPortfolio(entries), { locale: 'nl', framework, toolVersion: 'test' })));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    for (const [name, result] of printed) {
      const cut = [...result.rows.values()].filter((pages) => pages.size > 1).length;
      console.log(`print: ${name}: ${result.pages.length} A4 pages, ${result.rowCount} table body rows, ${cut} cut across pages`);
    }
  });

  it('prints on A4', () => {
    for (const [name, result] of printed) {
      expect(result.mediaBoxes.length, name).toBe(result.pages.length);
      for (const box of result.mediaBoxes) {
        const [width, height] = box.split(' ').map(Number);
        expect(Math.abs(width - A4.width), `${name} ${box}`).toBeLessThan(1.5);
        expect(Math.abs(height - A4.height), `${name} ${box}`).toBeLessThan(1.5);
      }
    }
  });

  it('every plan of the report begins a page of its own, after the overview', () => {
    const report = printed.get('report')!;
    expect(report.articles).toHaveLength(examples.length);
    expect(report.articles.map((a) => a.first)).toEqual(examples.map(() => true));
    // In order, each on a later page than the one before, the first after the overview's page.
    const starts = report.articles.map((a) => a.page);
    expect(starts[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
    expect(report.pages[0]).toContain('Overzicht');
    // The compare and portfolio pages are one article each: it starts on the first page.
    expect(printed.get('compare')!.articles).toEqual([{ page: 0, first: true }]);
    expect(printed.get('portfolio')!.articles).toEqual([{ page: 0, first: true }]);
  });

  it('no table row is cut across two pages', () => {
    for (const [name, result] of printed) {
      expect(result.rows.size, name).toBe(result.rowCount);
      const cut = [...result.rows].filter(([, pages]) => pages.size > 1).map(([row, pages]) => `row ${row}: pages ${[...pages].map((p) => p + 1).join(', ')}`);
      expect(cut, name).toEqual([]);
    }
    // The report's tables do run over several pages: the check had rows to keep whole.
    const report = printed.get('report')!;
    expect(new Set([...report.rows.values()].map((pages) => [...pages][0])).size).toBeGreaterThan(10);
  });

  it('the page numbers are printed in the margin', () => {
    for (const [name, result] of printed) {
      result.pages.forEach((text, i) => expect(text, `${name} page ${i + 1}`).toMatch(new RegExp(`(^|\\s)${i + 1} ?/ ?${result.pages.length}(\\s|$)`)));
    }
  });

  it('on paper: black on white from a dark screen, no contents pills, no scroll boxes, tables as wide as the page, links and focus plain', async () => {
    for (const name of ['report', 'compare', 'portfolio']) {
      const url = fileUrl(path.join(folder, `${name}.html`));
      const { page } = await watchedPage(browser, url);
      await page.setViewportSize({ width: A4_CONTENT_PX, height: 1100 });
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.goto(url, { waitUntil: 'load' });
      await installColourReader(page);
      const paper = await page.evaluate(() => {
        const rgb = (globalThis as any).__rgb;
        const style = (selector: string) => getComputedStyle(document.querySelector(selector));
        const wraps = [...document.querySelectorAll('.iplan-table-wrap')];
        return {
          background: rgb(style('body').backgroundColor),
          text: rgb(style('body').color),
          title: rgb(style('.iplan-title').color),
          tocShown: [...document.querySelectorAll('nav.iplan-toc')].filter((nav: any) => getComputedStyle(nav).display !== 'none').length,
          scrollBoxes: wraps.filter((wrap: any) => getComputedStyle(wrap).overflowX !== 'visible').length,
          tooWide: wraps.filter((wrap: any) => wrap.scrollWidth > wrap.clientWidth + 1).map((wrap: any) => wrap.getAttribute('aria-label')),
          pageWide: document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1,
          linkColours: [...new Set([...document.querySelectorAll('.iplan-shell a[href]')].map((a: any) => rgb(getComputedStyle(a).color)))],
          linksNotUnderlined: [...document.querySelectorAll('.iplan-shell a[href]')].filter(
            (a: any) => a.getClientRects().length > 0 && !getComputedStyle(a).textDecorationLine.includes('underline'),
          ).length,
          tables: wraps.length,
        };
      });
      expect(paper.background, name).toBe('rgb(255, 255, 255)');
      expect(paper.text, name).toBe('rgb(0, 0, 0)');
      expect(paper.title, name).toBe('rgb(0, 0, 0)');
      expect(paper.tocShown, name).toBe(0);
      expect(paper.tables, name).toBeGreaterThan(3);
      expect(paper.scrollBoxes, name).toBe(0);
      expect(paper.tooWide, name).toEqual([]);
      expect(paper.pageWide, name).toBe(true);
      // Links in the ink of the text around them (black, or the dark grey of notes), underlined.
      for (const colour of paper.linkColours) {
        const [r, g, b] = colour.match(/\d+/g)!.map(Number);
        expect(r === g && g === b && contrast(colour, 'rgb(255, 255, 255)') >= 7, `${name}: link colour ${colour}`).toBe(true);
      }
      expect(paper.linksNotUnderlined, name).toBe(0);
      // The keyboard's focus mark is for the screen.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), name).toBe('none');
      await page.close();
    }
  }, 120_000);

  it('the charts read in black and white: renewal and maintenance apart by lightness, every figure legible on what is behind it', async () => {
    for (const name of ['report', 'compare', 'portfolio']) {
      const url = fileUrl(path.join(folder, `${name}.html`));
      const { page } = await watchedPage(browser, url);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.goto(url, { waitUntil: 'load' });
      await installColourReader(page);
      const chart = await page.evaluate(() => {
        const rgb = (globalThis as any).__rgb;
        const fill = (selector: string) => rgb(getComputedStyle(document.querySelector(`svg.iplan-chart ${selector}`)).fill);
        const texts = [...document.querySelectorAll('svg.iplan-chart text')].map((text: any) => {
          const component = [...text.classList].find((c: string) => c.startsWith('iplan-chart-value-'))?.slice('iplan-chart-value-'.length);
          const bar = component ? text.parentElement.querySelector(`rect.iplan-bar-${component}`) : null;
          const behind = bar ? rgb(getComputedStyle(bar).fill) : 'rgb(255, 255, 255)';
          return { text: text.textContent, fill: rgb(getComputedStyle(text).fill, behind), behind };
        });
        return {
          renewal: fill('rect.iplan-bar-renewal'),
          maintenance: fill('rect.iplan-bar-maintenance'),
          outline: rgb(getComputedStyle(document.querySelector('svg.iplan-chart rect.iplan-bar-maintenance')).stroke),
          texts,
        };
      });
      const white = 'rgb(255, 255, 255)';
      expect(contrast(chart.renewal, chart.maintenance), name).toBeGreaterThanOrEqual(3);
      // The light bar has a dark outline against the paper.
      expect(contrast(chart.outline, white), name).toBeGreaterThanOrEqual(3);
      expect(chart.texts.length, name).toBeGreaterThan(8);
      const faint = chart.texts.filter((t) => contrast(t.fill, t.behind) < 4.5).map((t) => `${t.text}: ${contrast(t.fill, t.behind).toFixed(2)}`);
      expect(faint, name).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
