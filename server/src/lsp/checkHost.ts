/**
 * The main thread's side of the check worker. It starts the worker, sends it one job at a time
 * (the editor's requests before background work on files that are not open), and keeps the
 * promise that no job holds the server for long: a newer version of a document stops the check
 * of an older one (cooperatively, between parts of the parse), and a job that runs well past its
 * budget, stuck in one call that cannot be interrupted, is ended by ending the worker, which is
 * started again for the next job. Until the first worker is ready, small documents are checked
 * on this thread instead (firstChecks.ts).
 */
import { performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';
import { CONTROL_BYTES, type FrameworkView, type FromWorker, type Job, type JobResults, type ToWorker, type WorkspaceSetup } from './checkProtocol';
import type { CheckHostEvents, CheckService, JobOutcome } from './checkService';
import { startCheckWorker } from './checkWorkerStart';
import { FirstChecks } from './firstChecks';
import { JobQueue, type QueuedJob } from './jobQueue';
import { markStart } from './startTimeline';
import type { Folder } from './workspace';

/** How long past its budget a job may run before the worker is ended; stopping between parts comes first. */
const HARD_STOP_MARGIN_MS = 1000;
/** Starts in a row that never got ready, after which no worker is started again. */
const MAX_FAILED_STARTS = 3;

interface Entry extends QueuedJob {
  timer?: ReturnType<typeof setTimeout>;
}

export class CheckHost extends JobQueue<Entry> implements CheckService {
  private worker?: Worker;
  private ready = false;
  /** When the current worker was started. */
  private startedAt = 0;
  private broken = false;
  private disposed = false;
  private failedStarts = 0;
  private readonly control: Int32Array;
  private nextFrameworkId = 1;
  /** Why the current worker is going away, when it was ended on purpose or said why. */
  private ending?: 'timeout' | 'memory' | 'crash' | 'dispose';

  /** Waiting for the worker's collection. */
  private collected: (() => void)[] = [];

  /** Until `setUp`, what the editor said about its workspace is not known; jobs wait. */
  private setup?: WorkspaceSetup;

  /** Checks on this thread until the first worker is ready. */
  private firstChecks?: FirstChecks;
  private firstCheckScheduled = false;

  /**
   * Starts a worker at once, or takes over one already started with its shared memory.
   * `docsUri`: where rule documentation links point, for the checks made on this thread.
   */
  constructor(
    private readonly workerFile: string,
    private readonly events: CheckHostEvents,
    started?: { worker: Worker; control: SharedArrayBuffer },
    private readonly docsUri?: (ruleId: string) => string,
  ) {
    super(() => events.onIdle());
    this.control = new Int32Array(started?.control ?? new SharedArrayBuffer(CONTROL_BYTES));
    this.start(started?.worker);
  }

  /** The workspace to check in; the worker is ready for jobs once it has it. */
  setUp(setup: WorkspaceSetup): void {
    this.setup = setup;
    this.send({ type: 'setup', setup });
    if (!this.ready && this.docsUri) this.firstChecks = FirstChecks.create({ ...setup, folders: [...setup.folders] }, this.events, this.docsUri);
    this.pump();
  }

  protected refusal(): JobOutcome<Job['kind']> | undefined {
    return this.broken ? { status: 'failed', error: 'the check worker could not be started' } : undefined;
  }

  protected waitingFor(entry: Entry) {
    if (!this.ready) return { parse: 'other' as const, since: this.startedAt };
    const parsing = this.inFlight?.parsingSince;
    if (parsing === undefined) return undefined;
    return { parse: this.inFlight === entry ? ('own' as const) : ('other' as const), since: parsing };
  }

  /** Asked through the shared memory: the worker stops at the next part it parses. */
  protected stopRunning(entry: Entry): void {
    Atomics.store(this.control, 0, entry.id);
  }

  /** The worker collects (compacting) and says when it is done; a worker that ends meanwhile never does. */
  protected collectGarbage(): Promise<void> {
    const worker = this.worker;
    if (!worker || !this.ready) return new Promise(() => undefined);
    return new Promise((resolve) => {
      this.collected.push(resolve);
      worker.postMessage({ type: 'collect' } satisfies ToWorker);
    });
  }

  invalidate(generation: number): void {
    if (this.setup) this.setup.generation = generation;
    this.send({ type: 'invalidate', generation });
    this.firstChecks?.invalidate(generation);
  }

  setFolders(folders: Folder[]): void {
    if (this.setup) this.setup.folders = folders;
    this.send({ type: 'folders', folders });
    this.firstChecks?.setFolders(folders);
  }

  forget(uri: string): void {
    this.send({ type: 'forget', uri });
    this.firstChecks?.forget(uri);
  }

  dispose(): void {
    this.disposed = true;
    this.end('dispose');
    this.settleAll({ status: 'dropped' });
  }

  private send(message: ToWorker): void {
    // Messages sent before the worker is ready wait in its port; a new worker gets the state with `setup`.
    this.worker?.postMessage(message);
  }

  private start(started?: Worker): void {
    if (this.disposed) return;
    this.ready = false;
    this.ending = undefined;
    this.collected = [];
    this.startedAt = performance.now();
    const worker = started ?? startCheckWorker(this.workerFile, { firstFrameworkId: this.nextFrameworkId, control: this.control.buffer as SharedArrayBuffer });
    this.worker = worker;
    if (this.setup) worker.postMessage({ type: 'setup', setup: this.setup } satisfies ToWorker);
    for (const stream of [worker.stdout, worker.stderr]) stream.on('data', (chunk) => this.events.log.info(`[check worker] ${String(chunk).trimEnd()}`));
    worker.on('message', (message: FromWorker) => this.received(message));
    worker.on('error', (error: Error & { code?: string }) => {
      this.events.log.error(`The check worker failed: ${error.stack ?? error.message}`);
      this.ending ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (!this.ready) this.failedStarts++;
      this.stopInFlight(this.ending === 'memory' ? 'memory' : 'crash');
      this.restart();
    });
  }

  private restart(): void {
    if (this.disposed) return;
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      this.broken = true;
      this.events.log.error(`The check worker (${this.workerFile}) could not be started ${MAX_FAILED_STARTS} times in a row; plans are no longer checked. Restart the server.`);
      this.settleAll({ status: 'failed', error: 'the check worker could not be started' }, { running: false });
      return;
    }
    this.start();
  }

  /** Ends the worker on purpose; the job it runs is settled as stopped. */
  private end(reason: 'timeout' | 'dispose'): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    if (reason === 'timeout') this.stopInFlight('timeout');
    // Nothing it still says counts (a result, or the id of a framework the next worker reuses).
    worker?.removeAllListeners();
    worker?.on('error', () => undefined);
    void worker?.terminate();
  }

  private stopInFlight(reason: 'timeout' | 'memory' | 'crash'): void {
    const entry = this.inFlight;
    if (!entry) return;
    this.inFlight = undefined;
    clearTimeout(entry.timer);
    entry.settle({ status: 'stopped', reason, preview: entry.preview });
  }

  protected pump(): void {
    const here = this.firstChecks;
    if (here && !this.inFlight && this.interactive.some(FirstChecks.takes)) this.scheduleFirstCheck();
    // The editor waits for the worker: its warm-up gives way (it would only delay the job now).
    if (this.interactive.some((entry) => !here || !FirstChecks.takes(entry))) Atomics.store(this.control, 1, 1);
    if (!this.ready || this.inFlight || !this.worker) return;
    const entry = this.takeNext();
    if (!entry) return;
    this.inFlight = entry;
    Atomics.store(this.control, 0, 0);
    this.armHardStop(entry);
    if (entry.job.kind === 'analyze') markStart('first check sent');
    this.worker.postMessage({ type: 'job', id: entry.id, job: entry.job } satisfies ToWorker);
  }

  /** The next check that can be made on this thread, on a turn of its own (after the messages that came meanwhile). */
  private scheduleFirstCheck(): void {
    if (this.firstCheckScheduled) return;
    this.firstCheckScheduled = true;
    setImmediate(() => {
      this.firstCheckScheduled = false;
      const here = this.firstChecks;
      if (!here || this.inFlight || this.disposed) return;
      const entry = this.takeNext(FirstChecks.takes);
      if (!entry) return;
      this.inFlight = entry;
      markStart('first check on the main thread');
      const { outcome, frameworks } = here.run(entry);
      this.remember(frameworks);
      this.inFlight = undefined;
      if (outcome.status === 'done') markStart('first check done');
      entry.settle(outcome);
      this.pump();
    });
  }

  /**
   * Ends the worker when the job runs its budget and the margin past it; counted again from
   * when the parse starts, as the worker's own budget is.
   */
  private armHardStop(entry: Entry): void {
    clearTimeout(entry.timer);
    const limit = entry.options.budgetMs + HARD_STOP_MARGIN_MS;
    entry.timer = setTimeout(() => {
      if (this.inFlight !== entry) return;
      this.events.log.error(`The ${entry.job.kind} job ran ${limit} ms without stopping; the check worker is started again.`);
      this.end('timeout');
      this.start();
    }, limit);
  }

  private received(message: FromWorker): void {
    switch (message.type) {
      case 'ready': {
        const { loadedAt, codeCache } = message.started;
        markStart(`check worker code loaded (code cache ${codeCache})`, loadedAt - performance.timeOrigin);
        markStart('check worker ready');
        this.events.log.info(`The check worker is ready (its code cache: ${codeCache})`);
        this.ready = true;
        // From now on the worker checks everything.
        this.firstChecks = undefined;
        this.pump();
        return;
      }
      case 'starting':
        this.remember(message.frameworks);
        if (this.inFlight?.id !== message.id) return;
        this.inFlight.preview = message.preview;
        this.inFlight.parsingSince = performance.now();
        if (this.inFlight.job.kind === 'analyze') markStart('first check parsing');
        this.armHardStop(this.inFlight);
        this.inFlight.options.onParsing?.(message.preview);
        return;
      case 'done':
        this.remember(message.frameworks);
        this.failedStarts = 0;
        if (this.inFlight?.job.kind === 'analyze') markStart('first check done');
        this.finish(message.id, {
          status: 'done',
          value: message.result as JobResults[Job['kind']],
          parseMs: this.inFlight?.parsingSince === undefined ? undefined : performance.now() - this.inFlight.parsingSince,
        });
        return;
      case 'superseded':
        this.finish(message.id, { status: 'dropped' });
        return;
      case 'failed':
        this.finish(message.id, { status: 'failed', error: message.error });
        return;
      case 'log':
        if (message.level === 'error') this.events.log.error(message.message);
        else this.events.log.info(message.message);
        return;
      case 'problem':
        this.events.onProblem(message.message);
        return;
      case 'untrustedFramework':
        this.events.onUntrustedFramework(message.file);
        return;
      case 'warmedUp':
        markStart('check worker warmed up', message.at - performance.timeOrigin);
        return;
      case 'collected':
        for (const resolve of this.collected.splice(0)) resolve();
        return;
    }
  }

  /** Ids of an ended worker stay valid here: the next one numbers from past them. */
  protected override remember(frameworks: [number, FrameworkView][] | undefined): void {
    super.remember(frameworks);
    for (const [id] of frameworks ?? []) this.nextFrameworkId = Math.max(this.nextFrameworkId, id + 1);
  }

  private finish(id: number, outcome: JobOutcome<Job['kind']>): void {
    const entry = this.inFlight;
    if (entry?.id !== id) return;
    this.inFlight = undefined;
    clearTimeout(entry.timer);
    entry.settle(outcome);
    this.pump();
  }
}
