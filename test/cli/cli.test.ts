// The built CLI, spawned as CI runs it: exit codes, output shapes, error paths.
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iplan, ROOT } from './run';

const EXAMPLES = path.join(ROOT, 'examples');
const CLEAN = path.join(EXAMPLES, 'bzk-2026-2029.iplan.md');
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'iplan-cli-'));
});
afterAll(() => {
  // Temporary folders are left to the OS; nothing in them is large.
});

function scratch(name: string, content: string): string {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const clean = () => readFileSync(CLEAN, 'utf8');

describe('exit codes', () => {
  it('0 for a clean plan, with no output', () => {
    const run = iplan([CLEAN]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });

  it('1 when a plan has errors', () => {
    const run = iplan(['examples/defect-costs.iplan.md']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('cost-year-missing');
  });

  it('0 with warnings only, 1 once they exceed --max-warnings', () => {
    const file = scratch('warn/plan.iplan.md', clean().replace('planperiode: { van: 2026, tot: 2029 }', 'planperiode: { van: 2026, tot: 2029 }'));
    const warned = scratch('warn/long.iplan.md', clean().replace(/\nKosten overzicht/, '\nKosten overzicht') + '\nTODO: nalopen\n');
    expect(iplan([file]).status).toBe(0);
    const run = iplan([warned]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('placeholder');
    expect(iplan([warned, '--max-warnings', '1']).status).toBe(0);
    const over = iplan([warned, '--max-warnings', '0']);
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/more than --max-warnings 0/);
  });

  it('2 with one clear line for a path that does not exist', () => {
    const run = iplan(['does/not/exist.md']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^iplan: no such file or folder: does\/not\/exist\.md/);
  });

  it('2 for an unknown option, a bad format, a bad --max-warnings and no paths', () => {
    for (const args of [['--nope', CLEAN], ['--format', 'pdf', CLEAN], ['--max-warnings', 'many', CLEAN], [], ['--locale', 'fr', CLEAN]]) {
      const run = iplan(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^iplan: /);
    }
  });

  it('2 for a glob that matches nothing', () => {
    const run = iplan(['plans/**/*.iplan.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no files match');
  });

  it('2 for an unreadable file', () => {
    if (process.getuid?.() === 0) {
      // root reads anything; a folder named like a file makes the read fail the same way.
      const file = path.join(work, 'unreadable.iplan.md');
      mkdirSync(file, { recursive: true });
      const run = iplan([path.join(file, '..', 'unreadable.iplan.md', '..', 'unreadable.iplan.md', 'x.md')]);
      expect(run.status).toBe(2);
      return;
    }
    const file = scratch('unreadable.iplan.md', clean());
    chmodSync(file, 0o000);
    const run = iplan([file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read/);
  });

  it('2 for a framework file that fails its schema, naming file and pointer', () => {
    const definition = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'kwaliteitskader-2022.framework.json'), 'utf8'));
    definition.thresholds.planPeriodMinYears = 'three';
    definition.frontMatterSchema = path.join(ROOT, 'schemas', 'iplan-frontmatter.schema.json');
    const file = scratch('bad.framework.json', JSON.stringify(definition));
    const run = iplan(['--framework', file, CLEAN]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain('/thresholds/planPeriodMinYears');
  });

  it('2 for a configuration mistake, naming file, pointer and what was expected', () => {
    const folder = path.join(work, 'badconfig');
    mkdirSync(folder, { recursive: true });
    copyFileSync(CLEAN, path.join(folder, 'plan.iplan.md'));
    writeFileSync(path.join(folder, 'iplan.config.json'), JSON.stringify({ rules: { placeholder: 'eror' } }));
    const run = iplan([folder]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(path.join(folder, 'iplan.config.json'));
    expect(run.stderr).toContain('/rules/placeholder');
    expect(run.stderr).toMatch(/off, warning, error/);
    expect(run.stderr).toContain('"eror"');
  });
});

describe('json format (docs/format.md §8)', () => {
  it('prints ESLint\'s shape, one object per plan, with 1-based end-exclusive positions', () => {
    const run = iplan(['--format', 'json', 'examples/defect-costs.iplan.md']);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(Object.keys(result).sort()).toEqual(['errorCount', 'filePath', 'messages', 'warningCount']);
    expect(result.filePath).toBe(path.join(EXAMPLES, 'defect-costs.iplan.md'));
    expect(result.errorCount).toBe(result.messages.filter((m: { severity: number }) => m.severity === 2).length);
    for (const message of result.messages) {
      expect(Object.keys(message).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']);
      expect([1, 2]).toContain(message.severity);
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.column).toBeGreaterThanOrEqual(1);
    }
    const outside = result.messages.find((m: { ruleId: string }) => m.ruleId === 'cost-year-outside-period');
    // `jaar: 2025` on line 13: the value starts at column 11 and is four characters long.
    expect(outside).toMatchObject({ line: 13, column: 11, endLine: 13, endColumn: 15, severity: 2 });
  });

  it('searches folders for plans and skips Markdown that is no plan', () => {
    const run = iplan(['--format', 'json', 'examples']);
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath));
    expect(files).not.toContain('README.md');
    expect(files).toContain('bzk-2026-2029.iplan.md');
    expect(files).toEqual([...files].sort());
    expect(run.status).toBe(1);
  });

  it('expands globs', () => {
    const run = iplan(['--format', 'json', 'examples/defect-*.iplan.md']);
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath));
    expect(files.every((f: string) => f.startsWith('defect-'))).toBe(true);
    expect(files.length).toBe(8);
  });
});

describe('stylish format and options', () => {
  it('groups findings per file with line:column, severity, message and rule id', () => {
    const run = iplan(['examples/defect-activities.iplan.md']);
    expect(run.stdout).toContain('examples/defect-activities.iplan.md');
    expect(run.stdout).toMatch(/^\s+85:5\s+error\s+Activity .* has no `acict`.*large-activity-acict$/m);
    expect(run.stdout).toMatch(/✖ 5 problems \(3 errors, 2 warnings\)/);
  });

  it('speaks Dutch with --locale nl and from LANG=nl_NL', () => {
    const flag = iplan(['--locale', 'nl', 'examples/defect-activities.iplan.md']);
    expect(flag.stdout).toContain('heeft geen `acict`');
    expect(flag.stdout).toContain('5 problemen (3 fouten, 2 waarschuwingen)');
    const env = iplan(['examples/defect-activities.iplan.md'], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(env.stdout).toContain('heeft geen `acict`');
  });

  it('colours stylish on standard output as the environment says, a report file only with --color; the flags win', () => {
    const plan = 'examples/defect-activities.iplan.md';
    const file = path.join(work, 'stylish.txt');
    // Spawned, standard output is a pipe, not a terminal: FORCE_COLOR colours it, not the file.
    const forced = iplan(['--format', 'stylish', '--format', `stylish:${file}`, plan], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
    expect(readFileSync(file, 'utf8')).not.toContain('\u001b[');
    expect(readFileSync(file, 'utf8')).toContain('large-activity-acict');
    const flagged = iplan(['--color', '--format', 'stylish', '--format', `stylish:${file}`, plan], { env: { NO_COLOR: '1' } });
    expect(flagged.stdout).toContain('\u001b[31m');
    expect(readFileSync(file, 'utf8')).toContain('\u001b[31m');
    const both = iplan(['--color', '--no-color', plan]);
    expect([both.status, both.stderr]).toEqual([2, 'iplan: --color and --no-color exclude each other\n']);
  });

  it('--quiet reports errors only', () => {
    const run = iplan(['--quiet', '--format', 'json', 'examples/defect-activities.iplan.md']);
    const [result] = JSON.parse(run.stdout);
    expect(result.warningCount).toBe(0);
    expect(result.messages.every((m: { severity: number }) => m.severity === 2)).toBe(true);
  });

  it('--framework checks against another framework definition', () => {
    const definition = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'kwaliteitskader-2022.framework.json'), 'utf8'));
    definition.thresholds.planPeriodMaxYears = 3;
    definition.frontMatterSchema = path.join(ROOT, 'schemas', 'iplan-frontmatter.schema.json');
    const file = scratch('short.framework.json', JSON.stringify(definition));
    const run = iplan(['--framework', file, '--format', 'json', CLEAN]);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['period-length']);
  });

  it('writes several reports in one run, each to its file', () => {
    const json = path.join(work, 'out', 'report.json');
    const sarif = path.join(work, 'out', 'report.sarif');
    mkdirSync(path.dirname(json), { recursive: true });
    const run = iplan(['--format', `json:${json}`, '--format', `sarif:${sarif}`, '--format', 'stylish', 'examples/defect-costs.iplan.md']);
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8'))[0].errorCount).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    expect(run.stdout).toContain('cost-year-missing');
  });

  it('BOM and CRLF files give the same findings as LF files', () => {
    const lf = readFileSync(path.join(EXAMPLES, 'defect-costs.iplan.md'), 'utf8');
    const variants = [scratch('eol/lf.iplan.md', lf), scratch('eol/crlf.iplan.md', '\uFEFF' + lf.replace(/\n/g, '\r\n'))];
    const [a, b] = variants.map((file) => JSON.parse(iplan(['--format', 'json', file]).stdout)[0].messages);
    expect(b).toEqual(a);
  });
});

describe('--fix, --fix-dry-run and --cache', () => {
  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const file = scratch('fix/dry.iplan.md', readFileSync(path.join(EXAMPLES, 'defect-sections.iplan.md'), 'utf8'));
    const before = readFileSync(file, 'utf8');
    const run = iplan(['--fix-dry-run', file]);
    expect(run.stdout).toMatch(/^--- a\/.*dry\.iplan\.md/m);
    expect(run.stdout).toMatch(/^\+## 10\. Levenscyclusmanagement en legacy|^\+## Levenscyclusmanagement en legacy/m);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--fix changes only what it claims, keeps the mode, and a second run finds nothing more to fix', () => {
    const folder = path.join(work, 'fixall');
    cpSync(EXAMPLES, folder, { recursive: true });
    const sections = path.join(folder, 'defect-sections.iplan.md');
    chmodSync(sections, 0o640);
    const cleanCopy = path.join(folder, 'bzk-2026-2029.iplan.md');
    const cleanMtime = statSync(cleanCopy).mtimeMs;
    const first = iplan(['--fix', '--format', 'json', folder]);
    expect(first.status).toBe(1);
    const after = readFileSync(sections, 'utf8');
    expect(after).toContain('## Levenscyclusmanagement en legacy');
    expect(statSync(sections).mode & 0o777).toBe(0o640);
    // A file with nothing to fix is never rewritten.
    expect(statSync(cleanCopy).mtimeMs).toBe(cleanMtime);
    const dry = iplan(['--fix-dry-run', folder]);
    expect(dry.stdout).not.toMatch(/^--- a\//m);
    const ids = JSON.parse(first.stdout).flatMap((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId));
    expect(ids).not.toContain('section-missing');
  });

  it('--fix writes the slips of the front matter as the framework does, and the plan is clean', () => {
    const slipped = clean()
      .replace('versie: "0.9"', 'versie: 0.9')
      .replace('status: concept', 'status: Concept')
      .replace('boekhoudstelsel: kas-verplichtingen', 'Boekhoudstelsel: kas-verplichtingen')
      .replace('    thema: Digitale weerbaarheid', '    thema: digitale weerbaarheid');
    const file = scratch('fix/slips.iplan.md', slipped);
    const before = JSON.parse(iplan(['--format', 'json', file]).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(before).toEqual(['frontmatter-schema', 'frontmatter-schema', 'frontmatter-schema', 'frontmatter-schema']);
    const fixed = iplan(['--fix', file]);
    expect(fixed.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(clean());
  });

  it('--cache gives the same results warm as cold and notices a change', () => {
    const folder = path.join(work, 'cached');
    cpSync(EXAMPLES, folder, { recursive: true });
    const location = path.join(work, 'cache.json');
    const cold = iplan(['--cache', '--cache-location', location, '--format', 'json', folder]);
    const warm = iplan(['--cache', '--cache-location', location, '--format', 'json', folder]);
    expect(warm.stdout).toBe(cold.stdout);
    const file = path.join(folder, 'bzk-2026-2029.iplan.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nTODO nog aanvullen\n');
    const changed = JSON.parse(iplan(['--cache', '--cache-location', location, '--format', 'json', folder]).stdout);
    const bzk = changed.find((r: { filePath: string }) => r.filePath === file);
    expect(bzk.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('placeholder');
  });
});
