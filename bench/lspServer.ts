// A language server started as the VS Code client starts it, over stdio, for the benchmarks
// (bench/lsp.ts, bench/preview.ts, bench/firstDiagnostics.ts): diagnostics awaited per document version.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';

export interface Server {
  child: ChildProcess;
  connection: ProtocolConnection;
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams>;
}

/** `env`: added to this process's environment (the server's user cache folder, say). */
export function startServer(serverPath: string, env: Record<string, string> = {}): Server {
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();
  const arrived = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const key = `${params.uri}#${params.version}`;
    arrived.set(key, params);
    waiting.get(key)?.(params);
    waiting.delete(key);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnosticsFor = (uri: string, version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const key = `${uri}#${version}`;
      const already = arrived.get(key);
      if (already) return resolve(already);
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 120_000);
      waiting.set(key, (params) => {
        clearTimeout(timer);
        resolve(params);
      });
    });
  return { child, connection, diagnosticsFor };
}

export async function initialize({ connection }: Server): Promise<void> {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
}

export async function stop({ connection }: Server): Promise<void> {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
export const summary = (values: number[]) => ({ count: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });
export { quantile };
