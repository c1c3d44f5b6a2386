// The GitLab CI/CD component as GitLab runs it: its inputs interpolated into the job, then the
// job's script lines run one by one in a shell, in a scratch repository with iplan installed
// offline from the packed tarball.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { installTarball, packTarball } from '../helpers/tarball';
import { addExample, initRepository, ROOT } from './helpers';

const TEMPLATE = readFileSync(path.join(ROOT, 'templates', 'iplan.yml'), 'utf8');
const [specDocument] = parseAllDocuments(TEMPLATE);
const spec = specDocument.toJS().spec as { inputs: Record<string, { default?: unknown; type?: string; description?: string }> };
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const INPUT = /\$\[\[\s*inputs\.([a-z0-9_-]+)\s*\]\]/gi;

/** GitLab's interpolation of `$[[ inputs.name ]]`: the given inputs over the defaults. */
function interpolate(given: Record<string, string | number> = {}) {
  for (const name of Object.keys(given)) if (!(name in spec.inputs)) throw new Error(`unknown input ${name}`);
  const values = Object.fromEntries(Object.entries(spec.inputs).map(([name, input]) => [name, given[name] ?? input.default]));
  const job = TEMPLATE.slice(TEMPLATE.indexOf('\n---\n') + 5).replace(INPUT, (_, name: string) => String(values[name]));
  return parseYaml(job).iplan as { script: string[]; stage: string; image: string; artifacts: { when: string; reports: { codequality: string; junit: string } } };
}

/** Runs the script lines as a job does: in order, in a shell, stopping at the first that fails. */
function runJob(script: string[], cwd: string) {
  const log: string[] = [];
  for (const [index, line] of script.entries()) {
    const run = spawnSync('sh', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', LANG: 'C.UTF-8', NO_COLOR: '1', npm_config_offline: 'true' } });
    log.push(run.stdout, run.stderr);
    if (run.status !== 0) return { failedLine: index, status: run.status, log: log.join('') };
  }
  return { failedLine: -1, status: 0, log: log.join('') };
}

describe('templates/iplan.yml', () => {
  it('declares every input it uses and uses every input it declares, each described', () => {
    const used = new Set([...TEMPLATE.slice(TEMPLATE.indexOf('\n---\n')).matchAll(INPUT)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(spec.inputs).sort());
    for (const [name, input] of Object.entries(spec.inputs)) {
      expect(input.description, name).toBeTruthy();
      if (input.type === 'number') expect(typeof input.default, name).toBe('number');
    }
  });

  it('installs, by default, the version it is released with', () => {
    expect(spec.inputs.version.default).toBe(manifest.version);
  });

  it('keeps both reports as artifacts, also when the check fails', () => {
    const job = interpolate();
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json', junit: 'iplan-junit.xml' } });
    expect(job.image).toBe('node:20');
    expect(job.stage).toBe('test');
  });
});

describe('the component’s job in a plan repository', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'iplan-gitlab-'));
    repo = path.join(scratch, 'plannen-repo');
    initRepository(repo);
    installTarball(packTarball(scratch), repo);
    addExample(repo, 'bzk-2026-2029.iplan.md', 'plannen/bzk-2026-2029.iplan.md');
    addExample(repo, 'defect-costs.iplan.md', 'concepten/defect-costs.iplan.md');
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('with the defaults: fails on the defective plan, and writes the code-quality and JUnit reports GitLab reads', () => {
    const job = interpolate();
    const run = runJob(job.script, repo);
    expect(run.failedLine, run.log).toBe(job.script.length - 1);
    expect(run.status).toBe(1);
    expect(run.log).toMatch(/✖ 5 problems \(5 errors, 0 warnings\)/);
    const issues = JSON.parse(readFileSync(path.join(repo, job.artifacts.reports.codequality), 'utf8'));
    expect(issues).toHaveLength(5);
    for (const issue of issues) {
      expect(issue).toMatchObject({ check_name: expect.any(String), description: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]+$/), severity: expect.any(String) });
      expect(issue.location.path).toBe('concepten/defect-costs.iplan.md');
    }
    const junit = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(repo, job.artifacts.reports.junit), 'utf8'));
    // A test case per rule and plan: the two missing cost years fail one case.
    expect(junit.testsuites['@_failures']).toBe(String(new Set(issues.map((i: { check_name: string }) => i.check_name)).size));
  });

  it('with inputs, in a clone without node_modules: installs from the lock file, then checks only the given paths', () => {
    renameSync(path.join(repo, 'node_modules'), path.join(scratch, 'kept-node_modules'));
    try {
      const job = interpolate({ paths: 'plannen/', 'max-warnings': 0 });
      expect(job.script.at(-1)).toContain('npx --no-install iplan plannen/ --max-warnings=0 ');
      const run = runJob(job.script, repo);
      expect(run.failedLine, run.log).toBe(-1);
      expect(existsSync(path.join(repo, 'node_modules', '.bin', 'iplan'))).toBe(true);
      expect(JSON.parse(readFileSync(path.join(repo, job.artifacts.reports.codequality), 'utf8'))).toEqual([]);
    } finally {
      rmSync(path.join(scratch, 'kept-node_modules'), { recursive: true, force: true });
    }
  });
});
