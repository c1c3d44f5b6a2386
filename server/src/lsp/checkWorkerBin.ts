/**
 * The check worker's thread as the server starts it (dist/check-worker.js): runs the worker's
 * bundle beside it, dist/check-worker-main.js, with V8's code cache (../node/codeCache.ts). The
 * cache is written once the worker is idle after its first check, so it holds the parser's and
 * the rules' compiled code, which a first check otherwise compiles as it goes.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from '../node/codeCache';

/** The content hash of check-worker-main.js, put here by the build. */
declare const IPLAN_CHECK_WORKER_MAIN_HASH: string;

// As the server's launcher does (V8's flags are the process's): the worker's code runs with the
// collector exposed (idleGc.ts), so its cache is made and used under the same flags.
setFlagsFromString('--expose-gc');
const { exports, cache, saveCache } = loadWithCodeCache<typeof import('./checkWorker')>(path.join(__dirname, 'check-worker-main.js'), IPLAN_CHECK_WORKER_MAIN_HASH, require);
exports.runCheckWorker({ loadedAt: performance.timeOrigin + performance.now(), codeCache: cache, saveCodeCache: saveCache });
