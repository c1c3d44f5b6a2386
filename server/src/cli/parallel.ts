/**
 * Spreading files over worker threads, one per core: each worker compiles the framework once and
 * takes small batches from a shared queue, so fast and slow files even out. The order of the
 * results does not depend on which worker finished first.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Finding } from '../core';
import { ConfigResolver, type ConfigOverrides } from '../node/config';
import { UsageError } from './errors';
import { lintFile } from './lintFile';

interface WorkerSetup {
  iplanWorker: true;
  cwd: string;
  overrides: ConfigOverrides;
  toolVersion: string;
}

export interface LintedFile {
  file: string;
  isPlan: boolean;
  findings: Finding[];
}

type Reply = { results: LintedFile[] } | { error: { message: string; nl: string } };

const BATCH = 8;

/** Worth starting workers for: enough files to pay for the workers' start-up. */
export function shouldParallelize(fileCount: number, concurrency: number): boolean {
  return concurrency > 1 && fileCount >= 4 * BATCH;
}

export function defaultConcurrency(): number {
  return availableParallelism();
}

export async function lintInWorkers(files: string[], setup: Omit<WorkerSetup, 'iplanWorker'>, concurrency: number): Promise<LintedFile[]> {
  const script = __filename;
  const byFile = new Map<string, LintedFile>();
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, Math.ceil(files.length / BATCH)) }, () =>
    new Worker(script, { workerData: { ...setup, iplanWorker: true } satisfies WorkerSetup }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) {
                resolve();
                return;
              }
              const batch = files.slice(next, next + BATCH);
              next += BATCH;
              worker.postMessage(batch);
            };
            worker.on('message', (reply: Reply) => {
              if ('error' in reply) {
                reject(new UsageError(reply.error.message, reply.error.nl));
                return;
              }
              for (const result of reply.results) byFile.set(result.file, result);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker stopped with code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return files.map((file) => byFile.get(file)!);
}

/** The worker's side: lint each batch it is sent and answer with the findings. */
function serve(setup: WorkerSetup): void {
  const resolver = new ConfigResolver(setup.cwd, setup.overrides);
  parentPort!.on('message', (batch: string[]) => {
    try {
      const results = batch.map((file) => {
        const outcome = lintFile(file, resolver.forFile(file), { toolVersion: setup.toolVersion, cwd: setup.cwd });
        return { file, isPlan: outcome.isPlan, findings: outcome.findings };
      });
      parentPort!.postMessage({ results } satisfies Reply);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      parentPort!.postMessage({ error: { message, nl: error instanceof UsageError ? error.nl : message } } satisfies Reply);
    }
  });
}

if (!isMainThread && (workerData as WorkerSetup | undefined)?.iplanWorker) serve(workerData as WorkerSetup);
