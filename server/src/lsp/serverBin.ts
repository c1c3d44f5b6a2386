/**
 * The language server as the editor starts it (dist/server.js): starts the first check worker,
 * then runs the server's bundle beside it, dist/server-main.js, with V8's code cache
 * (../node/codeCache.ts), so a start after the first does not compile the server's code again.
 * The cache is written once the server is idle after its first check, so it holds the code that
 * answering the editor compiled too.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from '../node/codeCache';
import { startFirstCheckWorker } from './checkWorkerStart';

/** The content hash of server-main.js, put here by the build. */
declare const IPLAN_SERVER_MAIN_HASH: string;

// The check worker exposes V8's collector (idleGc.ts); V8 refuses a code cache made under other
// flags, so the flag is set before any code is compiled, as it is when the caches are written.
setFlagsFromString('--expose-gc');
// First: the worker loads its code on the other core while this thread compiles its own.
const firstWorker = startFirstCheckWorker();
const { exports, cache, saveCache } = loadWithCodeCache<typeof import('./main')>(path.join(__dirname, 'server-main.js'), IPLAN_SERVER_MAIN_HASH, require);
exports.runServer({ firstWorker, loadedAt: performance.now(), codeCache: cache, saveCodeCache: saveCache });
