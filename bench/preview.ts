// The preview's latency over real stdio, for bench/run.mjs: a one-character edit in the body of
// the 5,000-line plan, then iplan/preview until the page of that version arrives (p50, p95 over
// isolated edits, as a user types and pauses), against the 50 ms target; the first page after
// opening; and, for contrast, in this process, the plan text rendered whole as it was before the
// parts were kept (render/body.ts, still the report's path). Prints one JSON line.
// The edits alternate: one asked as the editor asks (a patch of the page it shows, `edits`), the
// next for the whole page each time, as before patches (`wholePageEdits`).
//   node preview.cjs <dist/server.js> <plan file> [edits]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { check, defaultFramework, parse } from '../server/src/core';
import { PREVIEW_REQUEST, type PreviewResult } from '../server/src/lsp/protocol';
import { planArticle } from '../server/src/render/article';
import { toHtml } from '../server/src/render/hast';
import { initialize, quantile, startServer, stop, summary } from './lspServer';

const [serverPath, planFile, editsArg] = process.argv.slice(2);
const EDITS = Number(editsArg ?? 40);
const TARGET_MS = 50;
/** The editor waits a moment after typing before it asks (not counted); bursts are debounced. */
const PAUSE_MS = 160;

async function main() {
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  const server = startServer(serverPath);
  await initialize(server);
  const { connection } = server;
  const text = readFileSync(planFile, 'utf8');
  const uri = pathToFileURL(planFile).href;
  const lines = text.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;

  /** The page shown (an answer's id), which the next is asked as a patch of. */
  let shown: string | undefined;
  /**
   * The page of `version` (its whole HTML or a patch), asked again while the answer is of an older
   * one; undefined when none came.
   */
  const pageOf = async (version: number, patch = false) => {
    let page: PreviewResult | undefined;
    for (let ask = 0; ask < 3 && (page?.version !== version || (page.html === undefined && page.patch === undefined)); ask++) {
      page = await connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, shown: patch ? shown : undefined });
      if (page.page !== undefined && (page.html !== undefined || page.patch !== undefined)) shown = page.page;
    }
    return page?.version === version ? (page.html ?? page.patch) : undefined;
  };

  let version = 1;
  const opened = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const firstPage = await pageOf(version);
  const firstPageMs = performance.now() - opened;
  if (firstPage === undefined) throw new Error('the preview of the opened plan gave no page');

  const latencies: number[] = [];
  const wholePage: number[] = [];
  let missing = 0;
  for (let i = 0; i < 2 * EDITS; i++) {
    const line = bodyStart + ((i * 7919) % (lines.length - bodyStart - 1));
    const position = { line, character: lines[line].length };
    version++;
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    const page = await pageOf(version, i % 2 === 0);
    if (page === undefined) missing++;
    else (i % 2 === 0 ? latencies : wholePage).push(performance.now() - start);
    lines[line] += 'x';
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  await stop(server);

  // The whole text rendered at once, as every preview was before: parse and check not counted.
  const framework = defaultFramework();
  const plan = parse(text, framework);
  const findings = check(plan, framework);
  const whole: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    toHtml(planArticle(plan, findings, framework, { locale: 'nl', mode: 'preview', documentUri: uri }));
    whole.push(performance.now() - start);
  }

  const edits = summary(latencies);
  console.log(
    JSON.stringify({
      lines: lines.length,
      load: { before: load, after: loadavg().map((value) => value.toFixed(1)).join(' ') },
      edits: { ...edits, missing, p95VsTarget: latencies.length > 0 ? +(edits.p95 / TARGET_MS).toFixed(2) : undefined },
      wholePageEdits: summary(wholePage),
      targetMs: TARGET_MS,
      firstPageMs,
      wholeRenderMs: quantile(whole, 0.5),
    }),
  );
}

main().then(
  () => setTimeout(() => process.exit(0), 200),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
