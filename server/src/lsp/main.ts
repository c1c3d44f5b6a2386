/**
 * The iplan language server on Node. The transport (stdio, node-ipc, socket, pipe) comes from
 * the command line; parsing and checking happen in a worker thread (checkHost.ts), files are read
 * from disk. The wiring itself is server.ts, shared with the browser's server (browserMain.ts).
 */
// First: the check worker starts loading while the rest of the server does.
import { CHECK_WORKER_FILE, firstCheckWorker } from './checkWorkerStart';
import * as path from 'node:path';
import { createConnection } from 'vscode-languageserver/node';
import { NODE_FILES } from '../node/nodeFiles';
import { ruleDocsUri } from '../node/ruleDocs';
import { CheckHost } from './checkHost';
import { connectionLog, describeError } from './guard';
import { NODE_LOCATOR, NODE_WORKSPACE_FILES } from './nodePlatform';
import { startServer } from './server';

const connection = createConnection();
const log = connectionLog(connection);
process.on('uncaughtException', (error) => log.error(`Uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (error) => log.error(`Unhandled rejection: ${describeError(error)}`));

startServer(connection, {
  startChecks: (events) => new CheckHost(CHECK_WORKER_FILE, events, firstCheckWorker),
  locator: NODE_LOCATOR,
  paths: path,
  workspaceFiles: NODE_WORKSPACE_FILES,
  docsUri: ruleDocsUri,
  files: NODE_FILES,
});
