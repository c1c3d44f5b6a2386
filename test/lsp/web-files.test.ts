/**
 * The browser server's files: URIs of any scheme, read through the client. A plan in a
 * `vscode-remote://` or `vscode-vfs://` workspace, with a configuration that `extends` another and
 * names a framework file, gets the same findings as the same plan on disk checked by the Node
 * server; so does a plan that is not open (workspace diagnostics).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { uriPaths } from '../../server/src/node/uriPaths';
import { JobRunner } from '../../server/src/lsp/checkJobs';
import type { AnalysisSummary, Job } from '../../server/src/lsp/checkProtocol';
import { EditorFiles } from '../../server/src/lsp/editorFiles';
import { InlineCheckHost } from '../../server/src/lsp/inlineCheckHost';
import { nodeAnalysisPlatform, pathToUri } from '../../server/src/lsp/nodePlatform';
import type { ReadFileResult } from '../../server/src/lsp/protocol';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { SuppressionFiles } from '../../server/src/lsp/suppressions';
import { Workspace } from '../../server/src/lsp/workspace';

const ROOT = path.resolve(__dirname, '..', '..');
const quiet = { error: () => undefined, info: () => undefined };
const docsUri = (id: string) => `docs#${id}`;

/** A plan repository: a configuration extending another, which names a framework file beside its schema. */
function repository(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'iplan web files '));
  mkdirSync(path.join(repo, 'kaders'));
  mkdirSync(path.join(repo, 'plannen met spaties'));
  cpSync(path.join(ROOT, 'schemas', 'iplan-frontmatter.schema.json'), path.join(repo, 'kaders', 'iplan-frontmatter.schema.json'));
  const framework = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'kwaliteitskader-2022.framework.json'), 'utf8'));
  framework.thresholds.planPeriodMaxYears = 3;
  writeFileSync(path.join(repo, 'kaders', 'eigen.framework.json'), JSON.stringify(framework));
  writeFileSync(path.join(repo, 'basis.json'), JSON.stringify({ framework: 'kaders/eigen.framework.json', rules: { placeholder: 'off' } }));
  writeFileSync(path.join(repo, 'iplan.config.json'), JSON.stringify({ extends: './basis.json', rules: { 'section-order': 'off' } }));
  cpSync(path.join(ROOT, 'examples', 'defect-sections.iplan.md'), path.join(repo, 'plannen met spaties', 'open.iplan.md'));
  cpSync(path.join(ROOT, 'examples', 'defect-costs.iplan.md'), path.join(repo, 'plannen met spaties', 'dicht.iplan.md'));
  return repo;
}

/** Every file of the repository under a URI root, as the client would hand it over. */
function filesUnder(repo: string, root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else files.set(uriPaths.join(root, path.relative(repo, file).split(path.sep).join('/')), readFileSync(file));
    }
  };
  walk(repo);
  return files;
}

const runnerEvents = { log: quiet, problem: () => undefined, untrustedFramework: () => undefined, starting: () => undefined, stopped: () => false };

function onNode(repo: string, job: (uri: string, file: string) => Job): AnalysisSummary {
  const runner = new JobRunner({ platform: nodeAnalysisPlatform(), firstFrameworkId: 1, docsUri }, runnerEvents);
  runner.setUp({ folders: [{ uri: pathToUri(repo), path: repo }], trusted: true, generation: 0 });
  const file = path.join(repo, 'plannen met spaties', 'x');
  return runner.run(1, job(pathToUri(file), file)) as AnalysisSummary;
}

async function inBrowser(repo: string, root: string, job: (uri: string, file: string) => Job) {
  const served = filesUnder(repo, root);
  const asked: string[][] = [];
  const problems: string[] = [];
  const files = new EditorFiles();
  const host = new InlineCheckHost(
    {
      platform: { files, locator: { toPath: (uri) => uri, toUri: (uri) => uri }, cwd: () => 'untitled:///', readPlan: (file, relative, config) => files.readPlan(file, relative, config) },
      firstFrameworkId: 1,
      docsUri,
    },
    { log: quiet, onProblem: (message) => problems.push(message), onUntrustedFramework: () => undefined, onIdle: () => undefined },
    async (uris) => {
      asked.push(uris);
      files.store(uris.map((uri): ReadFileResult => (served.has(uri) ? { uri, base64: served.get(uri)!.toString('base64') } : { uri, problem: 'missing' })));
    },
  );
  host.setUp({ folders: [{ uri: root, path: root }], trusted: true, generation: 0 });
  const uri = uriPaths.join(root, 'plannen met spaties', 'x');
  const outcome = await host.run(job(uri, uri) as Extract<Job, { kind: 'analyze' }>, { budgetMs: 10_000 });
  if (outcome.status !== 'done') throw new Error(`the job ended ${JSON.stringify(outcome)}`);
  return { summary: outcome.value as AnalysisSummary, asked, problems };
}

const comparable = (summary: AnalysisSummary) => ({ isPlan: summary.isPlan, locale: summary.locale, findings: summary.findings });

const ROOTS = ['vscode-remote://localhost:8080/home/auteur/plannen', 'vscode-vfs://github/iplan-rijk/plannen', pathToFileURL(path.join(tmpdir(), 'elders')).href];

describe('the browser server reads files by URI, through the client', () => {
  const repo = repository();
  const openJob = (name: string) => (uri: string): Job => ({
    kind: 'analyze',
    document: { uri: uri.replace(/x$/, name), version: 1, text: readFileSync(path.join(repo, 'plannen met spaties', name), 'utf8'), settings: DEFAULT_SETTINGS },
  });
  const diskJob = (name: string) => (uri: string, file: string): Job => ({ kind: 'lintFile', uri: uri.replace(/x$/, name), filePath: file.replace(/x$/, name), settings: DEFAULT_SETTINGS });

  it('gives an open plan the findings of the Node server, with the configuration, its extends and the framework file', async () => {
    const expected = comparable(onNode(repo, openJob('open.iplan.md')));
    const ids = expected.findings.map((finding) => finding.ruleId);
    // The configuration applies: its rule and the one it extends are off; the framework's threshold is its own.
    expect(ids).not.toContain('section-order');
    expect(ids).toContain('section-missing');
    for (const root of ROOTS) {
      const { summary, asked, problems } = await inBrowser(repo, root, openJob('open.iplan.md'));
      expect(comparable(summary), root).toEqual(expected);
      expect(problems).toEqual([]);
      // The configuration files of the plan's folder and every folder above are asked for at once.
      expect(asked[0], root).toContain(uriPaths.join(root, 'plannen met spaties', 'iplan.config.json'));
      expect(asked[0], root).toContain(uriPaths.join(root, '.iplanrc.json'));
      expect(asked.flat(), root).toContain(uriPaths.join(root, 'kaders', 'iplan-frontmatter.schema.json'));
    }
  });

  it('gives a plan that is not open (workspace diagnostics) the findings of the Node server', async () => {
    const expected = comparable(onNode(repo, diskJob('dicht.iplan.md')));
    expect(expected.findings.map((finding) => finding.ruleId)).toContain('cost-year-missing');
    for (const root of ROOTS) {
      const { summary } = await inBrowser(repo, root, diskJob('dicht.iplan.md'));
      expect(comparable(summary), root).toEqual(expected);
    }
  });

  it('says so on the plan when the configuration is broken, as on disk', async () => {
    const broken = repository();
    writeFileSync(path.join(broken, 'basis.json'), '{ "rules": { "placeholder": "eror" } }');
    const expected = comparable(onNode(broken, openJob('open.iplan.md')));
    expect(expected.findings.map((finding) => finding.ruleId)).toEqual(['configuration']);
    const { summary, problems } = await inBrowser(broken, ROOTS[0], openJob('open.iplan.md'));
    expect(summary.findings.map((finding) => finding.ruleId)).toEqual(['configuration']);
    // The user is told once, naming the file by its URI, the pointer and what was expected.
    expect(problems).toEqual([`${ROOTS[0]}/basis.json /rules/placeholder: must be one of off, warning, error (got "eror")`]);
  });
});

describe('the browser server reads the suppressions file through the client', () => {
  /** The suppression files of a workspace at `root` whose client serves `served` (URI → text); missing otherwise. */
  function suppressionsAt(root: string, served: Record<string, string>) {
    const files = new EditorFiles();
    const asked: string[][] = [];
    const problems: string[] = [];
    const loadFiles = async (uris: string[]) => {
      asked.push(uris);
      files.store(uris.map((uri): ReadFileResult => (uri in served ? { uri, base64: Buffer.from(served[uri]).toString('base64') } : { uri, problem: 'missing' })));
    };
    const workspace = new Workspace([{ uri: root, name: 'plannen' }], null, { toPath: (uri) => uri, toUri: (uri) => uri }, uriPaths);
    const suppressions = new SuppressionFiles(workspace, { files, loadFiles }, quiet, (problem) => problems.push(problem));
    return { suppressions, files, asked, problems };
  }

  it.each(ROOTS)('counts per plan by URI, keys relative to the file, asked for once (%s)', async (root) => {
    const file = uriPaths.join(root, 'iplan-suppressions.json');
    const { suppressions, asked, problems } = suppressionsAt(root, { [file]: JSON.stringify({ 'plannen met spaties/open.iplan.md': { placeholder: { count: 2 } } }) });
    const plan = uriPaths.join(root, 'plannen met spaties', 'open.iplan.md');
    expect(await suppressions.countsFor(plan, DEFAULT_SETTINGS)).toEqual({ counts: new Map([['placeholder', 2]]), file: 'iplan-suppressions.json' });
    expect(await suppressions.countsFor(uriPaths.join(root, 'plannen met spaties', 'dicht.iplan.md'), DEFAULT_SETTINGS)).toBeUndefined();
    expect(asked).toEqual([[file]]);
    expect(problems).toEqual([]);
  });

  it('follows iplan.suppressionsLocation and a changed file; a missing file suppresses nothing, a broken one says so', async () => {
    const root = ROOTS[1];
    const elsewhere = uriPaths.join(root, 'ci', 'accepted.json');
    const served: Record<string, string> = { [elsewhere]: JSON.stringify({ '../a.iplan.md': { placeholder: { count: 1 } } }) };
    const { suppressions, files, problems } = suppressionsAt(root, served);
    const plan = uriPaths.join(root, 'a.iplan.md');
    expect(await suppressions.countsFor(plan, DEFAULT_SETTINGS)).toBeUndefined();
    const moved = { ...DEFAULT_SETTINGS, suppressionsLocation: 'ci/accepted.json' };
    expect(await suppressions.countsFor(plan, moved)).toEqual({ counts: new Map([['placeholder', 1]]), file: 'accepted.json' });

    served[elsewhere] = '{ "../a.iplan.md": { "placeholder": { "count": 0 } } }';
    files.forget([elsewhere]);
    suppressions.invalidate();
    expect(await suppressions.countsFor(plan, moved)).toBeUndefined();
    expect(problems).toEqual([`${elsewhere} /..~1a.iplan.md/placeholder/count: must be a whole number of at least 1 (got 0)`]);
  });
});

describe('paths of URIs', () => {
  it('take a URI apart as a path: dirname, join, resolve and relative, never above the root', () => {
    const root = 'vscode-vfs://github/o/r';
    expect(uriPaths.dirname(`${root}/a/b.md`)).toBe(`${root}/a`);
    expect(uriPaths.dirname(`${root}/a`)).toBe(root);
    expect(uriPaths.dirname('vscode-vfs://github/o')).toBe('vscode-vfs://github/');
    expect(uriPaths.dirname('vscode-vfs://github/')).toBe('vscode-vfs://github/');
    expect(uriPaths.join(`${root}/a`, 'plannen met spaties', 'x.md')).toBe(`${root}/a/plannen%20met%20spaties/x.md`);
    expect(uriPaths.resolve(`${root}/a/b`, '../kaders/k.json')).toBe(`${root}/a/kaders/k.json`);
    expect(uriPaths.resolve(`${root}/a`, '../../../../x.json')).toBe('vscode-vfs://github/x.json');
    expect(uriPaths.resolve(`${root}/a`, '/abs/x.json')).toBe('vscode-vfs://github/abs/x.json');
    expect(uriPaths.resolve(`${root}/a`, 'vscode-remote://h/y.json')).toBe('vscode-remote://h/y.json');
    expect(uriPaths.relative(`${root}/a`, `${root}/a/plannen%20met%20spaties/x.md`)).toBe('plannen met spaties/x.md');
    expect(uriPaths.relative(`${root}/a/b`, `${root}/c`)).toBe('../../c');
    // Another root is as far as another drive.
    expect(uriPaths.relative(`${root}/a`, 'vscode-remote://h/a')).toBe('vscode-remote://h/a');
    expect(uriPaths.isAbsolute('vscode-remote://h/a')).toBe(true);
    expect(uriPaths.isAbsolute('a/b')).toBe(false);
    expect(uriPaths.basename(`${root}/a/iplan.config.json`)).toBe('iplan.config.json');
    expect(uriPaths.basename(`${root}/a/plannen%20met%20spaties//`)).toBe('plannen met spaties');
    expect(uriPaths.basename(`${root}/`)).toBe('r');
  });
});
