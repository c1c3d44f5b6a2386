// The pre-commit hook as a user runs it: the README's .pre-commit-config.yaml (pointed at this
// repository's committed HEAD instead of its home), Debian's pre-commit, a scratch repository
// with plans. pre-commit installs the hook as an npm package, as it would from the project's home.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addExample, commitAll, git, initRepository, ROOT } from './helpers';

const PRE_COMMIT = '/usr/bin/pre-commit';

/** The README's pre-commit configuration. */
function readmeConfig(): { repos: { repo: string; rev: string; hooks: { id: string }[] }[] } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => /^repos:/m.test(b) && b.includes('id: iplan'));
  if (!block) throw new Error("no pre-commit configuration in the README's YAML blocks");
  return parseYaml(block);
}

describe('the pre-commit hook', () => {
  let scratch: string;
  let repo: string;
  let home: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'iplan-pre-commit-'));
    home = path.join(scratch, 'pre-commit-home');
    repo = path.join(scratch, 'plannen');
    initRepository(repo);
    const config = readmeConfig();
    expect(config.repos[0]).toMatchObject({ repo: 'https://github.com/iplan-rijk/iplan', hooks: [{ id: 'iplan' }] });
    config.repos[0].repo = ROOT;
    config.repos[0].rev = git(ROOT, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), JSON.stringify(config));
    addExample(repo, 'bzk-2026-2029.iplan.md', 'bzk-2026-2029.iplan.md');
    writeFileSync(path.join(repo, 'README.md'), '# Plannen\n\nTODO: this is no plan, so this is no finding.\n');
    commitAll(repo, 'plans');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const preCommit = (...args: string[]) =>
    spawnSync(PRE_COMMIT, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', LANG: 'C.UTF-8', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' } });

  it('passes a clean plan beside other Markdown', () => {
    const run = preCommit('run', '--all-files');
    expect(run.stdout + run.stderr).toMatch(/^iplan\.+Passed$/m);
    expect(run.status).toBe(0);
  }, 600_000);

  it('fails a commit with a defective plan, naming the findings', () => {
    addExample(repo, 'defect-costs.iplan.md', 'concept.iplan.md');
    git(repo, 'add', '-A');
    const run = preCommit('run');
    expect(run.stdout).toMatch(/^iplan\.+Failed$/m);
    expect(run.stdout).toContain('concept.iplan.md');
    expect(run.stdout).toMatch(/cost-table-mismatch/);
    expect(run.status).toBe(1);
  }, 120_000);
});
