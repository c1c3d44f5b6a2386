/**
 * The iplan language server on Node (dist/server-main.js, which dist/server.js runs with V8's
 * code cache, see serverBin.ts). The transport (stdio, node-ipc, socket, pipe) comes from the
 * command line; parsing and checking happen in a worker thread (checkHost.ts), files are read
 * from disk. The wiring itself is server.ts, shared with the browser's server (browserMain.ts).
 */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { createConnection } from 'vscode-languageserver/node';
import { NODE_FILES } from '../node/nodeFiles';
import { ruleDocsUri } from '../node/ruleDocs';
import { CheckHost } from './checkHost';
import { CHECK_WORKER_FILE } from './checkWorkerStart';
import { connectionLog, describeError } from './guard';
import { NODE_LOCATOR, NODE_WORKSPACE_FILES } from './nodePlatform';
import { startServer } from './server';
import { markStart } from './startTimeline';

/** What the launcher did before this code ran. */
interface Launch {
  /** The first check worker, started before this bundle was compiled, with its shared memory. */
  firstWorker: { worker: Worker; control: SharedArrayBuffer };
  /** When this bundle had run (performance.now()), and what became of its code cache. */
  loadedAt: number;
  codeCache: string;
  /** Writes this bundle's code cache (when it had none); called once the server is idle after its first check. */
  saveCodeCache(): void;
}

export function runServer(launch: Launch): void {
  markStart(`server code loaded (code cache ${launch.codeCache})`, launch.loadedAt);
  const connection = createConnection();
  const log = connectionLog(connection);
  process.on('uncaughtException', (error) => log.error(`Uncaught: ${describeError(error)}`));
  process.on('unhandledRejection', (error) => log.error(`Unhandled rejection: ${describeError(error)}`));

  startServer(connection, {
    startChecks: (events) => new CheckHost(CHECK_WORKER_FILE, events, launch.firstWorker, ruleDocsUri),
    locator: NODE_LOCATOR,
    paths: path,
    workspaceFiles: NODE_WORKSPACE_FILES,
    docsUri: ruleDocsUri,
    files: NODE_FILES,
    idle: () => launch.saveCodeCache(),
  });
}
