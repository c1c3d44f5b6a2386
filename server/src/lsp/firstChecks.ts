/**
 * The editor's first checks, made on the server's main thread while the check worker starts. The
 * worker loads its code beside the main thread's; on a busy machine it was ready 0.8 s after the
 * main thread had answered the editor's hello, and the plan opened with the editor waited for it
 * (end-to-end run, load 9: opened at 1.09 s, worker ready at 1.87 s, diagnostics at 2.35 s).
 * Until the worker is ready, a check of a small document runs here instead, as the browser's
 * server checks (inlineCheckHost.ts): the time budget holds between parts of the parse, but
 * nothing could end a call stuck inside one, so larger documents wait for the worker, which can
 * be ended; so do the protocol tests' stuck checks. From the worker's `ready` on, it checks all.
 */
import { JobRunner, runHere } from './checkJobs';
import { TEST_HOOKS_ENV, type Job, type WorkspaceSetup } from './checkProtocol';
import type { CheckHostEvents, JobOutcome } from './checkService';
import type { QueuedJob } from './jobQueue';
import { nodeAnalysisPlatform } from './nodePlatform';
import type { Folder } from './workspace';

/** Larger documents wait for the worker (64 KB: a plan of about 1,000 lines). */
const MAX_CHARS = 64 * 1024;
/** Ids of frameworks named here: far from the worker's, which count up from 1. */
const FIRST_FRAMEWORK_ID = 1_000_000;

export class FirstChecks {
  private readonly runner: JobRunner;
  private running?: QueuedJob;

  /** Undefined where checks here could not be ended as the tests need (their stuck checks). */
  static create(setup: WorkspaceSetup, events: CheckHostEvents, docsUri: (ruleId: string) => string): FirstChecks | undefined {
    return process.env[TEST_HOOKS_ENV] === '1' ? undefined : new FirstChecks(setup, events, docsUri);
  }

  private constructor(setup: WorkspaceSetup, events: CheckHostEvents, docsUri: (ruleId: string) => string) {
    this.runner = new JobRunner(
      { platform: nodeAnalysisPlatform(), firstFrameworkId: FIRST_FRAMEWORK_ID, docsUri },
      {
        log: events.log,
        problem: (message) => events.onProblem(message),
        untrustedFramework: (file) => events.onUntrustedFramework(file),
        starting: (id, preview) => {
          if (this.running?.id !== id) return;
          this.running.parsingSince = performance.now();
          this.running.options.onParsing?.(preview);
        },
        // Nothing else runs on this thread meanwhile: a newer version cannot come in.
        stopped: () => false,
      },
    );
    this.runner.setUp(setup);
  }

  /** A check of a document small enough to be checked here. */
  static takes(entry: QueuedJob): boolean {
    return entry.job.kind === 'analyze' && entry.job.document.text.length <= MAX_CHARS;
  }

  /** Runs the job here; the frameworks it named for the first time come with the outcome. */
  run(entry: QueuedJob): { outcome: JobOutcome<Job['kind']>; frameworks: ReturnType<JobRunner['takeNewFrameworks']> } {
    this.running = entry;
    try {
      return { outcome: runHere(this.runner, entry).outcome, frameworks: this.runner.takeNewFrameworks() };
    } finally {
      this.running = undefined;
    }
  }

  invalidate(generation: number): void {
    this.runner.invalidate(generation);
  }

  setFolders(folders: Folder[]): void {
    this.runner.setFolders(folders);
  }

  forget(uri: string): void {
    this.runner.forget(uri);
  }
}
