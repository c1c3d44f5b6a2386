/**
 * A small LSP client for the protocol tests: spawns the built server (`node dist/server.js
 * --stdio`) and talks JSON-RPC to it over the child's stdio, as an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll } from 'vitest';
import { IDLE_NOTIFICATION, SERVER_EXEC_ARGV } from '../../server/src/lsp/protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const CLEAN_PLAN = readFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');
export const README = readFileSync(path.join(ROOT, 'examples', 'README.md'), 'utf8');

export interface StartOptions {
  /** Announce pull diagnostics (textDocument.diagnostic); push otherwise. */
  pull?: boolean;
  /** Answer workspace/configuration with these settings (per request: the `iplan` section, for the document or folder asked about). */
  configuration?: (scopeUri?: string) => unknown;
  initializationOptions?: unknown;
  workspaceFolders?: string[];
  locale?: string;
  /** How to talk to the server: over stdio (default) or Node's IPC channel (as VS Code does). */
  transport?: 'stdio' | 'ipc';
  /** Environment variables added to the server's (test hooks). */
  env?: Record<string, string>;
}

const NOTIFICATIONS = ['textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage', 'telemetry/event', IDLE_NOTIFICATION];
const REQUESTS = ['workspace/configuration', 'client/registerCapability', 'client/unregisterCapability', 'workspace/diagnostic/refresh', 'window/showMessageRequest', 'window/workDoneProgress/create'];

interface Received {
  method: string;
  params: unknown;
}

type RequestId = number | string;

/** The ids of the requests a writer sends, and how many responses a reader gets for each id. */
function tap(reader: MessageReader, writer: MessageWriter): { sent: RequestId[]; responses: Map<RequestId | null, number> } {
  const sent: RequestId[] = [];
  const responses = new Map<RequestId | null, number>();
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((message) => {
      if (Message.isResponse(message)) responses.set(message.id, (responses.get(message.id) ?? 0) + 1);
      callback(message);
    });
  const write = writer.write.bind(writer);
  writer.write = (message) => {
    if (Message.isRequest(message) && message.id !== null) sent.push(message.id);
    return write(message);
  };
  return { sent, responses };
}

export class TestClient {
  readonly received: Received[] = [];
  readonly logs: string[] = [];
  readonly serverRequests: string[] = [];
  private readonly listeners = new Set<() => void>();
  private exited?: Promise<number | null>;
  initializeResult!: InitializeResult;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    /** As on the wire: the ids of the requests sent to the server, and the responses per id. */
    readonly wire: { sent: RequestId[]; responses: Map<RequestId | null, number> },
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const ipc = options.transport === 'ipc';
    const env = { ...process.env, ...options.env };
    const child = ipc
      ? spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env })
      : spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const reader = ipc ? new IPCMessageReader(child) : new StreamMessageReader(child.stdout!);
    const writer = ipc ? new IPCMessageWriter(child) : new StreamMessageWriter(child.stdin!);
    const wire = tap(reader, writer);
    const client = new TestClient(child, createProtocolConnection(reader, writer), wire);
    const connection = client.connection;
    client.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk) => client.logs.push(String(chunk)));
    for (const method of NOTIFICATIONS) {
      connection.onNotification(method, (params: unknown) => {
        if (method === 'window/logMessage') client.logs.push((params as { message: string }).message);
        client.received.push({ method, params });
        for (const listener of client.listeners) listener();
      });
    }
    for (const method of REQUESTS) {
      connection.onRequest(method, (params: unknown) => {
        client.serverRequests.push(method);
        if (method === 'workspace/configuration') {
          const items = (params as { items: { scopeUri?: string }[] }).items;
          return items.map((item) => options.configuration?.(item.scopeUri) ?? null);
        }
        return null;
      });
    }
    connection.listen();

    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration !== undefined,
        didChangeConfiguration: { dynamicRegistration: false },
        workspaceFolders: true,
        diagnostics: options.pull ? { refreshSupport: true } : undefined,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
        diagnostic: options.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        completion: { completionItem: { snippetSupport: false, insertTextModeSupport: { valueSet: [1, 2] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    };
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })),
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /**
   * Resolves with the first notification (received before or after the call) that matches;
   * the timeout is only a failure guard.
   */
  async waitFor<T>(method: string, matches: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    const find = () => this.received.find((entry) => entry.method === method && matches(entry.params as T));
    await this.until(() => find() !== undefined, method, timeoutMs);
    return find()!.params as T;
  }

  /**
   * Resolves once the server said it is idle after it published this version's diagnostics: the
   * check, anything it set off, and the collection after it are done. The timeout is only a
   * failure guard.
   */
  idleAfterDiagnostics(uri: string, version: number, timeoutMs = 10_000): Promise<void> {
    const published = (entry: Received) => {
      const p = entry.params as PublishDiagnosticsParams;
      return entry.method === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === version;
    };
    return this.until(() => {
      const index = this.received.findIndex(published);
      return index >= 0 && this.received.slice(index + 1).some((entry) => entry.method === IDLE_NOTIFICATION);
    }, `${IDLE_NOTIFICATION} after the diagnostics of ${uri} version ${version}`, timeoutMs);
  }

  /** Resolves when `done` holds, checked now and on each notification. */
  private until(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!done()) return;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${what} within ${timeoutMs} ms; server log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      this.listeners.add(listener);
      listener();
    });
  }

  /** The diagnostics published for exactly this version of a document. */
  diagnostics(uri: string, version: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, timeoutMs).then(
      (p) => p.diagnostics,
    );
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.received.filter((e) => e.method === 'textDocument/publishDiagnostics').map((e) => e.params as PublishDiagnosticsParams).filter((p) => p.uri === uri);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Replaces the whole text (a change event without a range). */
  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      try {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
    }
    const timer = setTimeout(() => this.child.kill(), 5_000);
    const code = await this.exited!;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Applies a WorkspaceEdit's edits for one document to its text (edits given against the same text). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = edit.changes?.[uri] ?? [];
  return applyTextEdits(text, edits);
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Range['start']) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const spans = edits
    .map((e, order) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText, order }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) throw new Error('overlapping edits');
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    result += text.slice(cursor, span.start) + span.newText;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** A fresh temporary folder, removed by the returned function. */
export function tempFolder(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-lsp-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * One server and one temporary folder for all the tests of a file: the server starts before them;
 * both go after them. Call it at the top of the file.
 */
export function serverForFile(options: StartOptions = {}): { readonly client: TestClient; readonly folder: string } {
  const dir = tempFolder();
  let client: TestClient | undefined;
  beforeAll(async () => {
    client = await TestClient.start(options);
  });
  afterAll(async () => {
    await client?.stop();
    dir.remove();
  });
  return {
    get client() {
      if (!client) throw new Error('the server starts before the tests run');
      return client;
    },
    folder: dir.folder,
  };
}

export const fileUri = (file: string) => pathToFileURL(file).href;

/** The text with the level-2 section whose heading contains `title` removed (up to the next `## `). */
export function withoutSection(text: string, title: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## ') && line.includes(title));
  if (start < 0) throw new Error(`no section ${title}`);
  let end = start + 1;
  while (end < lines.length && !lines[end].startsWith('## ')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** Line and character of the first occurrence of `needle` (plus `offset` characters). */
export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
