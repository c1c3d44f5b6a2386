// Language-server figures for bench/run.mjs, over real stdio: the time from a one-character edit
// to the diagnostics of that version in a 5,000-line plan (p50, p95 over 200 isolated edits
// anywhere in the plan, and apart for those in the front matter and in the body), the server's
// resident memory with 200 plans open, edit → updated preview page (p50, p95 over 100 edits in
// the body), and, in a fresh server each, how fast hover is answered
// while the server checks a pathological plan (huge ones of 170,000 short lines, and one with a
// hostile line), with that server's peak and idle memory. Prints one JSON line; logs go to stderr.
//   node lsp.cjs <dist/server.js> <plan file> <corpus folder> [--skip-pathological]
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { PREVIEW_REQUEST, SERVER_EXEC_ARGV, type PreviewResult } from '../server/src/lsp/protocol';

const [serverPath, planFile, corpus] = process.argv.slice(2);
const EDITS = 200;
const OPEN_PLANS = 200;
const PREVIEW_EDITS = 100;

interface Server {
  child: ChildProcess;
  connection: ProtocolConnection;
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams>;
}

/** A server started as the VS Code client starts it. */
function startServer(): Server {
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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

async function initialize({ connection }: Server): Promise<void> {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
}

async function stop({ connection }: Server): Promise<void> {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
}

const memoryMb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)![1]) / 1024);
};
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const summary = (values: number[]) => ({ count: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });

async function main() {
  const server = startServer();
  const { connection, diagnosticsFor } = server;
  await initialize(server);

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

  // The preview, as the editor asks for it after an edit: edit, then iplan/preview until the
  // page of that version arrives (the editor waits a moment after typing before it asks; not counted).
  const previewLatencies: number[] = [];
  let previewMissing = 0;
  for (let i = 0; i < PREVIEW_EDITS && previewMissing < 3; i++) {
    const line = bodyStart + ((i * 7919) % (lines.length - bodyStart - 1));
    const position = { line, character: lines[line].length };
    version++;
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    // Asked again while the answer is of an older version; a page that does not come (a render
    // stopped by the check budget) is counted, and after three of those the measuring stops.
    let page: PreviewResult | undefined;
    for (let ask = 0; ask < 3 && (page?.version !== version || page.html === undefined); ask++) {
      page = await connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri });
    }
    if (page?.html === undefined) previewMissing++;
    else previewLatencies.push(performance.now() - start);
    lines[line] += 'x';
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
  const openPlansMb = memoryMb(server.child.pid!, 'VmRSS');
  await stop(server);

  // Huge: the plan and short lines up to 170,000 lines (about 4.6 MB), as one paragraph, or as
  // paragraphs of one line; hostile: the plan with one line of 50,000 `*_` pairs.
  const shortLines = (separator: string) => {
    const count = HUGE_LINES - lines.length;
    return `${text}\n${Array.from({ length: separator === '\n' ? count : count / 2 }, (_, i) => `Regel ${i} van de bijlage.`).join(separator)}\n`;
  };
  const pathological = process.argv.includes('--skip-pathological')
    ? undefined
    : {
        hugeParagraph: await hoverDuringCheck(shortLines('\n')),
        hugeParagraphs: await hoverDuringCheck(shortLines('\n\n')),
        hostileLine: await hoverDuringCheck(text.replace(/\n## /, `\n${'*_'.repeat(50_000)}\n\n## `)),
      };

  console.log(
    JSON.stringify({
      edits: EDITS,
      latency: summary(latencies),
      frontMatterEdits: summary(latencies.filter((_, i) => inFrontMatter[i])),
      bodyEdits: summary(latencies.filter((_, i) => !inFrontMatter[i])),
      openPlans: plans.length,
      memoryMb: openPlansMb,
      preview: { lines: text.split('\n').length, ...summary(previewLatencies), missing: previewMissing },
      pathological,
    }),
  );
}

/** Lines of the huge plan. */
const HUGE_LINES = 170_000;
/** Versions of the pathological plan checked, each with hovers until its diagnostics arrive. */
const PATHOLOGICAL_VERSIONS = 3;
const HOVER_EVERY_MS = 20;

/**
 * In a fresh server: open the plan and hover on a front-matter key every 20 ms until the
 * diagnostics of that version arrive; then edit it and do so again. Hover latency while the
 * checks run, how long each check took and what it gave, hover after the last check, and the
 * server's peak and idle resident memory.
 */
async function hoverDuringCheck(text: string) {
  const server = startServer();
  await initialize(server);
  const { connection, diagnosticsFor } = server;
  const uri = pathToFileURL(path.join(path.dirname(planFile), 'pathological.iplan.md')).href;
  const key = { line: text.split('\n', 20).findIndex((line) => line.startsWith('ministerie:')), character: 3 };
  const hover = async () => {
    const start = performance.now();
    const answer = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: key });
    return { ms: performance.now() - start, answered: answer !== null };
  };
  const latencies: number[] = [];
  let answered = 0;
  const checks: { ms: number; findings: string[] }[] = [];
  for (let version = 1; version <= PATHOLOGICAL_VERSIONS; version++) {
    const start = performance.now();
    let done = false;
    const arrived = diagnosticsFor(uri, version).then((params) => {
      done = true;
      checks.push({ ms: Math.round(performance.now() - start), findings: [...new Set(params.diagnostics.map((d) => String(d.code)))] });
    });
    if (version === 1) await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    else {
      const end = { line: text.split('\n').length - 1, character: 0 };
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: 'x' }] });
    }
    while (!done) {
      const { ms, answered: gotOne } = await hover();
      if (done) break;
      latencies.push(ms);
      if (gotOne) answered++;
      await new Promise((resolve) => setTimeout(resolve, HOVER_EVERY_MS));
    }
    await arrived;
  }
  const after: number[] = [];
  for (let i = 0; i < 5; i++) after.push((await hover()).ms);
  const peakMb = memoryMb(server.child.pid!, 'VmHWM');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idleMb = memoryMb(server.child.pid!, 'VmRSS');
  await stop(server);
  return {
    lines: text.split('\n').length,
    bytes: Buffer.byteLength(text),
    hoverDuringCheck: latencies.length > 0 ? { ...summary(latencies), answered } : { count: 0 },
    checks,
    hoverAfterCheckMs: quantile(after, 0.5),
    peakMb,
    idleMb,
  };
}

main().then(
  () => setTimeout(() => process.exit(0), 200),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
