/**
 * The queue of check jobs both check hosts keep (checkHost.ts: a Node worker thread;
 * inlineCheckHost.ts: the browser server's own worker): the editor's requests before background
 * work on files that are not open, one job at a time, jobs dropped when cancelled, stale or
 * superseded by a newer version of their document, and the framework views the jobs name.
 */
import type { FrameworkView, Job, StoppedCheck } from './checkProtocol';
import type { JobOptions, JobOutcome, JobTicket } from './checkService';

/** Framework views kept (a few per configuration in use). */
const FRAMEWORK_VIEWS_KEPT = 32;
/** How long the queue stays empty after a check before it counts as idle. */
const QUIET_MS = 1000;

export interface QueuedJob {
  id: number;
  job: Job;
  options: JobOptions;
  settle: (outcome: JobOutcome<Job['kind']>) => void;
  settled: boolean;
  /** Set once the job started to parse (and tells what to report if it must be ended). */
  preview?: StoppedCheck;
  parsingSince?: number;
}

export abstract class JobQueue<E extends QueuedJob> {
  protected readonly interactive: E[] = [];
  protected readonly background: E[] = [];
  protected inFlight?: E;
  private nextId = 1;
  private readonly frameworks = new Map<number, FrameworkView>();
  /** A check was sent since the queue was last idle. */
  private checkedSinceIdle = false;
  private quietTimer?: ReturnType<typeof setTimeout>;

  /** `onIdle`: told when the queue has been empty for a while after a check, and the garbage is collected. */
  constructor(private readonly onIdle: () => void) {}

  /** The outcome every job gets at once when none can run any more; undefined while they can. */
  protected abstract refusal(): JobOutcome<Job['kind']> | undefined;
  /** Starts the next job when none runs and one can. */
  protected abstract pump(): void;
  /** What a job's answer waits for (see JobTicket.waitingFor). */
  protected abstract waitingFor(entry: E): ReturnType<JobTicket<Job['kind']>['waitingFor']>;
  /** Asks the running job to stop at the next part it parses. */
  protected abstract stopRunning(entry: E): void;
  /** Collects the checks' garbage (a compacting collection where the checks run), once idle. */
  protected abstract collectGarbage(): Promise<void>;

  /** Queues a job; the promise never rejects. */
  run<K extends Job['kind']>(job: Extract<Job, { kind: K }>, options: JobOptions): Promise<JobOutcome<K>> {
    return this.submit(job, options).outcome;
  }

  /** Queues a job, with a way to see whether its answer waits for a parse. */
  submit<K extends Job['kind']>(job: Extract<Job, { kind: K }>, options: JobOptions): JobTicket<K> {
    let entry!: E;
    const outcome = new Promise<JobOutcome<K>>((resolve) => {
      const queued: QueuedJob = {
        id: this.nextId++,
        job,
        options,
        settled: false,
        settle: (result) => {
          if (queued.settled) return;
          queued.settled = true;
          resolve(result as JobOutcome<K>);
        },
      };
      entry = queued as E;
    });
    // Cancelled before it got here (an editor cancels a request it sent a moment ago): such a token
    // never tells, since it was cancelled before anyone listened, so it is not queued at all.
    const refused = this.refusal() ?? (options.token?.isCancellationRequested ? { status: 'dropped' as const } : undefined);
    if (refused) entry.settle(refused);
    else {
      (options.background ? this.background : this.interactive).push(entry);
      options.token?.onCancellationRequested(() => this.drop(entry));
      this.pump();
    }
    return { outcome, waitingFor: () => this.waitingFor(entry), cancel: () => this.drop(entry) };
  }

  /** Stops the queued and running checks of versions of `uri` older than `version`. */
  supersede(uri: string, version: number): void {
    const older = (entry: E) => entry.job.kind === 'analyze' && entry.job.document.uri === uri && entry.job.document.version < version;
    for (const entry of this.interactive.filter(older)) this.drop(entry);
    if (this.inFlight && older(this.inFlight)) this.drop(this.inFlight);
  }

  framework(id: number | undefined): FrameworkView | undefined {
    return id === undefined ? undefined : this.frameworks.get(id);
  }

  /** A queued job leaves the queue; a running one is asked to stop. */
  protected drop(entry: E): void {
    for (const queue of [this.interactive, this.background]) {
      const index = queue.indexOf(entry);
      if (index >= 0) queue.splice(index, 1);
    }
    if (this.inFlight === entry) this.stopRunning(entry);
    entry.settle({ status: 'dropped' });
  }

  /**
   * The next job whose answer is still wanted (the editor's first), of those that `fits`; stale
   * ones are dropped on the way.
   */
  protected takeNext(fits: (entry: E) => boolean = () => true): E | undefined {
    for (const queue of [this.interactive, this.background]) {
      for (let i = 0; i < queue.length; ) {
        const entry = queue[i];
        if (entry.options.stale?.()) {
          queue.splice(i, 1);
          entry.settle({ status: 'dropped' });
        } else if (fits(entry)) {
          queue.splice(i, 1);
          if (entry.job.kind === 'analyze') this.checkedSinceIdle = true;
          return entry;
        } else i++;
      }
    }
    if (!this.inFlight) this.whenQuiet();
    return undefined;
  }

  private get idle(): boolean {
    return !this.inFlight && this.interactive.length === 0 && this.background.length === 0;
  }

  /**
   * After a check, once nothing was queued for QUIET_MS: the garbage is collected and the server
   * told (it tells the client). Parsing makes many short-lived objects, and without the
   * collection V8 keeps the heap at its high-water mark while nothing happens.
   */
  private whenQuiet(): void {
    if (!this.checkedSinceIdle) return;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      if (!this.idle) return;
      this.checkedSinceIdle = false;
      void this.collectGarbage().then(() => {
        if (this.idle && !this.checkedSinceIdle) this.onIdle();
      });
    }, QUIET_MS);
    (this.quietTimer as { unref?: () => void }).unref?.();
  }

  /** Settles every job, the running one too, and empties the queue. */
  protected settleAll(outcome: JobOutcome<Job['kind']>, { running = true } = {}): void {
    for (const entry of [running ? this.inFlight : undefined, ...this.interactive.splice(0), ...this.background.splice(0)]) entry?.settle(outcome);
    if (running) this.inFlight = undefined;
  }

  protected remember(frameworks: [number, FrameworkView][] | undefined): void {
    for (const [id, view] of frameworks ?? []) {
      this.frameworks.set(id, view);
      if (this.frameworks.size > FRAMEWORK_VIEWS_KEPT) this.frameworks.delete(this.frameworks.keys().next().value!);
    }
  }
}
