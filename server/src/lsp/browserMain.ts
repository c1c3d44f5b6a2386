/**
 * The iplan language server in a browser's Web Worker (VS Code for the Web): the same wiring
 * (server.ts) and checks (checkJobs.ts) as on Node. It reads no disk: files are URIs, and the
 * client reads them through `vscode.workspace.fs` when the server asks (protocol.ts), so a
 * `vscode-remote://` or `vscode-vfs://` workspace is read like any other. Checks run in this
 * worker (inlineCheckHost.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { publicRuleDocsUri } from '../node/publicDocs';
import { uriPaths, splitUri } from '../node/uriPaths';
import { isMarkdownName, walksInto } from '../node/walkRules';
import { JobRunner } from './checkJobs';
import { EditorFiles } from './editorFiles';
import { connectionLog, describeError } from './guard';
import { InlineCheckHost } from './inlineCheckHost';
import type { Locator, WorkspaceFiles } from './platform';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILES_REQUEST,
  STAT_REQUEST,
  type DirectoryEntry,
  type ReadDirectoryParams,
  type ReadFileResult,
  type ReadFilesParams,
  type StatParams,
} from './protocol';
import { startServer } from './server';

/** The worker's global scope (this file is built for browsers only). */
declare const self: {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { error?: unknown; reason?: unknown; message?: string }) => void): void;
};
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self as WorkerScope), new BrowserMessageWriter(self as WorkerScope));
const log = connectionLog(connection);
self.addEventListener('error', (event) => log.error(`Uncaught: ${describeError(event.error ?? event.message)}`));
self.addEventListener('unhandledrejection', (event) => log.error(`Unhandled rejection: ${describeError(event.reason)}`));

const files = new EditorFiles();
/** Asks the client for files the server has not been handed yet. */
const loadFiles = async (uris: string[]) => files.store(await connection.sendRequest<ReadFileResult[]>(READ_FILES_REQUEST, { uris } satisfies ReadFilesParams));

/** A file is called by its URI; a URI without a path (untitled) names no file. */
const locator: Locator = { toPath: (uri) => (splitUri(uri) && !uri.startsWith('untitled:') ? uri : undefined), toUri: (uri) => uri };

const workspaceFiles: WorkspaceFiles = {
  readFolder: async (folder) => {
    const entries = await connection.sendRequest<DirectoryEntry[] | null>(READ_DIRECTORY_REQUEST, { uri: folder } satisfies ReadDirectoryParams);
    if (!entries) return undefined;
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // As on disk: regular Markdown files, folders to walk into, never a link.
    return {
      files: sorted.filter(([name, kind]) => kind === 'file' && isMarkdownName(name)).map(([name]) => uriPaths.join(folder, name)),
      folders: sorted.filter(([name, kind]) => kind === 'folder' && walksInto(name)).map(([name]) => uriPaths.join(folder, name)),
    };
  },
  stamp: async (uri) => (await connection.sendRequest<string | null>(STAT_REQUEST, { uri } satisfies StatParams)) ?? undefined,
};

/** Rule documentation: the copy inside the extension when the client names it, else the published one. */
let docsBase: string | undefined;
const docsUri = (ruleId: string) => (docsBase ? `${docsBase}#${encodeURIComponent(ruleId)}` : publicRuleDocsUri(ruleId));

JobRunner.warmUp();

startServer(connection, {
  startChecks: (events) =>
    new InlineCheckHost(
      {
        platform: { files, locator, cwd: () => 'untitled:///', readPlan: (file, relativePath, config) => files.readPlan(file, relativePath, config) },
        firstFrameworkId: 1,
        docsUri,
      },
      events,
      loadFiles,
    ),
  locator,
  paths: uriPaths,
  workspaceFiles,
  docsUri,
  files,
  loadFiles,
  initialize: (params) => {
    const named = (params.initializationOptions as { ruleDocs?: unknown } | undefined)?.ruleDocs;
    docsBase = typeof named === 'string' ? named : undefined;
  },
  filesChanged: (uris) => files.forget(uris),
});
