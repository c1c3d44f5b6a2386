// What a plan says reaches terminals and CI logs: a value or a file name must not start a line
// of its own (GitHub reads `::error …` at the start of a line as a workflow command, and `##[`
// anywhere in one), recolour the terminal, hide a link (OSC 8) or reorder text (bidi overrides).
// And a reader that closes the pipe early ends the run quietly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../server/src/cli/formatters/gitlab';
import { json } from '../../server/src/cli/formatters/json';
import { junit } from '../../server/src/cli/formatters/junit';
import { sarif } from '../../server/src/cli/formatters/sarif';
import { stylish } from '../../server/src/cli/formatters/stylish';
import type { FormatContext, LintResult } from '../../server/src/cli/results';
import { CLI, iplan, ROOT } from '../cli/run';

const PLAN = readFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');

/** Values as YAML double-quoted strings (their escapes give the raw characters), and what they are. */
const HOSTILE_VALUES: [string, string][] = [
  ['a line break and a workflow command', '"x\\n::error file=README.md,line=1::forged"'],
  ['a carriage return and a command', '"x\\r::warning::overwritten"'],
  ['indented command on a new line', '"x\\n   \\t::notice::indented"'],
  ['ANSI colours', '"\\e[31mred\\e[0m and \\e[2J"'],
  ['an OSC-8 hyperlink', '"\\e]8;;https://evil.example/\\alink\\e]8;;\\a"'],
  ['a legacy command mid-line', '"mid ##[error]boom"'],
  ['a bidi override', '"\\u202Egnp.exe \\u2066x\\u2069"'],
  ['a line separator and a command', '"x\\u2028::error::ls"'],
  ['a C1 control sequence introducer', '"\\x9b31m"'],
  ['NUL, BEL and backspace', '"a\\0b\\ac\\bd"'],
];

/** File names a repository may hold, each also a line-start or escape trick. */
const HOSTILE_NAMES = ['::error::name.iplan.md', 'x\n::warning::y.iplan.md', '\u001b[2Jclear.iplan.md', '##[error]f.iplan.md', ' ::notice::lead.iplan.md'];

/** Our own colour codes (FORCE_COLOR) are the only control characters allowed in the output. */
const OWN_COLOURS = /\u001b\[\d+m/g;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Every line a CI runner would read: none is a command, none carries a raw control character. */
function expectSafeLog(output: string): void {
  const lines = output.split(/\r\n|\r|\n|\u2028|\u2029/);
  for (const line of lines) {
    const plain = line.replace(OWN_COLOURS, '');
    expect(plain, JSON.stringify(line)).not.toMatch(/^\s*::/);
    expect(plain, JSON.stringify(line)).not.toContain('##[');
    expect(plain, JSON.stringify(line)).not.toMatch(CONTROL);
  }
}

function folderWithHostilePlans(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-inject-'));
  HOSTILE_VALUES.forEach(([, value], i) => {
    writeFileSync(path.join(folder, `v${i}.iplan.md`), PLAN.replace('status: concept', `status: ${value}`).replace('naam: "Vernieuwing Reisdocumentenstelsel"', `naam: ${value}`));
  });
  for (const name of HOSTILE_NAMES) writeFileSync(path.join(folder, name), PLAN.replace('status: concept', 'status: conept'));
  return folder;
}

describe('stylish output of the built CLI', () => {
  const folder = folderWithHostilePlans();

  it.each([
    ['without colour', { NO_COLOR: '1' }],
    ['with colour', { NO_COLOR: '', FORCE_COLOR: '1' }],
  ])('%s: each value and file name stays on its line, escaped and visible', (_, env) => {
    const run = iplan(['.'], { cwd: folder, env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expectSafeLog(run.stdout);
    const plain = run.stdout.replace(OWN_COLOURS, '');
    // Findings are one per line: the rows are exactly the findings of the json report.
    const rows = plain.split('\n').filter((line) => /^ {2}\d+:\d+ {2}/.test(line));
    const total = JSON.parse(iplan(['--format', 'json', '.'], { cwd: folder }).stdout).reduce((n: number, r: { messages: unknown[] }) => n + r.messages.length, 0);
    expect(rows).toHaveLength(total);
    // What was escaped can still be read.
    expect(plain).toContain("'x\\n::error file=README.md,line=1::forged'");
    expect(plain).toContain('\\u001b]8;;https://evil.example/\\u0007link');
    expect(plain).toContain('mid ##\\[error]boom');
    expect(plain).toContain('\\u202egnp.exe');
    expect(plain).toContain('./::error::name.iplan.md');
    expect(plain).toContain('x\\n::warning::y.iplan.md');
    expect(plain).toContain('./ ::notice::lead.iplan.md');
  });

  it('the json, sarif, gitlab and junit reports printed to the log are safe too, and json still reads back', () => {
    for (const format of ['json', 'sarif', 'gitlab', 'junit']) {
      const run = iplan(['--format', format, '.'], { cwd: folder });
      expect(run.stderr, format).toBe('');
      expectSafeLog(run.stdout);
    }
    const results = JSON.parse(iplan(['--format', 'json', '.'], { cwd: folder }).stdout);
    const messages: string[] = results.flatMap((r: { messages: { message: string }[] }) => r.messages.map((m) => m.message));
    expect(messages).toContain("`status` is 'mid ##[error]boom'; expected concept or vastgesteld.");
    expect(messages).toContain("`status` is '\u202Egnp.exe \u2066x\u2069'; expected concept or vastgesteld.");
  });

  it('the one line on stderr escapes what came from the command line or the repository', () => {
    for (const args of [['nope\n::error::x.iplan.md'], ['--config', '\u001b]8;;x\u0007c.json', '.'], ['--framework', '##[error]fw.json', '.']]) {
      const run = iplan(args, { cwd: folder });
      expect(run.status, JSON.stringify(args)).toBe(2);
      expect(run.stderr.endsWith('\n')).toBe(true);
      expect(run.stderr.trimEnd().split('\n'), JSON.stringify(args)).toHaveLength(1);
      expectSafeLog(run.stderr);
    }
  });
});

describe('the formatters themselves', () => {
  const hostile = HOSTILE_VALUES.map(([, value]) => JSON.parse(value.replace(/\\e/g, '\\u001b').replace(/\\a/g, '\\u0007').replace(/\\x9b/g, '\\u009b').replace(/\\0/g, '\\u0000').replace(/\\b/g, '\\b')) as string);
  const results: LintResult[] = HOSTILE_NAMES.map((name, i) => ({
    filePath: path.join('/srv/repo', name),
    errorCount: hostile.length,
    warningCount: 0,
    messages: hostile.map((message, line) => ({ ruleId: 'frontmatter-schema', severity: 2, message: `${i}: ${message}`, line: line + 1, column: 1, endLine: line + 1, endColumn: 2 })),
  }));
  const context: FormatContext = { cwd: '/srv/repo', locale: 'en', rules: [], toolVersion: '0.0.0' };

  it('stylish: one line per finding, every one safe, with and without colour', () => {
    for (const color of [false, true]) {
      const output = stylish(results, { ...context, color });
      expectSafeLog(output);
      expect(output.includes('\u001b[31m'), `color: ${color}`).toBe(color);
      // Painted, a line starts with the colour of its position.
      expect(output.split('\n').filter((line) => /^ {2}(?:\u001b\[2m)?\d+:\d+/.test(line))).toHaveLength(hostile.length * HOSTILE_NAMES.length);
    }
  });

  it('json, sarif and gitlab: safe in a log, and the same data when read back', () => {
    const out = { json: json(results, context), sarif: sarif(results, context), gitlab: gitlab(results, context) };
    for (const text of Object.values(out)) expectSafeLog(text);
    expect(JSON.parse(out.json).flatMap((r: { messages: { message: string }[] }) => r.messages.map((m) => m.message))).toEqual(results.flatMap((r) => r.messages.map((m) => m.message)));
    expect(JSON.parse(out.gitlab).map((issue: { description: string }) => issue.description)).toEqual(results.flatMap((r) => r.messages.map((m) => m.message)));
    expect(JSON.parse(out.sarif).runs[0].results).toHaveLength(hostile.length * HOSTILE_NAMES.length);
  });

  it('junit: one finding a line in a failure, whatever the message holds', () => {
    const xml = junit(results, context);
    expectSafeLog(xml);
    const failures = [...xml.matchAll(/<failure[^>]*>([^<]*)<\/failure>/g)].map((m) => m[1]);
    expect(failures).toHaveLength(HOSTILE_NAMES.length);
    for (const failure of failures) expect(failure.split('\n')).toHaveLength(hostile.length);
    // The references decode to the names as they are.
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, trimValues: false, isArray: (name) => name === 'testsuite' }).parse(xml);
    expect(parsed.testsuites.testsuite.map((suite: { name: string }) => suite.name)).toEqual(HOSTILE_NAMES.map((name) => name.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\uFFFD')));
  });
});

describe('a reader that stops early', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-pipe-'));
  mkdirSync(path.join(folder, 'plannen'));
  const defect = readFileSync(path.join(ROOT, 'examples', 'defect-costs.iplan.md'), 'utf8');
  // Far more output than a pipe holds, so the writer meets the closed pipe.
  for (let i = 0; i < 150; i++) writeFileSync(path.join(folder, 'plannen', `p${i}.iplan.md`), defect);

  const pipeline = (command: string) => spawnSync('bash', ['-c', `set -o pipefail; ${command}; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it.each([
    ['--fix-dry-run … | head -1', `"${process.execPath}" "${CLI}" --fix-dry-run plannen | head -1`],
    ['stylish | head -c 10', `"${process.execPath}" "${CLI}" plannen | head -c 10`],
    ['json | true', `"${process.execPath}" "${CLI}" --format json plannen | true`],
    ['--concurrency off … | head -1', `"${process.execPath}" "${CLI}" --concurrency off plannen | head -1`],
  ])('%s: ends quietly with the exit code of the findings', (_, command) => {
    const run = pipeline(command);
    expect(run.stderr).toBe('status 1\n');
  });

  it('report files are still written when standard output is closed', () => {
    const run = pipeline(`"${process.execPath}" "${CLI}" --format stylish --format sarif:out.sarif plannen | true`);
    expect(run.stderr).toBe('status 1\n');
    expect(existsSync(path.join(folder, 'out.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(folder, 'out.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(150);
  });
});
