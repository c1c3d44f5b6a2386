/**
 * The checks of the browser server, in its own Web Worker (a browser has no worker threads to
 * hand a check to; the server itself already runs apart from the editor). Jobs run one at a time,
 * the editor's before background work, with a turn of the event loop between them so edits and
 * cancellations come in. A job that needs files the client has not handed over yet fetches them
 * and runs again. A check stops at its time budget between parts of the parse, as on Node; what
 * cannot be done here is ending a check stuck inside one call.
 */
import { JobRunner, runHere, type JobRunnerOptions } from './checkJobs';
import type { Job, StoppedCheck, WorkspaceSetup } from './checkProtocol';
import type { CheckHostEvents, CheckService, JobOutcome } from './checkService';
import { FilesNotLoaded } from '../node/fileSystem';
import { describeError } from './guard';
import { JobQueue, type QueuedJob } from './jobQueue';
import type { Folder } from './workspace';

/** Rounds of fetching files for one job (a configuration, its `extends`, the framework, its schema, the plan). */
const MAX_FETCH_ROUNDS = 16;

export class InlineCheckHost extends JobQueue<QueuedJob> implements CheckService {
  private readonly runner: JobRunner;
  private scheduled = false;
  private disposed = false;

  constructor(
    options: JobRunnerOptions,
    events: CheckHostEvents,
    /** Asks the client for files; resolves once they are stored. */
    private readonly fetchFiles: (files: string[]) => Promise<void>,
  ) {
    super(() => events.onIdle());
    this.runner = new JobRunner(options, {
      log: events.log,
      problem: (message) => events.onProblem(message),
      untrustedFramework: (file) => events.onUntrustedFramework(file),
      starting: (id, preview) => this.starting(id, preview),
      stopped: (id) => this.inFlight?.id === id && this.inFlight.settled,
    });
  }

  setUp(setup: WorkspaceSetup): void {
    this.runner.setUp(setup);
    this.schedule();
  }

  protected refusal(): JobOutcome<Job['kind']> | undefined {
    return this.disposed ? { status: 'dropped' } : undefined;
  }

  protected waitingFor(entry: QueuedJob) {
    if (!this.runner.ready) return { parse: 'other' as const, since: 0 };
    const since = this.inFlight?.parsingSince;
    return since === undefined ? undefined : { parse: this.inFlight === entry ? ('own' as const) : ('other' as const), since };
  }

  /** A running job is settled as dropped; between rounds of fetching files it sees that and ends. */
  protected stopRunning(): void {}

  /** A Web Worker cannot ask for a collection: its engine collects on its own. */
  protected async collectGarbage(): Promise<void> {}

  invalidate(generation: number): void {
    this.runner.invalidate(generation);
  }

  setFolders(folders: Folder[]): void {
    this.runner.setFolders(folders);
  }

  forget(uri: string): void {
    this.runner.forget(uri);
  }

  dispose(): void {
    this.disposed = true;
    this.settleAll({ status: 'dropped' });
  }

  /** The next job runs on a later turn of the event loop, after the messages that came meanwhile. */
  protected pump(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight || !this.runner.ready || this.disposed) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      void this.next();
    }, 0);
  }

  private async next(): Promise<void> {
    if (this.inFlight || !this.runner.ready) return;
    const entry = this.takeNext();
    if (!entry) return;
    this.inFlight = entry;
    try {
      entry.settle(await this.execute(entry));
    } finally {
      this.inFlight = undefined;
      this.schedule();
    }
  }

  private async execute(entry: QueuedJob): Promise<JobOutcome<Job['kind']>> {
    for (let round = 0; ; round++) {
      if (entry.settled) return { status: 'dropped' };
      const { outcome, error } = runHere(this.runner, entry);
      this.remember(this.runner.takeNewFrameworks());
      if (!(error instanceof FilesNotLoaded) || round >= MAX_FETCH_ROUNDS) return outcome;
      try {
        await this.fetchFiles(error.files);
      } catch (fetchError) {
        return { status: 'failed', error: `the editor did not hand over ${error.files.join(', ')}: ${describeError(fetchError)}` };
      }
    }
  }

  private starting(id: number, preview: StoppedCheck): void {
    this.remember(this.runner.takeNewFrameworks());
    const entry = this.inFlight;
    if (entry?.id !== id) return;
    entry.parsingSince = performance.now();
    entry.options.onParsing?.(preview);
  }
}
