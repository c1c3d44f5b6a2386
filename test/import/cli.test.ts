// `iplan import` as a user runs it: the built CLI, real files, a temporary folder.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iplan, ROOT } from '../cli/run';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const LOADS = path.join(ROOT, 'test', 'fixtures', 'report-module-loads.cjs');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'iplan-import-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('iplan import', () => {
  it('prints the plan on standard output and the report on standard error', () => {
    const run = iplan(['import', path.join(FIXTURES, 'ocw-2025-2028-en.docx')], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\niplan: "kwaliteitskader-2022"\nministerie: OCW\n/);
    expect(run.stderr).toContain('  chapters: 13 of 13 framework sections recognised\n');
    expect(run.stderr).toContain('  check: 0 errors, 0 warnings\n');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes the plan with -o, and the written plan checks as the report says', () => {
    const run = iplan(['import', path.join(FIXTURES, 'ienw-2026-2029.docx'), '-o', 'ienw.iplan.md', '--locale', 'nl'], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('  controle: 2 fouten, 0 waarschuwingen (large-activity-dashboard, landscape-impact-missing)\n');
    expect(run.stderr).toContain('  geschreven: ienw.iplan.md\n');
    const check = iplan(['ienw.iplan.md', '--format', 'json'], { cwd: folder });
    expect(check.status).toBe(1);
    const [result] = JSON.parse(check.stdout) as { messages: { ruleId: string }[] }[];
    expect(result.messages.map((m) => m.ruleId)).toEqual(['large-activity-dashboard', 'landscape-impact-missing']);
  });

  it('does not overwrite a file unless told to', () => {
    writeFileSync(path.join(folder, 'plan.iplan.md'), 'mine\n');
    const refused = iplan(['import', path.join(FIXTURES, 'jenv-2025-2028.docx'), '-o', 'plan.iplan.md'], { cwd: folder });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('iplan: plan.iplan.md already exists; use --force to overwrite it\n');
    expect(readFileSync(path.join(folder, 'plan.iplan.md'), 'utf8')).toBe('mine\n');
    const forced = iplan(['import', path.join(FIXTURES, 'jenv-2025-2028.docx'), '-o', 'plan.iplan.md', '--force'], { cwd: folder });
    expect(forced.status).toBe(0);
    expect(readFileSync(path.join(folder, 'plan.iplan.md'), 'utf8')).toMatch(/^---\niplan:/);
  });

  for (const [file, line] of [
    ['empty.docx', 'the file is empty'],
    ['not-a-docx.docx', 'this is not a Word document (.docx)'],
    ['corrupt.docx', "the Word document is corrupt (Corrupted zip: can't find end of central directory)"],
    ['password-protected.docx', 'the document is password-protected; save it without a password in Word and import again'],
  ]) {
    it(`exits 2 with one line and writes nothing for ${file}`, () => {
      const source = path.join(FIXTURES, 'bad', file);
      const run = iplan(['import', source, '-o', 'out.iplan.md'], { cwd: folder });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`iplan: import: ${source}: ${line}\n`);
      expect(readdirSync(folder)).toEqual([]);
    });
  }

  it('is listed in `iplan --help`', () => {
    expect(iplan(['--help']).stdout).toMatch(/^ {2}import +turn a Word plan \(\.docx\) into an I-plan$/m);
  });

  it('says so in Dutch with --locale nl, and for a missing file or argument', () => {
    const run = iplan(['import', path.join(FIXTURES, 'bad', 'empty.docx'), '--locale', 'nl'], { cwd: folder });
    expect(run.stderr).toMatch(/: het bestand is leeg\n$/);
    expect(iplan(['import', 'nope.docx'], { cwd: folder }).stderr).toBe('iplan: import: nope.docx does not exist\n');
    const none = iplan(['import'], { cwd: folder });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('iplan: import: no Word document given (try: iplan import plan.docx -o plan.iplan.md)\n');
  });
});

describe('bundles loaded on first use', () => {
  const loaded = (stderr: string) => [...stderr.matchAll(/^iplan-test-load: (.*)$/gm)].map((m) => path.relative(ROOT, m[1]));

  it('a plain check loads the CLI bundle only; an import loads the importer bundle too', () => {
    const env = { NODE_OPTIONS: `--require ${LOADS}` };
    const plain = iplan(['examples/bzk-2026-2029.iplan.md'], { env });
    expect(plain.status).toBe(0);
    expect(loaded(plain.stderr).filter((file) => file.startsWith('dist'))).toEqual([path.join('dist', 'cli.js')]);
    const imported = iplan(['import', path.join(FIXTURES, 'ocw-2025-2028-en.docx'), '-o', path.join(folder, 'plan.iplan.md')], { env });
    expect(imported.status).toBe(0);
    expect(loaded(imported.stderr).filter((file) => file.startsWith('dist'))).toEqual([path.join('dist', 'cli.js'), path.join('dist', 'importer.js')]);
    expect(existsSync(path.join(folder, 'plan.iplan.md'))).toBe(true);
  });

  it('the renderer bundle is loaded for an HTML report only', () => {
    const env = { NODE_OPTIONS: `--require ${LOADS}` };
    const json = iplan(['--format', 'json', 'examples/bzk-2026-2029.iplan.md'], { env });
    expect(json.status).toBe(0);
    expect(loaded(json.stderr).filter((file) => file.startsWith('dist'))).toEqual([path.join('dist', 'cli.js')]);
    const html = iplan(['--format', 'html', 'examples/bzk-2026-2029.iplan.md'], { env });
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<article');
    expect(loaded(html.stderr).filter((file) => file.startsWith('dist'))).toEqual([path.join('dist', 'cli.js'), path.join('dist', 'renderer.js')]);
  });
});
