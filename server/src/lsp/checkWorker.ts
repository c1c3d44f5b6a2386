/**
 * The check worker: a thread of its own that parses and checks, and answers what needs the
 * parsed plan (hover, symbols, code actions, preview, the plan template). The main thread sends
 * one job at a time (checkHost.ts) and stays free to answer the editor; a check that runs far
 * past its budget is ended by ending this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultFramework, planTemplate, type Framework } from '../core';
import { planTitle, renderPlan } from '../render';
import { loadImporter } from '../node/importer';
import { ruleDocsUri } from '../node/ruleDocs';
import type { ImportDocxResult } from './protocol';
import { Analyzer, CheckSuperseded, type Analysis, type CheckControl } from './analysis';
import {
  ENDLESS_CHECK_MARKER,
  TEST_HOOKS_ENV,
  UNBOUNDED_MEMORY_MARKER,
  type AnalysisSummary,
  type DocumentState,
  type FrameworkView,
  type FromWorker,
  type Job,
  type JobResults,
  type ToWorker,
  type WorkerSetup,
  type WorkspaceSetup,
} from './checkProtocol';
import { codeActions } from './codeActions';
import { planFacts } from './completion';
import { describeError, type Log } from './guard';
import { hover } from './hover';
import { documentSymbols } from './symbols';
import { Workspace } from './workspace';

const testHooks = process.env[TEST_HOOKS_ENV] === '1';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const control = new Int32Array(setup.control);
const post = (message: FromWorker) => port.postMessage(message);

const log: Log = {
  error: (message) => post({ type: 'log', level: 'error', message }),
  info: (message) => post({ type: 'log', level: 'info', message }),
};
process.on('uncaughtException', (error) => log.error(`Uncaught in the check worker: ${describeError(error)}`));
process.on('unhandledRejection', (error) => log.error(`Unhandled rejection in the check worker: ${describeError(error)}`));

let workspace: Workspace | undefined;
let analyzer: Analyzer | undefined;

/** The workspace is known once the editor has said it (the worker starts before that). */
function setUp({ folders, clientLocale, trusted, generation }: WorkspaceSetup): void {
  workspace = new Workspace(folders.map((folder) => ({ uri: folder.uri, name: folder.uri })));
  analyzer = new Analyzer(
    workspace,
    clientLocale,
    log,
    (message) => post({ type: 'problem', message }),
    trusted,
    (file) => post({ type: 'untrustedFramework', file }),
    generation,
  );
  post({ type: 'ready' });
}

/** Frameworks by id; the main thread is sent each one once, with the first result that names it. */
const frameworkIds = new WeakMap<Framework, number>();
let nextFrameworkId = setup.firstFrameworkId;
let newFrameworks: [number, FrameworkView][] = [];

/** The frameworks named for the first time since the last call. */
function takeNewFrameworks(): [number, FrameworkView][] | undefined {
  const taken = newFrameworks.length > 0 ? newFrameworks : undefined;
  newFrameworks = [];
  return taken;
}

function frameworkId(framework: Framework): number {
  let id = frameworkIds.get(framework);
  if (id === undefined) {
    id = nextFrameworkId++;
    frameworkIds.set(framework, id);
    const { validateFrontMatter: _compiled, ...view } = framework;
    newFrameworks.push([id, view]);
  }
  return id;
}

function summary(analysis: Analysis): AnalysisSummary {
  return {
    uri: analysis.uri,
    version: analysis.version,
    generation: analysis.generation,
    locale: analysis.locale,
    isPlan: analysis.isPlan,
    findings: analysis.findings,
    framework: analysis.framework && frameworkId(analysis.framework),
    facts: analysis.plan && analysis.framework ? planFacts(analysis.plan, analysis.framework) : undefined,
  };
}

/** Lets the main thread know what to report if it must end this check, and stop it early. */
function controlFor(id: number, text: string): CheckControl {
  return {
    starting: ({ locale, isPlan, framework }) => {
      post({ type: 'starting', id, preview: { locale, isPlan, framework: frameworkId(framework) }, frameworks: takeNewFrameworks() });
      if (testHooks) stuckOnPurpose(text);
    },
    superseded: () => Atomics.load(control, 0) === id,
  };
}

/** The test hooks (see TEST_HOOKS_ENV): stuck where a parser would be, on purpose. */
function stuckOnPurpose(text: string): void {
  if (text.includes(ENDLESS_CHECK_MARKER)) {
    for (;;) {
      // Uninterruptible.
    }
  }
  if (text.includes(UNBOUNDED_MEMORY_MARKER)) {
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(1 << 20).fill(kept.length + 0.5));
  }
}

function analyze(analyzer: Analyzer, id: number, document: DocumentState): Analysis {
  return analyzer.analyze(document.uri, document.version, document.text, document.settings, controlFor(id, document.text));
}

/** The analysis with its parsed plan and framework, when it has them. */
function parsed(analyzer: Analyzer, id: number, document: DocumentState) {
  const analysis = analyze(analyzer, id, document);
  return analysis.isPlan && analysis.plan && analysis.framework ? { ...analysis, plan: analysis.plan, framework: analysis.framework } : undefined;
}

function run(analyzer: Analyzer, id: number, job: Job): JobResults[Job['kind']] | Promise<JobResults[Job['kind']]> {
  switch (job.kind) {
    case 'analyze':
      return summary(analyze(analyzer, id, job.document));
    case 'lintFile': {
      const analysis = analyzer.lintDisk(job.uri, job.filePath, job.settings, (text) => controlFor(id, text));
      return analysis && summary(analysis);
    }
    case 'hover': {
      const analysis = parsed(analyzer, id, job.document);
      return analysis ? hover(job.position, analysis) : null;
    }
    case 'symbols': {
      const analysis = parsed(analyzer, id, job.document);
      return analysis ? documentSymbols(analysis.plan, analysis.framework, analysis.locale) : [];
    }
    case 'codeActions': {
      const analysis = analyze(analyzer, id, job.document);
      return codeActions(job.params, analysis);
    }
    case 'preview': {
      // As the main thread rendered it before: the sanitized content, its title and language.
      const analysis = analyze(analyzer, id, job.document);
      if (!analysis.isPlan || !analysis.plan || !analysis.framework) return { isPlan: analysis.isPlan, version: analysis.version };
      const { plan, findings, framework, locale } = analysis;
      return {
        isPlan: true,
        version: analysis.version,
        html: renderPlan(plan, findings, framework, { locale, mode: 'preview', documentUri: job.params.uri, docsUri: ruleDocsUri }),
        title: planTitle(plan, locale),
        locale,
      };
    }
    case 'newPlan': {
      const { framework, locale } = analyzer.frameworkFor(job.uri, job.settings);
      return { text: planTemplate(framework, { language: job.params?.language ?? locale, startYear: new Date().getFullYear() + 1 }) };
    }
    case 'importDocx':
      return importDocx(analyzer, job);
  }
}

async function importDocx(analyzer: Analyzer, job: Extract<Job, { kind: 'importDocx' }>): Promise<ImportDocxResult> {
  const { framework, locale } = analyzer.frameworkFor(job.uri, job.settings);
  const { importDocx: convert, formatReport, ImportError } = loadImporter();
  try {
    const { text, report } = await convert(Buffer.from(job.params.base64, 'base64'), framework, { locale });
    const required = framework.definition.sections.filter((section) => section.required).length;
    return {
      text,
      report: formatReport(report, job.params.name, locale, framework),
      summary: { recognised: report.sections.recognised.length, required, left: report.left.length, errors: report.findings.errors, warnings: report.findings.warnings },
    };
  } catch (error) {
    if (error instanceof ImportError) return { error: `${job.params.name}: ${error[locale]}` };
    throw error;
  }
}

// What every check needs, made while the server and the editor say hello: the bundled framework,
// its schemas compiled.
defaultFramework();

function done(id: number, result: unknown): void {
  post({ type: 'done', id, result, frameworks: takeNewFrameworks() });
}

function failed(id: number, error: unknown): void {
  if (error instanceof CheckSuperseded) post({ type: 'superseded', id });
  else post({ type: 'failed', id, error: describeError(error) });
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'setup') return setUp(message.setup);
  // The main thread sends nothing else before the worker is ready.
  if (!analyzer || !workspace) return;
  switch (message.type) {
    case 'job': {
      const { id, job } = message;
      try {
        const result = run(analyzer, id, job);
        // Only the import answers later; the main thread sends no other job meanwhile.
        if (result instanceof Promise) void result.then((value) => done(id, value), (error: unknown) => failed(id, error));
        else done(id, result);
      } catch (error) {
        failed(id, error);
      }
      return;
    }
    case 'invalidate':
      analyzer.invalidate(message.generation);
      return;
    case 'folders':
      workspace.set(message.folders.map((folder) => ({ uri: folder.uri, name: folder.uri })));
      return;
    case 'forget':
      analyzer.forget(message.uri);
      return;
  }
});
