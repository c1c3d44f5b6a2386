/**
 * Starting the check worker. The first one starts before the server's own code is compiled
 * (serverBin.ts), so it loads its code on the other core while the server loads its own and the
 * editor says hello; the CheckHost takes it over, and starts the next ones itself.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONTROL_BYTES, WORKER_HEAP_MB, type WorkerSetup } from './checkProtocol';

/** The worker's bundle, beside the server's (dist/check-worker.js). */
export const CHECK_WORKER_FILE = path.join(__dirname, 'check-worker.js');

export function startCheckWorker(file: string, setup: WorkerSetup): Worker {
  return new Worker(file, {
    workerData: setup,
    // The server's own flags (a debugger port, say) are not the worker's.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // Whatever the worker writes goes to the log, never into the protocol on stdout.
    stdout: true,
    stderr: true,
  });
}

/** The first worker, with the memory it shares with the main thread. */
export function startFirstCheckWorker(): { worker: Worker; control: SharedArrayBuffer } {
  const setup: WorkerSetup = { firstFrameworkId: 1, control: new SharedArrayBuffer(CONTROL_BYTES) };
  return { worker: startCheckWorker(CHECK_WORKER_FILE, setup), control: setup.control };
}
