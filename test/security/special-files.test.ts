// Special files where iplan reads: devices, FIFOs, huge sparse files, folders, /proc files and
// symbolic links as configuration, `extends`, framework, schema, plan or cache. Each ends at once
// with one clear line (exit 2) or is skipped, never hangs, never fills the memory, never quotes a
// file it was not meant to read. Symbolic links are not followed (README, Robustness).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../cli/run';
import { addSpecialFiles } from '../helpers/specialFiles';

const PLAN = readFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');
const DEFECT = readFileSync(path.join(ROOT, 'examples', 'defect-costs.iplan.md'), 'utf8');
const FRAMEWORK = path.join(ROOT, 'schemas', 'kwaliteitskader-2022.framework.json');
/** A line no message may ever show: it stands for a secret in a file iplan was pointed at. */
const SECRET = 'ghp_SECRET_TOKEN_0123456789';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI; a run that hangs is killed after 30 s and fails (status null). */
function iplan(args: string[], cwd: string): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', XDG_CACHE_HOME: path.join(cwd, '.user-cache') },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

function repository(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-special-'));
  mkdirSync(path.join(folder, 'plannen'));
  mkdirSync(path.join(folder, '.git'));
  writeFileSync(path.join(folder, '.git', 'config'), `[remote "origin"]\n\turl = https://x-access-token:${SECRET}@github.com/min/plannen.git\n`);
  writeFileSync(path.join(folder, 'plannen', 'bzk.iplan.md'), PLAN);
  writeFileSync(path.join(folder, 'secret.txt'), `SECRET=${SECRET}\n`);
  return folder;
}

/** Exit 2, one line on stderr that matches, and nothing of the secret anywhere. */
function expectOneLine(run: Run, expected: RegExp, label: string): void {
  expect(run.status, `${label}: ${run.stderr}`).toBe(2);
  expect(run.stderr.trimEnd().split('\n'), label).toHaveLength(1);
  expect(run.stderr.trimEnd(), label).toMatch(expected);
  expect(run.stderr + run.stdout, label).not.toContain(SECRET);
}

describe('configuration, extends, framework and schema that are no regular file', () => {
  const cases: [string, (folder: string) => object, RegExp][] = [
    ['extends /dev/zero', () => ({ extends: '/dev/zero' }), /\.iplanrc\.json \/extends: "\/dev\/zero" is a device, not a regular file$/],
    ['extends /dev/urandom', () => ({ extends: '/dev/urandom' }), /\/extends: "\/dev\/urandom" is a device, not a regular file$/],
    ['extends a FIFO', (f) => (mkfifo(path.join(f, 'pipe.json')), { extends: './pipe.json' }), /\/extends: ".\/pipe\.json" is a named pipe \(FIFO\), not a regular file$/],
    ['extends a folder', () => ({ extends: 'plannen' }), /\/extends: "plannen" is a folder, not a regular file$/],
    ['extends /proc/self/environ', () => ({ extends: '/proc/self/environ' }), /\/extends: "\/proc\/self\/environ" is not text \(UTF-8\)$/],
    ['extends a huge sparse file', (f) => (writeFileSync(path.join(f, 'big.json'), ''), truncateSync(path.join(f, 'big.json'), 8 * 2 ** 30), { extends: 'big.json' }), /\/extends: "big\.json" is larger than 1,048,576 bytes \(8,589,934,592\)$/],
    ['extends a dangling link', (f) => (symlinkSync('nowhere.json', path.join(f, 'gone.json')), { extends: 'gone.json' }), /\/extends: the file "gone\.json" does not exist$/],
    ['extends a link loop', (f) => (symlinkSync('loop.json', path.join(f, 'loop.json')), { extends: 'loop.json' }), /\/extends: "loop\.json" is a symbolic link that loops$/],
    ['extends a secret that is no JSON', () => ({ extends: 'secret.txt' }), /secret\.txt: is not valid JSON at line 1, column 1: expected a value/],
    ['extends .git/config', () => ({ extends: '.git/config' }), /\.git\/config: is not valid JSON at line 1, column 2: expected a value/],
    ['framework /dev/urandom', () => ({ framework: '/dev/urandom' }), /\.iplanrc\.json \/framework: \/dev\/urandom: is a device, not a regular file$/],
    ['framework a FIFO', (f) => (mkfifo(path.join(f, 'fw.json')), { framework: 'fw.json' }), /\/framework: .*fw\.json: is a named pipe \(FIFO\), not a regular file$/],
    ['framework a huge sparse file', (f) => (writeFileSync(path.join(f, 'fw.json'), ''), truncateSync(path.join(f, 'fw.json'), 2 ** 40), { framework: 'fw.json' }), /\/framework: .*fw\.json: is larger than 8,388,608 bytes/],
    ['framework .git/config', () => ({ framework: '.git/config' }), /\/framework: .*\.git\/config: is not valid JSON at line 1, column 2/],
    [
      'a framework whose schema is /dev/zero',
      (f) => {
        writeFileSync(path.join(f, 'fw.json'), JSON.stringify({ ...JSON.parse(readFileSync(FRAMEWORK, 'utf8')), frontMatterSchema: '/dev/zero' }));
        return { framework: 'fw.json' };
      },
      /\/framework: \/dev\/zero: is a device, not a regular file$/,
    ],
  ];

  it.each(cases)('%s: exit 2 with one line naming file and pointer, at once', (label, make, expected) => {
    const folder = repository();
    writeFileSync(path.join(folder, '.iplanrc.json'), JSON.stringify(make(folder)));
    expectOneLine(iplan(['plannen'], folder), expected, label);
  });

  it('the configuration file itself: a link to /dev/zero, a FIFO, a folder, named by --config or found', () => {
    const folder = repository();
    symlinkSync('/dev/zero', path.join(folder, 'iplan.config.json'));
    expectOneLine(iplan(['plannen'], folder), /iplan\.config\.json: is a device, not a regular file$/, 'found link to /dev/zero');
    const other = repository();
    mkdirSync(path.join(other, 'plannen', 'iplan.config.json'));
    expectOneLine(iplan(['plannen'], other), /plannen\/iplan\.config\.json: is a folder, not a regular file$/, 'found folder');
    mkfifo(path.join(other, 'named.json'));
    expectOneLine(iplan(['--config', 'named.json', 'plannen/bzk.iplan.md'], other), /named\.json: is a named pipe \(FIFO\), not a regular file$/, '--config FIFO');
    expectOneLine(iplan(['--framework', '/dev/zero', 'plannen/bzk.iplan.md'], other), /invalid framework: \/dev\/zero: is a device, not a regular file$/, '--framework device');
  });

  it('a JSON syntax error says where and what was expected, and quotes nothing', () => {
    const folder = repository();
    const variants: [string, RegExp][] = [
      [`{ "rules": { "placeholder": ${SECRET} } }`, /line 1, column 29: expected a value/],
      [`{\n  "rules": {\n    "placeholder": "off",\n  }\n}\n// ${SECRET}`, /line 4, column 3: expected a key in double quotes/],
      [`{ "extends": "${SECRET}"`, /line 1, column \d+: expected ',' or '}', but the file ends/],
      [`{ "rules": {} } ${SECRET}`, /line 1, column 17: expected nothing after the end of the JSON value/],
      [`{ '${SECRET}': 1 }`, /line 1, column 3: expected a key in double quotes/],
      // A byte order mark is no column.
      [`\uFEFF{ "locale": "nl" "x": 1 }`, /line 1, column 18: expected ',' or '}'/],
    ];
    for (const [text, expected] of variants) {
      writeFileSync(path.join(folder, 'iplan.config.json'), text);
      expectOneLine(iplan(['plannen'], folder), new RegExp(`iplan\\.config\\.json: is not valid JSON at ${expected.source}`), text);
    }
  });
});

describe('plans that are no regular file', () => {
  it('a folder walk skips FIFOs, devices, sockets-to-be, links of every kind, and reads huge sparse files no further than their head', () => {
    const folder = repository();
    const plans = path.join(folder, 'plannen');
    const regular = addSpecialFiles(folder, 'bzk.iplan.md', DEFECT);
    symlinkSync('../secret.txt', path.join(plans, 'secret.iplan.md'));

    for (const args of [['plannen'], ['.'], ['plannen/**/*.md'], ['**/*.iplan.md']]) {
      const run = iplan(['--format', 'json', ...args], folder);
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stdout).not.toContain(SECRET);
      const results: { filePath: string; messages: { ruleId: string }[] }[] = JSON.parse(run.stdout);
      const files = results.map((r) => path.relative(folder, r.filePath)).sort();
      // Only regular files: the plan, the plan inside the folder named like one, the sparse file.
      const expected = regular.filter((file) => args[0] === '.' || args[0] === '**/*.iplan.md' || file.startsWith('plannen/'));
      expect(files, args.join(' ')).toEqual(expected);
      const sparse = results.find((r) => r.filePath.endsWith('sparse.iplan.md'))!;
      expect(sparse.messages.map((m) => m.ruleId)).toEqual(['file-too-large']);
    }
    // The link to .git/config never reaches any report.
    const reports = iplan(['--format', 'sarif:out.sarif', '--format', 'junit:out.xml', '--format', 'gitlab:out.json', '--format', 'stylish', 'plannen'], folder);
    expect(reports.status).toBe(1);
    for (const file of ['out.sarif', 'out.xml', 'out.json']) expect(readFileSync(path.join(folder, file), 'utf8')).not.toContain(SECRET);
    expect(lstatSync(path.join(plans, 'notes.iplan.md')).isSymbolicLink()).toBe(true);
  });

  it.each([
    ['a link to .git/config', (f: string) => symlinkSync('../.git/config', path.join(f, 'plannen', 'named.iplan.md')), 'plannen/named.iplan.md', /^iplan: plannen\/named\.iplan\.md is a symbolic link; iplan does not follow links/],
    ['a link to /dev/zero', (f: string) => symlinkSync('/dev/zero', path.join(f, 'zero.iplan.md')), 'zero.iplan.md', /is a symbolic link; iplan does not follow links/],
    ['a dangling link', (f: string) => symlinkSync('gone.md', path.join(f, 'dangling.iplan.md')), 'dangling.iplan.md', /is a symbolic link/],
    ['a link to a folder', (f: string) => symlinkSync('plannen', path.join(f, 'linked')), 'linked', /^iplan: linked is a symbolic link/],
    ['a link to a plan', (f: string) => symlinkSync('plannen/bzk.iplan.md', path.join(f, 'alias.iplan.md')), 'alias.iplan.md', /^iplan: alias\.iplan\.md is a symbolic link/],
    ['a FIFO', (f: string) => mkfifo(path.join(f, 'pipe.iplan.md')), 'pipe.iplan.md', /^iplan: pipe\.iplan\.md is a named pipe \(FIFO\), not a regular file$/],
    ['a device', () => undefined, '/dev/zero', /^iplan: \/dev\/zero is a device, not a regular file$/],
  ])('named on the command line, %s: exit 2 with one line', (label, make, arg, expected) => {
    const folder = repository();
    make(folder);
    expectOneLine(iplan([arg], folder), expected, label);
  });

  it('a /proc file that claims size 0 is read to its real end, within the limit', () => {
    const folder = repository();
    // Not a plan by name, so nothing to report: the point is that it is read and the run ends.
    const run = iplan(['--format', 'json', '/proc/self/status', 'plannen/bzk.iplan.md'], folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([path.join(folder, 'plannen', 'bzk.iplan.md')]);
  });
});

describe('outputs that are no regular file', () => {
  it('a report to /dev/stdout reaches standard output; a FIFO nobody reads is one clear line', () => {
    const folder = repository();
    const toStdout = iplan(['--format', 'json:/dev/stdout', 'plannen'], folder);
    expect(toStdout.stderr).toBe('');
    expect(toStdout.status).toBe(0);
    expect(JSON.parse(toStdout.stdout)).toHaveLength(1);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    // Standard output redirected to a file: the report goes there; /dev/stdout stays what it is.
    const captured = path.join(folder, 'captured.txt');
    const out = openSync(captured, 'w');
    const named = spawnSync(process.execPath, [CLI, '-o', '/dev/stdout', '--format', 'json', 'plannen'], { cwd: folder, stdio: ['ignore', out, 'pipe'], timeout: 30_000 });
    closeSync(out);
    expect(named.status).toBe(0);
    expect(JSON.parse(readFileSync(captured, 'utf8'))).toHaveLength(1);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    // A link named as the report is replaced, never written through, even to standard output.
    symlinkSync('/proc/self/fd/1', path.join(folder, 'out.json'));
    const redirected = path.join(folder, 'redirected.txt');
    const fd = openSync(redirected, 'w');
    const toFile = spawnSync(process.execPath, [CLI, '--format', 'json:out.json', 'plannen'], { cwd: folder, stdio: ['ignore', fd, 'pipe'], timeout: 30_000 });
    closeSync(fd);
    expect(toFile.status).toBe(0);
    expect(readFileSync(redirected, 'utf8')).toBe('');
    expect(lstatSync(path.join(folder, 'out.json')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(folder, 'out.json'), 'utf8'))).toHaveLength(1);
    mkfifo(path.join(folder, 'unread'));
    expectOneLine(iplan(['--format', 'json:unread', 'plannen'], folder), /^iplan: cannot write unread: no program reads from it \(ENXIO\)$/, 'FIFO without reader');
    mkdirSync(path.join(folder, 'report.json'));
    expectOneLine(iplan(['--format', 'json:report.json', 'plannen'], folder), /^iplan: cannot write report\.json: EISDIR$/, 'folder');
  });

  it('a cache that is a link, a FIFO or a folder is not read, and the run ends with its findings', () => {
    const folder = repository();
    symlinkSync('/dev/zero', path.join(folder, '.iplancache'));
    const linked = iplan(['--cache', 'plannen'], folder);
    expect(linked.status).toBe(0);
    expect(linked.stderr).toBe('iplan: the cache .iplancache is ignored: is a symbolic link (links are not followed)\n');
    // Replaced by the cache file, not written through.
    expect(lstatSync(path.join(folder, '.iplancache')).isFile()).toBe(true);
    expect(lstatSync('/dev/zero').isCharacterDevice()).toBe(true);

    mkfifo(path.join(folder, 'pipe-cache'));
    const fifo = iplan(['--cache', '--cache-location', 'pipe-cache', 'plannen'], folder);
    expect(fifo.status).toBe(0);
    expect(fifo.stderr).toBe(
      'iplan: the cache pipe-cache is ignored: is a named pipe (FIFO), not a regular file\niplan: the cache pipe-cache was not written: ENXIO\n',
    );

    mkdirSync(path.join(folder, 'cache-folder'));
    const dir = iplan(['--cache', '--cache-location', 'cache-folder', 'plannen'], folder);
    expect(dir.status).toBe(0);
    expect(dir.stderr).toBe('iplan: the cache cache-folder is ignored: is a folder, not a regular file\niplan: the cache cache-folder was not written: EISDIR\n');
    expect(existsSync(path.join(folder, 'cache-folder'))).toBe(true);
  });
});
