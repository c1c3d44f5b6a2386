/**
 * What the server's features ask of the checks, wherever they run: a Node worker thread
 * (checkHost.ts) or, in the browser, the server's own Web Worker (inlineCheckHost.ts).
 */
import type { CancellationToken } from 'vscode-languageserver';
import type { FrameworkView, Job, JobResults, StoppedCheck, WorkspaceSetup } from './checkProtocol';
import type { Log } from './guard';
import type { Folder } from './workspace';

export type JobOutcome<K extends Job['kind']> =
  /** `parseMs`: how long the job parsed and checked, when it did. */
  | { status: 'done'; value: JobResults[K]; parseMs?: number }
  /** Stopped because a newer version or the caller made it pointless; or never started. */
  | { status: 'dropped' }
  /** Ended with the worker: it ran far past its budget, ran out of memory, or the worker died. */
  | { status: 'stopped'; reason: 'timeout' | 'memory' | 'crash'; preview?: StoppedCheck }
  | { status: 'failed'; error: string };

export interface JobOptions {
  /** Work for files that are not open: after everything the editor asked for. */
  background?: boolean;
  /** The job's time budget; the worker is ended HARD_STOP_MARGIN_MS after it. */
  budgetMs: number;
  token?: CancellationToken;
  /** Asked just before the job would be sent: true drops it (its answer is no longer wanted). */
  stale?: () => boolean;
  /** Told when the job starts to parse. */
  onParsing?: (preview: StoppedCheck) => void;
}

export interface JobTicket<K extends Job['kind']> {
  outcome: Promise<JobOutcome<K>>;
  /**
   * What the answer waits for now: a parse of its own, or something else that takes a while (the
   * parse of the job it is queued behind, or the start of the worker), and since when
   * (performance.now()); undefined while it waits for nothing slow. A job that only reads a
   * parsed plan is quick.
   */
  waitingFor(): { parse: 'own' | 'other'; since: number } | undefined;
  cancel(): void;
}

export interface CheckHostEvents {
  log: Log;
  onProblem(message: string): void;
  onUntrustedFramework(file: string): void;
  /** Nothing queued or running for a while after a check, and the checks' garbage collected. */
  onIdle(): void;
}

export interface CheckService {
  /** The workspace to check in; jobs wait until it is known. */
  setUp(setup: WorkspaceSetup): void;
  /** Queues a job; the promise never rejects. */
  run<K extends Job['kind']>(job: Extract<Job, { kind: K }>, options: JobOptions): Promise<JobOutcome<K>>;
  /** Queues a job, with a way to see whether its answer waits for a parse. */
  submit<K extends Job['kind']>(job: Extract<Job, { kind: K }>, options: JobOptions): JobTicket<K>;
  /** Stops the queued and running checks of versions of `uri` older than `version`. */
  supersede(uri: string, version: number): void;
  framework(id: number | undefined): FrameworkView | undefined;
  invalidate(generation: number): void;
  setFolders(folders: Folder[]): void;
  forget(uri: string): void;
  dispose(): void;
}
