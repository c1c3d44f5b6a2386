// `iplan portfolio`: a row per activity in csv, json and xlsx (read back with exceljs) over the
// examples and the corpus, formula cells defused, and the page with its charts and tables.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load } from 'cheerio';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework, lintText } from '../../server/src/core';
import { planData } from '../../server/src/core/data';
import { EURO_FORMAT } from '../../server/src/cli/portfolio/xlsx';
import { CLEAN, replace } from '../helpers/plans';
import { iplan, ROOT } from './run';

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(field).toBe('');
  return rows;
}

/** The activities of every plan in a folder, counted without the portfolio code. */
function activitiesIn(folder: string): number {
  const framework = defaultFramework();
  return readdirSync(path.join(ROOT, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => lintText(readFileSync(path.join(ROOT, folder, name), 'utf8'), framework, { relativePath: name }))
    .filter((outcome) => outcome.isPlan)
    .reduce((n, outcome) => n + (planData(outcome.plan)?.activities.length ?? 0), 0);
}

/**
 * Every accounting system's costs in the plans of a folder, added up here in BigInt cents without
 * the portfolio code: what the portfolio's totals must equal exactly.
 */
function costsIn(folder: string): Map<string, { vernieuwing: bigint; beheer_en_onderhoud: bigint }> {
  const framework = defaultFramework();
  const totals = new Map<string, { vernieuwing: bigint; beheer_en_onderhoud: bigint }>();
  for (const name of readdirSync(path.join(ROOT, folder)).filter((n) => n.endsWith('.md'))) {
    const outcome = lintText(readFileSync(path.join(ROOT, folder, name), 'utf8'), framework, { relativePath: name });
    const data = outcome.isPlan ? planData(outcome.plan) : undefined;
    if (!outcome.isPlan) continue;
    const system = ['kas-verplichtingen', 'baten-lasten'].includes(data?.raw.boekhoudstelsel as string) ? (data!.raw.boekhoudstelsel as string) : 'null';
    const sums = totals.get(system) ?? { vernieuwing: 0n, beheer_en_onderhoud: 0n };
    totals.set(system, sums);
    const seen = new Set<number>();
    for (const cost of data?.costs ?? []) {
      if (cost.jaar === undefined || seen.has(cost.jaar)) continue;
      seen.add(cost.jaar);
      for (const key of ['vernieuwing', 'beheer_en_onderhoud'] as const) {
        const amount = cost[key];
        if (typeof amount === 'number') sums[key] += BigInt(Math.round(amount * 100));
      }
    }
  }
  return totals;
}

const cents = (euros: number) => BigInt(Math.round(euros * 100));

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'iplan-portfolio-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(['examples', 'test/corpus'])('iplan portfolio %s', (folder) => {
  const expected = activitiesIn(folder);

  it('writes one csv row per activity under the documented header', () => {
    const run = iplan(['portfolio', folder]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0].join(',')).toBe('ministerie,id,naam,totale_kosten,status,dashboard_nummer,acict,large,landschapsimpact,plan,boekhoudstelsel');
    expect(rows.length - 1).toBe(expected);
    expect(expected).toBeGreaterThan(40);
    for (const row of rows) expect(row).toHaveLength(11);
  });

  it('gives the same activities in json, with totals per accounting system that add up', () => {
    const run = iplan(['portfolio', folder, '--format', 'json']);
    expect(run.status).toBe(0);
    const portfolio = JSON.parse(run.stdout);
    expect(portfolio.activities).toHaveLength(expected);
    expect(Object.keys(portfolio)).toEqual(['plans', 'activities', 'totals', 'overlaps', 'themes', 'largeWithoutOversight']);
    const systems = portfolio.totals.map((t: { boekhoudstelsel: string | null }) => t.boekhoudstelsel);
    expect(new Set(systems).size).toBe(systems.length);
    // The totals are the plans' own amounts added up, to the cent, in every breakdown.
    const fromPlans = costsIn(folder);
    expect(portfolio.totals.map((t: { boekhoudstelsel: string | null }) => String(t.boekhoudstelsel)).sort()).toEqual([...fromPlans.keys()].sort());
    for (const totals of portfolio.totals) {
      const planned = fromPlans.get(String(totals.boekhoudstelsel))!;
      expect(cents(totals.perComponent.vernieuwing)).toBe(planned.vernieuwing);
      expect(cents(totals.perComponent.beheer_en_onderhoud)).toBe(planned.beheer_en_onderhoud);
      expect(cents(totals.perComponent.total)).toBe(planned.vernieuwing + planned.beheer_en_onderhoud);
      const sum = (rows: { total: number }[]) => rows.reduce((n, r) => n + cents(r.total), 0n);
      expect(sum(totals.perYear)).toBe(cents(totals.perComponent.total));
      expect(sum(totals.perMinistry)).toBe(cents(totals.perComponent.total));
    }
    expect([...fromPlans.values()].some((t) => t.vernieuwing > 0n)).toBe(true);
  });

  it('writes a workbook that exceljs reads back: a row per activity, euro formats, totals per system', async () => {
    const file = path.join(scratch, `${folder.replace(/\W/g, '-')}.xlsx`);
    const run = iplan(['portfolio', folder, '--format', `xlsx:${file}`, '--locale', 'nl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Activiteiten', 'Kosten per jaar', 'Per ministerie', 'Grote zonder toezicht']);
    const activities = workbook.getWorksheet('Activiteiten')!;
    expect(activities.rowCount - 1).toBe(expected);
    expect(activities.getRow(1).values).toEqual([undefined, 'ministerie', 'id', 'naam', 'totale_kosten', 'status', 'dashboard_nummer', 'acict', 'large', 'landschapsimpact', 'plan', 'boekhoudstelsel']);
    const cost = activities.getRow(2).getCell(4);
    expect(typeof cost.value).toBe('number');
    expect(cost.numFmt).toBe(EURO_FORMAT);
    const json = JSON.parse(iplan(['portfolio', folder, '--format', 'json']).stdout);
    const years = workbook.getWorksheet('Kosten per jaar')!;
    // Every system: its years, then its own total row; never a total across systems.
    const totalRows = years.getSheetValues().filter((row) => Array.isArray(row) && row[2] === 'Totaal') as unknown[][];
    expect(totalRows.map((row) => [row[1], row[5]])).toEqual(json.totals.map((t: { boekhoudstelsel: string | null; perComponent: { total: number } }) => [t.boekhoudstelsel ?? 'onbekend', t.perComponent.total]));
    expect(years.getRow(2).getCell(3).numFmt).toBe(EURO_FORMAT);
  });
});

describe('iplan portfolio: safety and the page', () => {
  it('defuses cells a spreadsheet would run as a formula, and quotes as RFC 4180 says', () => {
    let hostile = replace(CLEAN, '    naam: Vervanging zaaksysteem', '    naam: "=HYPERLINK(\\"http://example.org\\",\\"klik\\")"');
    hostile = replace(hostile, '    naam: Inrichting e-depot', '    naam: "@SUM(A1:A9), -2+3"');
    hostile = replace(hostile, '  - id: A1', '  - id: "+A1"');
    writeFileSync(path.join(scratch, 'hostile.iplan.md'), hostile);
    const run = iplan(['portfolio', 'hostile.iplan.md'], { cwd: scratch });
    const rows = parseCsv(run.stdout);
    expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ["'+A1", '\'=HYPERLINK("http://example.org","klik")'],
      ['A2', "'@SUM(A1:A9), -2+3"],
    ]);
    expect(run.stdout.split('\r\n')[2]).toBe('BZK,A2,"\'@SUM(A1:A9), -2+3",3900000,,,,false,laag,hostile.iplan.md,kas-verplichtingen');
  });

  it('says in one line, in the reader\'s language, what is wrong, and exits 2', () => {
    const empty = path.join(scratch, 'leeg');
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, 'LEESMIJ.md'), '# Geen plan\n');
    const cases: [string[], string, string][] = [
      [['portfolio'], 'iplan: portfolio: no files, folders or globs given (try: iplan portfolio plannen/)\n', 'iplan: portfolio: geen bestanden, mappen of patronen opgegeven (probeer: iplan portfolio plannen/)\n'],
      [['portfolio', empty], `iplan: portfolio: no readable I-plans in ${empty}\n`, `iplan: portfolio: geen leesbare I-plannen in ${empty}\n`],
      [['portfolio', 'geen-map/'], 'iplan: no such file or folder: geen-map/\n', 'iplan: bestand of map bestaat niet: geen-map/\n'],
      [['portfolio', 'examples', '--format', 'pdf'], 'iplan: portfolio: unknown format "pdf"; choose one of csv, json, xlsx, html\n', 'iplan: portfolio: onbekend formaat "pdf"; kies uit csv, json, xlsx, html\n'],
      [['portfolio', 'examples', '--locale', 'fr'], 'iplan: portfolio: --locale expects nl or en, got "fr"\n', 'iplan: portfolio: --locale verwacht nl of en, niet "fr"\n'],
      [['portfolio', 'examples', '--format', 'json:geen-map/p.json'], 'iplan: cannot write geen-map/p.json: ENOENT\n', 'iplan: geen-map/p.json kan niet worden geschreven: ENOENT\n'],
    ];
    for (const [args, en, nl] of cases) {
      const english = iplan(args);
      expect([english.status, english.stdout, english.stderr]).toEqual([2, '', en]);
      const dutch = iplan(args, { env: { LANG: 'nl_NL.UTF-8' } });
      expect([dutch.status, dutch.stderr]).toEqual([2, nl]);
    }
  });

  it('leaves no half-written file behind when a later output fails', () => {
    const folder = path.join(scratch, 'atomic');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'p.csv'), 'the old report\n');
    // The json's name is taken by a folder: its temporary file is written, then cannot take the name.
    mkdirSync(path.join(folder, 'p.json', 'inside'), { recursive: true });
    const run = iplan(['portfolio', 'examples', '--format', `csv:${path.join(folder, 'p.csv')}`, '--format', `json:${path.join(folder, 'p.json')}`]);
    expect([run.status, run.stderr]).toEqual([2, `iplan: cannot write ${path.relative(ROOT, path.join(folder, 'p.json'))}: EISDIR\n`]);
    // The csv was complete before the json failed; its temporary file is gone.
    expect(readdirSync(folder).sort()).toEqual(['p.csv', 'p.json']);
    expect(parseCsv(readFileSync(path.join(folder, 'p.csv'), 'utf8')).length - 1).toBe(activitiesIn('examples'));
  });

  it('loads exceljs only for a workbook: a plain check and the other formats never do', () => {
    // A preload that records, at exit, every module file the process (or a worker) loaded.
    const log = path.join(scratch, 'loaded.log');
    const hook = path.join(scratch, 'record-loaded.cjs');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n'));\n`);
    const loaded = (args: string[]) => {
      writeFileSync(log, '');
      const run = iplan(args, { env: { NODE_OPTIONS: `--require ${hook}` } });
      expect(run.status === 0 || run.status === 1).toBe(true);
      return readFileSync(log, 'utf8').split('\n').filter(Boolean);
    };
    const excel = path.join(ROOT, 'dist', 'exceljs.js');
    const plain = loaded(['examples']);
    expect(plain).toContain(path.join(ROOT, 'dist', 'cli.js'));
    expect(plain).not.toContain(excel);
    expect(loaded(['portfolio', 'examples', '--format', 'json', '--format', `html:${path.join(scratch, 'p.html')}`])).not.toContain(excel);
    expect(loaded(['portfolio', 'examples', '--format', `xlsx:${path.join(scratch, 'lazy.xlsx')}`])).toContain(excel);
  });

  it('writes the page and the workbook in Dutch', async () => {
    const page = load(iplan(['portfolio', 'examples', '--format', 'html', '--locale', 'nl']).stdout);
    expect(page('html').attr('lang')).toBe('nl');
    expect(page('h1').text()).toBe('Portfolio van het Rijk');
    expect(page('#iplan-activities h2').text()).toBe('Alle activiteiten');
    const file = path.join(scratch, 'en.xlsx');
    expect(iplan(['portfolio', 'examples', '--format', `xlsx:${file}`, '--locale', 'en']).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Activities', 'Costs per year', 'Per ministry', 'Large without oversight']);
  });

  it('needs a file for a workbook', () => {
    const run = iplan(['portfolio', 'examples', '--format', 'xlsx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('iplan: portfolio: --format xlsx writes a workbook: give it a file (--format xlsx:portfolio.xlsx)\n');
  });

  it('is listed in `iplan --help` and explains itself with `iplan portfolio --help`', () => {
    expect(iplan(['--help']).stdout).toMatch(/^ {2}portfolio +the portfolio over many plans/m);
    expect(iplan(['portfolio', '--help']).stdout).toMatch(/^Usage: iplan portfolio \[options\] <files, folders or globs…>\n/);
  });

  it('writes a self-contained page: charts with a text alternative, tables with captions and headers', () => {
    const run = iplan(['portfolio', 'examples', '--format', 'html']);
    expect(run.status).toBe(0);
    const json = JSON.parse(iplan(['portfolio', 'examples', '--format', 'json']).stdout);
    expect(run.stdout).not.toMatch(/<script\b/);
    const $ = load(run.stdout);
    expect($('h1').length).toBe(1);
    // Per system a chart per ministry and per year, and one per theme.
    expect($('svg[role="img"]').length).toBe(json.totals.length * 2 + 1);
    for (const svg of $('svg[role="img"]').toArray()) {
      const [title, desc] = $(svg).attr('aria-labelledby')!.split(' ');
      expect($(`#${title}`).text().length).toBeGreaterThan(10);
      expect($(`#${desc}`).text().length).toBeGreaterThan(10);
    }
    for (const table of $('table').toArray()) {
      expect($(table).find('caption').length).toBe(1);
      expect($(table).find('thead th[scope="col"]').length).toBeGreaterThan(0);
    }
    expect($('#iplan-lacking tbody tr').length).toBe(json.largeWithoutOversight.length);
    expect($('#iplan-activities tbody tr').length).toBe(json.activities.length);
    expect($('.iplan-rijk-note').first().text()).toBe('Amounts of different accounting systems are never added up: each system has its own totals below.');
  });
});
