// `iplan compare`: two versions from files or from git (a scratch repository), each format, the
// exit codes, and one clear line for every way a version cannot be read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, replace } from '../helpers/plans';
import { inline } from '../../server/src/cli/compare/markdown';
import { iplan } from './run';

let repo: string;

const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: '' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' }).toString();

/** The second version: 2027's renewal lower, activity A2's status given, and a placeholder left in the text. */
const CHANGED = replace(
  replace(replace(CLEAN, '    vernieuwing: 1500000', '    vernieuwing: 1250000'), '    totale_kosten: 3900000\n', '    totale_kosten: 3900000\n    status: nog-niet-gestart\n'),
  'We werven twintig vaste medewerkers.',
  'We werven twintig vaste medewerkers (TODO: @all bevestigen).',
);

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iplan-compare-'));
  git('init', '-q', '-b', 'main');
  mkdirSync(path.join(repo, 'plannen'));
  writeFileSync(path.join(repo, 'plannen', 'bzk.iplan.md'), CLEAN);
  git('add', '.');
  git('commit', '-q', '-m', 'first version');
  git('tag', 'v1.0');
  writeFileSync(path.join(repo, 'plannen', 'bzk.iplan.md'), CHANGED);
  writeFileSync(path.join(repo, 'plannen', 'same.iplan.md'), CLEAN);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const compare = (args: string[], options: { cwd?: string; lang?: string } = {}) => iplan(['compare', ...args], { cwd: options.cwd ?? repo, env: { ...GIT_ENV, LANG: options.lang ?? 'en_US.UTF-8' } });

describe('iplan compare --format json', () => {
  it('names exactly what changed between a git ref and the working tree', () => {
    const run = compare(['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['old', 'new', 'period', 'costs', 'activities', 'objectives', 'sections', 'findings']);
    expect(result.old).toEqual({ file: 'main:plannen/bzk.iplan.md', versie: '1.0', status: 'concept' });
    expect(result.new).toEqual({ file: 'plannen/bzk.iplan.md', versie: '1.0', status: 'concept' });
    expect(result.period).toBeNull();
    expect(result.costs).toEqual([{ jaar: 2027, component: 'vernieuwing', old: 1500000, new: 1250000, delta: -250000 }]);
    expect(result.activities).toEqual({ added: [], removed: [], changed: [{ id: 'A2', field: 'status', old: null, new: 'nog-niet-gestart' }] });
    expect(result.objectives).toEqual({ added: [], removed: [], changed: [] });
    expect(result.sections.filter((s: { change: string }) => s.change !== 'unchanged')).toEqual([
      { id: 'vakmanschap', title: '11. I-vakmanschap', change: 'changed', linesAdded: 1, linesRemoved: 1 },
    ]);
    expect(result.sections).toHaveLength(14);
    expect(result.findings.fixed).toEqual([]);
    expect(result.findings.new.map((f: { ruleId: string }) => f.ruleId)).toEqual(['cost-table-mismatch', 'placeholder']);
    expect(Object.keys(result.findings.new[0])).toEqual(['ruleId', 'message']);
  });

  it('gives empty lists and no changed section for identical plans', () => {
    const run = compare(['v1.0:plannen/bzk.iplan.md', 'plannen/same.iplan.md', '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      period: null,
      costs: [],
      activities: { added: [], removed: [], changed: [] },
      objectives: { added: [], removed: [], changed: [] },
      findings: { fixed: [], new: [] },
    });
    expect(result.sections.map((s: { change: string }) => s.change)).toEqual(Array(14).fill('unchanged'));
  });

  it('reads any ref git knows, and paths from the current folder with ./', () => {
    const byHead = compare(['HEAD:./bzk.iplan.md', 'bzk.iplan.md', '--format', 'json'], { cwd: path.join(repo, 'plannen') });
    expect(byHead.stderr).toBe('');
    expect(JSON.parse(byHead.stdout).costs).toHaveLength(1);
    const byTag = compare(['v1.0:plannen/bzk.iplan.md', 'main:plannen/bzk.iplan.md', '--format', 'json']);
    expect(JSON.parse(byTag.stdout).costs).toEqual([]);
  });
});

describe('iplan compare: exit codes', () => {
  it('is listed in `iplan --help` and explains itself with `iplan compare --help`', () => {
    expect(iplan(['--help']).stdout).toMatch(/^ {2}compare +compare two versions of a plan/m);
    const help = compare(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: iplan compare \[options\] <old> <new>\n/);
  });

  it('exits 0 with new findings, and 1 with --fail-on-new-findings', () => {
    expect(compare(['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md']).status).toBe(0);
    expect(compare(['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md', '--fail-on-new-findings']).status).toBe(1);
    // The other way round the findings are fixed, none is new.
    expect(compare(['plannen/bzk.iplan.md', 'main:plannen/bzk.iplan.md', '--fail-on-new-findings']).status).toBe(0);
  });

  it.each([
    [['nope:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md'], 'iplan: compare: git does not know the revision ‘nope’ (in nope:plannen/bzk.iplan.md)\n'],
    [['main:plannen/gone.iplan.md', 'plannen/bzk.iplan.md'], 'iplan: compare: ‘plannen/gone.iplan.md’ does not exist in main (in main:plannen/gone.iplan.md)\n'],
    [['main:plannen', 'plannen/bzk.iplan.md'], 'iplan: compare: main:plannen is not a file but a tree\n'],
    [['plannen/gone.iplan.md', 'plannen/bzk.iplan.md'], 'iplan: compare: plannen/gone.iplan.md: does not exist\n'],
    [['--', '-x:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md'], 'iplan: compare: "-x:plannen/bzk.iplan.md" is not a valid <ref>:<path>\n'],
    [['plannen/bzk.iplan.md'], 'iplan: compare: give two versions, <old> <new> (a file or <git-ref>:<path>)\n'],
    [['a', 'b', '--format', 'pdf'], 'iplan: compare: unknown format "pdf"; choose one of stylish, json, markdown, html\n'],
  ])('exits 2 with one line for %j', (args, stderr) => {
    const run = compare(args);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('says so when the folder is no git repository', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'iplan-nogit-'));
    try {
      writeFileSync(path.join(outside, 'plan.iplan.md'), CLEAN);
      const run = compare(['main:plan.iplan.md', 'plan.iplan.md'], { cwd: outside });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^iplan: compare: git: fatal: not a git repository/);
      expect(run.stderr.split('\n')).toHaveLength(2);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a version from git that is larger than maxFileSize, without reading it', () => {
    const folder = path.join(repo, 'klein');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'iplan.config.json'), JSON.stringify({ maxFileSize: 1000 }));
    writeFileSync(path.join(folder, 'plan.iplan.md'), CLEAN.slice(0, 900));
    const run = compare(['main:plannen/bzk.iplan.md', 'plan.iplan.md', '--config', 'iplan.config.json'], { cwd: folder });
    expect(run.stderr).toBe(`iplan: compare: main:plannen/bzk.iplan.md is ${Buffer.byteLength(CLEAN)} bytes, larger than maxFileSize (1000 bytes)\n`);
    expect(run.status).toBe(2);
  });
});

describe('iplan compare: the other formats', () => {
  it('prints stylish by default, in the run’s language', () => {
    const run = compare(['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md'], { lang: 'nl_NL.UTF-8' });
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Oude versie: main:plannen/bzk.iplan.md (versie 1.0, concept)', 'Nieuwe versie: plannen/bzk.iplan.md (versie 1.0, concept)']);
    expect(run.stdout).toContain('\nKosten per jaar en onderdeel\n  2027  Vernieuwing  € 1.500.000 → € 1.250.000  −€ 250.000\n');
    expect(run.stdout).toContain('\nActiviteiten\n  ~  A2  status: — → nog niet gestart\n');
    expect(run.stdout).toContain('\nOnderdelen van de tekst\n  gewijzigd  11. I-vakmanschap  +1 −1\n  13 onderdelen ongewijzigd.\n');
    expect(lines.at(-2)).toBe('✖ 2 nieuw, 0 opgelost');
  });

  it('colours stylish only when told to, as the check does: --color, FORCE_COLOR, never with --no-color or NO_COLOR', () => {
    const sides = ['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md'];
    const ESC = '\u001b[';
    expect(compare(sides).stdout).not.toContain(ESC); // a pipe, and NO_COLOR from the test's environment
    const forced = compare([...sides, '--color']).stdout;
    expect(forced).toContain(`${ESC}4mCosts per year and component${ESC}0m`);
    expect(forced.split('\n').at(-2)).toBe(`${ESC}31m✖ 2 new, 0 fixed${ESC}0m`);
    expect(iplan(['compare', ...sides], { cwd: repo, env: { ...GIT_ENV, LANG: 'en_US.UTF-8', NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(iplan(['compare', ...sides, '--no-color'], { cwd: repo, env: { ...GIT_ENV, LANG: 'en_US.UTF-8', NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(compare([...sides, '--color', '--no-color']).status).toBe(2);
  });

  it('writes a merge-request comment in which plan text cannot mention anyone or break a table', () => {
    const run = compare(['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md', '--format', 'markdown']);
    expect(run.status).toBe(0);
    const md = run.stdout;
    expect(md.startsWith('### Comparison of two versions\n')).toBe(true);
    expect(md).toContain('| Year | Component | Old | New | Change |\n| --- | --- | ---: | ---: | ---: |\n| 2027 | Renewal | €1,500,000 | €1,250,000 | **−€250,000** |\n');
    expect(md).toContain('| A2 | `status` | — | not started |');
    expect(md).toContain('<summary>11. I-vakmanschap (+1 −1)</summary>');
    expect(md).toContain('-We werven twintig vaste medewerkers.\n+We werven twintig vaste medewerkers (TODO: @all bevestigen).\n');
    expect(md).toContain('**Findings:** ❌ 2 new, 0 fixed');
  });

  it('escapes plan text in the comment: no formatting, links, HTML, mentions or table breaks', () => {
    expect(inline('@all: *vet* _schuin_ [link](x) <b>html</b> #12 `code` a|b ~x~ \\ &amp;\nnieuwe regel')).toBe(
      '@&#8203;all: \\*vet\\* \\_schuin\\_ \\[link\\](x) &lt;b&gt;html&lt;/b&gt; \\#12 \\`code\\` a\\|b \\~x\\~ \\\\ &amp;amp; nieuwe regel',
    );
  });

  it('writes the reviewer’s page: self-contained, a chart with a text alternative, tables with headers', () => {
    const out = path.join(repo, 'compare.html');
    const run = compare(['main:plannen/bzk.iplan.md', 'plannen/bzk.iplan.md', '--format', `html:${out}`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const html = execFileSync('cat', [out]).toString();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script\b/);
    const $ = load(html);
    expect($('h1').text()).toBe('Comparison of two versions');
    const chart = $('svg[role="img"]');
    expect(chart.length).toBe(1);
    expect($(`#${chart.attr('aria-labelledby')!.split(' ')[1]}`).text()).toContain('2027 · Renewal: −€0.25m.');
    expect($('table.iplan-delta-table tbody th[scope="row"]').text()).toBe('2027');
    expect($('table.iplan-items-changed tbody tr').length).toBe(1);
    expect($('.iplan-section-diff[data-section="vakmanschap"] del').text()).toBe('We werven twintig vaste medewerkers.');
    expect($('.iplan-section-diff[data-section="vakmanschap"] ins').text()).toBe('We werven twintig vaste medewerkers (TODO: @all bevestigen).');
    expect($('#iplan-findings .iplan-finding').length).toBe(2);
    for (const table of $('table').toArray()) expect($(table).find('caption').length).toBe(1);
  });
});
