// `iplan init`: what it writes, that it never replaces a file unasked, that it asks in the user's
// language, and that the scaffolded repository lints with nothing but what an unfinished plan gets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultFramework, lintText } from '../../server/src/core';
import { scaffold, type Answers } from '../../server/src/cli/init/scaffold';
import { CLI, ROOT } from './run';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** What an unfinished plan gets: values left open (placeholders) and empty sections, nothing about the scaffold. */
const UNFINISHED = new Set(['placeholder', 'section-empty']);

function init(args: string[], cwd: string, options: { input?: string; lang?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, 'init', ...args], {
    cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, LANG: options.lang ?? 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lint(cwd: string) {
  const result = spawnSync(process.execPath, [CLI, '.', '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  return { status: result.status, stderr: result.stderr, results: JSON.parse(result.stdout || '[]') as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[] };
}

describe('the scaffold', () => {
  const framework = defaultFramework();
  const answers: Answers = { ministry: 'BZK', from: 2027, to: 2030, language: 'nl', ci: 'gitlab' };

  it.each(['nl', 'en'] as const)('gives a %s plan that only lacks what its author must write', (language) => {
    const files = scaffold({ ...answers, language }, { framework, version: '1.2.3' });
    const plan = files.find((f) => f.path === 'bzk-2027-2030.iplan.md');
    expect(plan?.kind).toBe('file');
    const text = plan!.kind === 'file' ? plan!.content : '';
    const { findings } = lintText(text, framework, { relativePath: 'bzk-2027-2030.iplan.md' });
    expect(findings.filter((f) => !UNFINISHED.has(f.ruleId))).toEqual([]);
    // A value left open (the objective's theme, the amounts) is a placeholder to fill in, on its own line.
    const lines = text.split('\n');
    const open = lines.flatMap((line, index) => (/: null #/.test(line) ? [index] : []));
    expect(open.map((index) => lines[index])).toEqual(expect.arrayContaining([expect.stringMatching(/^\s*thema: null/), expect.stringMatching(/^\s*vernieuwing: null/)]));
    const placeholders = new Set(findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.range.start.line));
    for (const index of open) expect(placeholders.has(index), lines[index]).toBe(true);
    const data = parseYaml(text.split('---')[1]);
    expect(data).toMatchObject({ ministerie: 'BZK', planperiode: { van: 2027, tot: 2030 } });
    expect(data.kosten.map((k: { jaar: number }) => k.jaar)).toEqual([2027, 2028, 2029, 2030]);
    expect(text).toContain(language === 'nl' ? '## Financiën' : '## Finances');
  });

  it('recommends this extension by its Marketplace id', () => {
    const files = scaffold(answers, { framework, version: '1.2.3' });
    const recommendations = files.find((f) => f.path === '.vscode/extensions.json');
    expect(JSON.parse(recommendations!.kind === 'file' ? recommendations!.content : '')).toEqual({ recommendations: [`${manifest.publisher}.${manifest.name}`] });
  });

  it('pins the CI files to its own version', () => {
    const gitlab = scaffold(answers, { framework, version: '1.2.3' }).find((f) => f.path === '.gitlab-ci.yml');
    expect(parseYaml(gitlab!.kind === 'file' ? gitlab!.content : '')).toEqual({ include: [{ component: 'gitlab.com/iplan-rijk/iplan/iplan@1.2.3', inputs: { paths: '.' } }] });
    const github = scaffold({ ...answers, ci: 'github' }, { framework, version: '1.2.3' }).find((f) => f.path === '.github/workflows/iplan.yml');
    const workflow = parseYaml(github!.kind === 'file' ? github!.content : '');
    expect(workflow.jobs.iplan.steps.map((s: { uses?: string }) => s.uses)).toContain('iplan-rijk/iplan@v1.2.3');
    expect(scaffold({ ...answers, ci: 'none' }, { framework, version: '1.2.3' }).map((f) => f.path).filter((p) => /ci|workflows/.test(p))).toEqual([]);
  });
});

describe('iplan init', () => {
  let scratch: string;
  let repo: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'iplan-init-'));
    repo = path.join(scratch, 'iplan-bzk');
    mkdirSync(repo);
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('--yes: writes the repository from the defaults, and linting it finds only an unfinished plan', () => {
    const run = init(['--yes'], repo);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const year = new Date().getFullYear();
    const planName = `bzk-${year + 1}-${year + 4}.iplan.md`;
    expect(readdirSync(repo).sort()).toEqual(['.gitignore', '.vscode', 'iplan.config.json', planName].sort());
    expect(run.stdout).toContain(`Created:\n  ${planName}\n  iplan.config.json\n  .vscode/extensions.json\n  .vscode/settings.json\n  .gitignore\n`);
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toBe('.iplancache\n');
    expect(JSON.parse(readFileSync(path.join(repo, 'iplan.config.json'), 'utf8'))).toEqual({ locale: 'nl' });

    const { status, stderr, results } = lint(repo);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(results.map((r) => path.basename(r.filePath))).toEqual([planName]);
    const ruleIds = new Set(results[0].messages.map((m) => m.ruleId));
    expect([...ruleIds].filter((id) => !UNFINISHED.has(id))).toEqual([]);
    expect(ruleIds).toContain('placeholder');
    // The plan's language is the messages' language: the configuration says so, over LANG.
    expect(results[0].messages.find((m) => m.ruleId === 'placeholder')?.message).toMatch(/staat nog in het plan/);
  });

  it('leaves existing files alone and says so; --force replaces them; the .gitignore line is added once', () => {
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/');
    writeFileSync(path.join(repo, 'iplan.config.json'), '{ "rules": { "placeholder": "off" } }\n');
    const first = init(['--yes', '--ci', 'gitlab', '--period', '2026-2029'], repo);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Left alone (exists; --force replaces):\n  iplan.config.json\n');
    expect(first.stdout).toContain('Added to:\n  .gitignore\n');
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toBe('node_modules/\n.iplancache\n');
    expect(readFileSync(path.join(repo, 'iplan.config.json'), 'utf8')).toBe('{ "rules": { "placeholder": "off" } }\n');

    const plan = path.join(repo, 'bzk-2026-2029.iplan.md');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\nMijn eigen tekst.\n`);
    const second = init(['--yes', '--ci', 'gitlab', '--period', '2026-2029'], repo);
    expect(second.stdout).toContain('Left alone (exists; --force replaces):\n  bzk-2026-2029.iplan.md\n  iplan.config.json\n  .vscode/extensions.json\n  .vscode/settings.json\n  .gitignore (already has .iplancache)\n  .gitlab-ci.yml\n');
    expect(second.stdout).not.toContain('Created:');
    expect(readFileSync(plan, 'utf8')).toContain('Mijn eigen tekst.');

    const forced = init(['--yes', '--ci', 'gitlab', '--period', '2026-2029', '--force'], repo);
    expect(forced.stdout).toContain('Replaced:\n  bzk-2026-2029.iplan.md\n  iplan.config.json\n');
    expect(readFileSync(plan, 'utf8')).not.toContain('Mijn eigen tekst.');
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toBe('node_modules/\n.iplancache\n');
  });

  it('takes every answer as an option', () => {
    const run = init(['--ministry', 'ocw', '--period', '2026–2029', '--language', 'en', '--ci', 'github', 'plans'], scratch);
    expect(run.status).toBe(0);
    const folder = path.join(scratch, 'plans');
    const plan = readFileSync(path.join(folder, 'ocw-2026-2029.iplan.md'), 'utf8');
    expect(plan).toContain('ministerie: OCW');
    expect(plan).toContain('# Multi-year departmental IV plan OCW 2026–2029');
    expect(plan).toContain('## Summary');
    expect(existsSync(path.join(folder, '.github', 'workflows', 'iplan.yml'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(folder, 'iplan.config.json'), 'utf8')).locale).toBe('en');
  });

  it('asks in the user’s language, asks again after a wrong answer, and takes an empty answer as the default', () => {
    const run = init([], repo, { input: 'BKZ\nbzk\n2028-2031\n\ngitlab\n', lang: 'nl_NL.UTF-8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Ministerie (AZ, AENM, BZ, BZK,');
    expect(run.stdout).toContain('[BZK]: ');
    expect(run.stdout).toContain('"BKZ" is geen van: AZ, AENM');
    expect(run.stdout).toContain('Taal van het plan (nl, en) [nl]: ');
    expect(run.stdout).toContain('Aangemaakt:\n  bzk-2028-2031.iplan.md\n');
    expect(readFileSync(path.join(repo, 'bzk-2028-2031.iplan.md'), 'utf8')).toContain('## Samenvatting');
    expect(existsSync(path.join(repo, '.gitlab-ci.yml'))).toBe(true);
  });

  it('stops with one line when the input ends before the questions do, or an option is wrong; writes nothing', () => {
    const ended = init([], repo, { input: 'BZK\n' });
    expect(ended.status).toBe(2);
    expect(ended.stderr).toMatch(/^iplan: no answer to "Plan period \(first-last year\)": input ended; give the answers as options, or --yes for the defaults\n$/);
    for (const [args, line] of [
      [['--yes', '--period', '2030-2027'], 'iplan: init: --period: "2030-2027" is not a period such as 2027-2030\n'],
      [['--yes', '--ci', 'bitbucket'], 'iplan: init: --ci: "bitbucket" is not one of: gitlab, github, none\n'],
      [['--yes', '--ministry', 'XYZ'], expect.stringMatching(/^iplan: init: --ministry: "XYZ" is not one of: AZ, AENM, .*VWS\n$/)],
      [['--yes', '--frobnicate'], expect.stringMatching(/^iplan: init: Unknown option '--frobnicate'/)],
    ] as const) {
      const run = init([...args], repo);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toEqual(line);
    }
    expect(readdirSync(repo)).toEqual([]);
  });

  it('is listed in `iplan --help` and explains itself with `iplan init --help`', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/^ {2}init +set up a plan repository/m);
    const own = init(['--help'], repo);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^Usage: iplan init \[options\] \[folder\]/);
    expect(readdirSync(repo)).toEqual([]);
  });
});
