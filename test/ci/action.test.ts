// The GitHub Action as GitHub runs it: dist/action.js with the INPUT_* variables of action.yml
// and the GITHUB_* files and event of a pull request (or push) in a scratch repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addExample, commitAll, git, initRepository, ROOT } from './helpers';

const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const ENTRY = path.join(ROOT, action.runs.main);

describe('action.yml', () => {
  it('is a JavaScript action on node20 whose entry point the build makes', () => {
    expect(action.runs).toEqual({ using: 'node20', main: 'dist/action.js' });
    expect(existsSync(ENTRY)).toBe(true);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'formats', 'max-warnings', 'sarif-file']));
    for (const [name, input] of Object.entries(action.inputs) as [string, { description: string }][]) expect(input.description.length, name).toBeGreaterThan(20);
  });
});

describe('the action in a pull request', () => {
  let scratch: string;
  let repo: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'iplan-action-'));
    repo = path.join(scratch, 'repo');
    initRepository(repo);
    addExample(repo, 'bzk-2026-2029.iplan.md', 'plannen/bzk-2026-2029.iplan.md');
    writeFileSync(path.join(repo, 'README.md'), '# Plannen\n');
    base = commitAll(repo, 'base');
    // The pull request: a misspelt ministry (a finding on the changed line), a changed amount
    // (whose finding lies on the unchanged table row) and a new plan with defects throughout.
    const plan = path.join(repo, 'plannen', 'bzk-2026-2029.iplan.md');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('ministerie: BZK', 'ministerie: BKZ').replace('vernieuwing: 14800000', 'vernieuwing: 14900000'));
    addExample(repo, 'defect-sections.iplan.md', 'plannen/nieuw.iplan.md');
    head = commitAll(repo, 'head');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Runs the entry point the way the runner does: every input set (its default unless given). */
  function runAction(inputs: Record<string, string>, event: { name: string; payload: unknown }) {
    const files = mkdtempSync(path.join(scratch, 'github-'));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: path.join(files, 'event.json'),
      GITHUB_OUTPUT: path.join(files, 'output'),
      GITHUB_STEP_SUMMARY: path.join(files, 'summary.md'),
    };
    for (const [name, input] of Object.entries(action.inputs) as [string, { default?: string }][]) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? input.default ?? '';
    }
    writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event.payload));
    writeFileSync(env.GITHUB_OUTPUT!, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
    const run = spawnSync(process.execPath, [ENTRY], { cwd: repo, env, encoding: 'utf8' });
    const read = (file: string) => readFileSync(file, 'utf8');
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, annotations, output: read(env.GITHUB_OUTPUT!), summary: read(env.GITHUB_STEP_SUMMARY!) };
  }

  const pullRequest = () => ({ name: 'pull_request', payload: { number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } } });

  it('annotates the findings on the changed lines, and reports all of them in the summary, the outputs and SARIF', () => {
    const run = runAction({ 'sarif-file': 'iplan.sarif', formats: 'stylish junit:iplan-junit.xml' }, pullRequest());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✖ \d+ problems/); // the stylish report in the log

    const sarif = JSON.parse(readFileSync(path.join(repo, 'iplan.sarif'), 'utf8'));
    const all = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const inOldPlan = all.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('bzk-2026-2029.iplan.md')).map((r) => r.ruleId);
    expect(inOldPlan.sort()).toEqual(['cost-table-mismatch', 'frontmatter-schema']);
    const inNewPlan = all.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('nieuw.iplan.md'));
    expect(inNewPlan.length).toBeGreaterThan(3);

    // The misspelt ministry sits on a changed line; the table row the changed amount disagrees
    // with does not. The new plan is changed throughout.
    expect(run.annotations.filter((a) => a.includes('file=plannen/bzk-2026-2029.iplan.md'))).toEqual([expect.stringMatching(/^::error file=plannen\/bzk-2026-2029\.iplan\.md,line=3,endLine=3,col=\d+,endColumn=\d+,title=frontmatter-schema::/)]);
    expect(run.annotations.filter((a) => a.includes('file=plannen/nieuw.iplan.md'))).toHaveLength(inNewPlan.length);
    expect(run.annotations).toHaveLength(1 + inNewPlan.length);

    const errors = all.filter((r) => (r as { level?: string }).level === 'error').length;
    expect(run.output).toBe(`error-count=${errors}\nwarning-count=${all.length - errors}\nsarif-file=iplan.sarif\n`);
    expect(run.summary).toContain(`## iplan: ${errors} errors, ${all.length - errors} warnings in 2 plans`);
    expect(run.summary).toContain('| `plannen/bzk-2026-2029.iplan.md` | 2 | 0 |');
    expect(run.summary).toMatch(/\| `plannen\/bzk-2026-2029\.iplan\.md:\d+` \| error \| \[`cost-table-mismatch`\]\(https:\/\/github\.com\/iplan-rijk\/iplan\/blob\/v[^/]+\/docs\/rules\.md#cost-table-mismatch\) \|/);
    expect(run.summary).toContain(`${1 + inNewPlan.length} of ${all.length} findings are on lines this change touches`);
    expect(existsSync(path.join(repo, 'iplan-junit.xml'))).toBe(true);
  });

  it('on a push, annotates what the push changed; on a new branch, everything', () => {
    const push = runAction({}, { name: 'push', payload: { before: base, after: head } });
    expect(push.status).toBe(1);
    const pr = runAction({}, pullRequest());
    expect(push.annotations).toEqual(pr.annotations);
    const branch = runAction({}, { name: 'push', payload: { before: '0000000000000000000000000000000000000000', after: head } });
    expect(branch.annotations.length).toBe(push.annotations.length + 1);
    expect(branch.summary).toContain(`All ${branch.annotations.length} findings are annotated.`);
  });

  it('annotates everything or nothing when asked, and fails on warnings beyond max-warnings', () => {
    expect(runAction({ annotations: 'all' }, pullRequest()).annotations.some((a) => a.includes('title=cost-table-mismatch'))).toBe(true);
    const off = runAction({ annotations: 'off', paths: 'README.md' }, pullRequest());
    expect(off.annotations).toEqual([]);
    expect(off.status).toBe(0);
    expect(off.summary).toContain('No I-plans were found.');
    const warnings = runAction({ paths: 'plannen/nieuw.iplan.md', 'max-warnings': '0', locale: 'nl' }, pullRequest());
    expect(warnings.status).toBe(1);
  });

  it('stops with exit code 2 and says why when the check cannot run', () => {
    const run = runAction({ paths: 'no/such/folder' }, pullRequest());
    expect(run.status).toBe(2);
    expect(run.annotations).toEqual(['::error title=iplan::iplan: no such file or folder: no/such/folder']);
    expect(run.summary).toContain('## iplan could not run');
    expect(run.output).toBe('');
    expect(runAction({ annotations: 'some' }, pullRequest()).status).toBe(2);
  });
});

describe('scripts/release-action.sh', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'iplan-release-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('tags a commit beside the branch whose tree holds the built action, and leaves the branch without a bundle', () => {
    // A clone of the committed state, with this checkout's dependencies for the build.
    const clone = path.join(scratch, 'clone');
    git(scratch, 'clone', '-q', ROOT, clone);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'));
    const head = git(clone, 'rev-parse', 'HEAD');
    const version = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')).version;

    const release = spawnSync('bash', ['scripts/release-action.sh'], { cwd: clone, encoding: 'utf8' });
    expect(release.status, release.stderr).toBe(0);
    expect(release.stdout).toBe(`git push origin v${version} && git push --force origin v${version.split('.')[0]}\n`);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(clone, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(git(clone, 'ls-tree', '-r', '--name-only', 'HEAD')).not.toMatch(/^dist\//m);
    const tagged = git(clone, 'rev-parse', `v${version}^{commit}`);
    expect(git(clone, 'rev-parse', `v${version.split('.')[0]}^{commit}`)).toBe(tagged);
    expect(git(clone, 'rev-parse', `${tagged}^`)).toBe(head);
    expect(git(clone, 'ls-tree', '-r', '--name-only', tagged).split('\n')).toEqual(expect.arrayContaining(['action.yml', 'dist/action.js', 'dist/cli.js', 'dist/cli-main.js']));

    // What GitHub checks out for `uses: iplan-rijk/iplan@v<version>` runs.
    const checkout = path.join(scratch, 'action');
    git(clone, 'worktree', 'add', '-q', '--detach', checkout, tagged);
    const plans = path.join(scratch, 'plans');
    initRepository(plans);
    addExample(plans, 'defect-costs.iplan.md', 'defect-costs.iplan.md');
    const run = spawnSync(process.execPath, [path.join(checkout, 'dist', 'action.js')], {
      cwd: plans,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_WORKSPACE: plans, INPUT_PATHS: '.', INPUT_ANNOTATIONS: 'all' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(5);
  });
});
