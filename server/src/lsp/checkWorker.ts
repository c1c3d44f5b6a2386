/**
 * The check worker on Node: a thread of its own that runs the check jobs (checkJobs.ts). The main
 * thread sends one job at a time (checkHost.ts) and stays free to answer the editor; a check that
 * runs far past its budget is ended by ending this thread. Its bundle (dist/check-worker-main.js)
 * is run by dist/check-worker.js with V8's code cache (checkWorkerBin.ts).
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { CheckSuperseded } from './analysis';
import { JobRunner } from './checkJobs';
import { TEST_HOOKS_ENV, TEST_RELEASE_ENV, type FromWorker, type ToWorker, type WorkerSetup } from './checkProtocol';
import { describeError, type Log } from './guard';
import { collectGarbage } from './idleGc';
import { nodeAnalysisPlatform } from './nodePlatform';
import { loadImporter } from '../node/importer';
import { ruleDocsUri } from '../node/ruleDocs';
import type { Framework, Locale } from '../core';
import type { ImportDocxParams, ImportDocxResult } from './protocol';
/**
 * Checked while the worker waits for its first job (findings dropped): a plan as authors write
 * them, the clean example, so its check runs the parser's and the rules' usual paths. V8 runs
 * code slowly the first times it runs it, compiled or from the code cache alike: the first check
 * of a 300-line plan took 120–600 ms, the next 5–15 ms; after this warm-up the first took 10–60 ms.
 * (The plan template was no help: it has too little body.)
 */
import WARM_UP_PLAN from '../../../examples/bzk-2026-2029.iplan.md' with { type: 'text' };


/** A Word document made a plan with the importer's bundle, loaded on the first import. */
async function importDocx(params: ImportDocxParams, framework: Framework, locale: Locale): Promise<ImportDocxResult> {
  const { importDocx: convert, formatReport, ImportError } = loadImporter();
  try {
    const { text, report } = await convert(Buffer.from(params.base64, 'base64'), framework, { locale });
    const required = framework.definition.sections.filter((section) => section.required).length;
    return {
      text,
      report: formatReport(report, params.name, locale, framework),
      summary: { recognised: report.sections.recognised.length, required, left: report.left.length, errors: report.findings.errors, warnings: report.findings.warnings },
    };
  } catch (error) {
    if (error instanceof ImportError) return { error: `${params.name}: ${error[locale]}` };
    throw error;
  }
}

/**
 * The blocked check's wait (test hooks): as deaf to messages as a stuck parser, but asleep, so it
 * takes no core from the tests that run beside it.
 */
function waitForRelease(): void {
  const file = process.env[TEST_RELEASE_ENV];
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!file || !existsSync(file)) Atomics.wait(pause, 0, 0, 10);
}

/** Rounds of the warm-up: the first is most of it. */
const WARM_UP_ROUNDS = 3;

/** What the launcher did before this code ran. */
interface Launch {
  /** When this bundle had run (ms since the epoch: the main thread's clock starts elsewhere), and what became of its code cache. */
  loadedAt: number;
  codeCache: string;
  /** Writes this bundle's code cache (when it had none); called once the worker is idle after its first check. */
  saveCodeCache(): void;
}

export function runCheckWorker(launch: Launch): void {
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

  const runner = new JobRunner(
    {
      platform: nodeAnalysisPlatform(),
      firstFrameworkId: setup.firstFrameworkId,
      docsUri: ruleDocsUri,
      testHooks: process.env[TEST_HOOKS_ENV] === '1' ? { waitForRelease } : undefined,
      importDocx,
    },
    {
      log,
      problem: (message) => post({ type: 'problem', message }),
      untrustedFramework: (file) => post({ type: 'untrustedFramework', file }),
      starting: (id, preview) => post({ type: 'starting', id, preview, frameworks: runner.takeNewFrameworks() }),
      stopped: (id) => Atomics.load(control, 0) === id,
    },
  );

  // Each round on a turn of its own, after the messages that came meanwhile. A job gives the main
  // thread's sign (slot 1) as it is queued: the warm-up then stops at once, between parts, as
  // the job would check as cold without it.
  const jobWaiting = () => Atomics.load(control, 1) !== 0;
  JobRunner.warmUp();
  const warmUp = (round: number) => {
    if (round >= WARM_UP_ROUNDS || !JobRunner.warmUp(`${WARM_UP_PLAN}${'\n'.repeat(round)}`, jobWaiting)) return;
    if (round === 0) post({ type: 'warmedUp', at: performance.timeOrigin + performance.now() });
    setImmediate(() => warmUp(round + 1));
  };
  setImmediate(() => warmUp(0));
  const started = { loadedAt: launch.loadedAt, codeCache: launch.codeCache };

  const done = (id: number, result: unknown) => post({ type: 'done', id, result, frameworks: runner.takeNewFrameworks() });
  const failed = (id: number, error: unknown) => {
    if (error instanceof CheckSuperseded) post({ type: 'superseded', id });
    else post({ type: 'failed', id, error: describeError(error) });
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'setup') {
      runner.setUp(message.setup);
      post({ type: 'ready', started });
      return;
    }
    // The main thread sends nothing else before the worker is ready.
    if (!runner.ready) return;
    switch (message.type) {
      case 'job': {
        const { id, job } = message;
        try {
          const result = runner.run(id, job);
          // Only the import answers later; the main thread sends no other job meanwhile.
          if (result instanceof Promise) void result.then((value) => done(id, value), (error: unknown) => failed(id, error));
          else done(id, result);
        } catch (error) {
          failed(id, error);
        }
        return;
      }
      case 'invalidate':
        runner.invalidate(message.generation);
        return;
      case 'folders':
        runner.setFolders(message.folders);
        return;
      case 'forget':
        runner.forget(message.uri);
        return;
      case 'collect':
        // Idle after checking: what the checks compiled is now in the code the cache keeps.
        launch.saveCodeCache();
        collectGarbage();
        post({ type: 'collected' });
        return;
    }
  });
}
