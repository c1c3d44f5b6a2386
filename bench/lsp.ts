// Language-server figures for bench/run.mjs, over real stdio: the time from a one-character edit
// to the diagnostics of that version in a 5,000-line plan (p50, p95 over 200 isolated edits
// anywhere in the plan, and apart for those in the front matter and in the body), the server's
// resident memory with 200 plans open (the preview: bench/preview.ts), and, in a fresh server
// each, how fast hover is answered
// while the server checks a pathological plan (huge ones of 170,000 short lines, and one with a
// hostile line), with that server's peak and idle memory. Prints one JSON line; logs go to stderr.
//   node lsp.cjs <dist/server.js> <plan file> <corpus folder> [--skip-pathological]
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { initialize, quantile, startServer as startServerAt, stop, summary } from './lspServer';

const [serverPath, planFile, corpus] = process.argv.slice(2);
const EDITS = 200;
const OPEN_PLANS = 200;

const startServer = () => startServerAt(serverPath);

const memoryMb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)![1]) / 1024);
};

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
