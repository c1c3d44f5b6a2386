/**
 * The `iplan` command (dist/cli.js): runs the CLI's bundle beside it, dist/cli-main.js, with
 * V8's code cache (../node/codeCache.ts). Compiling the bundle's code was a fifth of a one-plan
 * run. The cache is written after a run that checked files, so it holds the checking code too.
 */
import * as path from 'node:path';
import { loadWithCodeCache } from '../node/codeCache';

/** The content hash of cli-main.js, put here by the build. */
declare const IPLAN_CLI_MAIN_HASH: string;

const { exports, saveCache } = loadWithCodeCache<typeof import('./main')>(path.join(__dirname, 'cli-main.js'), IPLAN_CLI_MAIN_HASH, require);
void exports.runFromCommandLine().then((checked) => {
  if (checked) saveCache();
});
