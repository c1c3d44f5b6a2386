// Language-server figures for bench/run.mjs, over real stdio: the time from a one-character edit
// to the diagnostics of that version in a 5,000-line plan (p50, p95 over 200 isolated edits
// anywhere in the plan, and apart for those in the front matter and in the body), and the
// server's resident memory with 200 plans open. Prints one JSON line; logs go to stderr.
//   node lsp.cjs <dist/server.js> <plan file> <corpus folder>
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';

const [serverPath, planFile, corpus] = process.argv.slice(2);
const EDITS = 200;
const OPEN_PLANS = 200;

// Started as the VS Code client starts it.
const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();
connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
  const key = `${params.uri}#${params.version}`;
  waiting.get(key)?.(params);
  waiting.delete(key);
});
connection.onNotification('window/logMessage', () => undefined);
connection.listen();

function diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 60_000);
    waiting.set(`${uri}#${version}`, (params) => {
      clearTimeout(timer);
      resolve(params);
    });
  });
}

const residentMb = () => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
};
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const summary = (values: number[]) => ({ count: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });

async function main() {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});

  const text = readFileSync(planFile, 'utf8');
  const uri = pathToFileURL(planFile).href;
  const lines = text.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  let version = 1;
  const opened = diagnosticsFor(uri, version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await opened;

  // Isolated edits, as a user who types a character and pauses: each waits for its diagnostics.
  // Spread over the whole plan, front matter included, all but the two --- delimiter lines.
  const latencies: number[] = [];
  const inFrontMatter: boolean[] = [];
  for (let i = 0; i < EDITS; i++) {
    let line = 1 + ((i * 7919) % (lines.length - 2));
    if (line === bodyStart - 1) line++;
    inFrontMatter.push(line < bodyStart);
    const position = { line, character: lines[line].length };
    version++;
    const arrived = diagnosticsFor(uri, version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    await arrived;
    latencies.push(performance.now() - start);
    lines[line] += 'x';
    // The server checks at once only after a pause (bursts are debounced), as a typist pauses.
    await new Promise((resolve) => setTimeout(resolve, 160));
  }

  // Memory with many plans open.
  const plans = readdirSync(corpus).filter((name) => name.endsWith('.iplan.md')).slice(0, OPEN_PLANS);
  const all = plans.map((name, index) => {
    const planUri = pathToFileURL(path.join(corpus, name)).href;
    const done = diagnosticsFor(planUri, 1);
    void connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: planUri, languageId: 'markdown', version: 1, text: readFileSync(path.join(corpus, name), 'utf8') },
    });
    return done.then(() => index);
  });
  await Promise.all(all);
  // Measured as the editor sees it after the burst of opening: once the server is idle.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const memoryMb = residentMb();

  console.log(
    JSON.stringify({
      edits: EDITS,
      latency: summary(latencies),
      frontMatterEdits: summary(latencies.filter((_, i) => inFrontMatter[i])),
      bodyEdits: summary(latencies.filter((_, i) => !inFrontMatter[i])),
      openPlans: plans.length,
      memoryMb,
    }),
  );
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
}

main().then(
  () => setTimeout(() => process.exit(0), 200),
  (error) => {
    console.error(error);
    child.kill();
    process.exit(1);
  },
);
