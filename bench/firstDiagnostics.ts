// Server start → first diagnostics, over real stdio, as the editor starts the server with a plan
// already open: spawn, initialize (a workspace folder), open the plan, its diagnostics. A fresh
// server process each time, alternating in every round with Node's own start-up (`node -e 0`, the
// baseline): the server with an empty code cache (its first start on a machine), and with the
// cache that the starts before left (every start after). `--against <other dist/server.js>` adds
// that build's server, warm, to the rotation (before/after a change, in one run). Medians and
// ratios to Node's start-up; prints one JSON line with the load average. For bench/run.mjs, and
// on its own:
//   node scripts/run-ts.mjs bench/firstDiagnostics.ts <dist/server.js> [plan file, default examples/defect-sections.iplan.md] [--rounds 9] [--against <dist/server.js>]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { quantile, startServer, stop } from './lspServer';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const ROUNDS = Number(option('rounds') ?? 9);
const against = option('against');
const [serverPath, planArg] = args;
const planFile = path.resolve(planArg ?? path.join('examples', 'defect-sections.iplan.md'));
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
const median = (values: number[]) => quantile(values, 0.5);
/** How long after the server's start a plan is opened in the variants that open it later. */
const OPEN_AFTER_MS = 1000;

/** Node's own start-up: spawn to exit. */
function nodeStart(): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - start));
  });
}

interface Start {
  /** Spawn → the answer to initialize. */
  initializedMs: number;
  /** Spawn → the opened plan's diagnostics. */
  diagnosticsMs: number;
  /** The plan's opening → its diagnostics. */
  openedMs: number;
  /** What the server logged of its start (its own timeline). */
  startLog?: string;
}

/**
 * One server from spawn to the plan's first diagnostics; `cacheHome` is its XDG_CACHE_HOME. The
 * plan is opened at once, or `openAfterMs` after the server answered initialize (an editor whose
 * user opens a plan a moment after the start).
 */
async function serverStart(server: string, cacheHome: string, { waitIdle = false, openAfterMs = 0 } = {}): Promise<Start> {
  const start = performance.now();
  const running = startServer(server, { XDG_CACHE_HOME: cacheHome });
  const { connection } = running;
  let startLog: string | undefined;
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    if (/^Start-up/.test(params.message)) startLog = params.message;
  });
  const idle = new Promise<void>((resolve) => connection.onNotification('$/iplan/idle', () => resolve()));
  const text = readFileSync(planFile, 'utf8');
  const uri = pathToFileURL(planFile).href;
  const folder = pathToFileURL(path.dirname(planFile)).href;
  const arrived = running.diagnosticsFor(uri, 1);
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: path.basename(path.dirname(planFile)) }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  const initializedMs = performance.now() - start;
  await connection.sendNotification('initialized', {});
  if (openAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, openAfterMs));
  const opened = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await arrived;
  const diagnosticsMs = performance.now() - start;
  const openedMs = performance.now() - opened;
  // The server writes its code caches once it is idle after the first check.
  if (waitIdle) {
    await idle;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop(running);
  await new Promise((resolve) => (running.child.exitCode === null ? running.child.on('exit', resolve) : resolve(undefined)));
  return { initializedMs, diagnosticsMs, openedMs, startLog };
}

async function main() {
  const loadAtStart = load();
  const scratch = mkdtempSync(path.join(tmpdir(), 'iplan-first-diagnostics-'));
  const warmHome = path.join(scratch, 'warm');
  const againstHome = path.join(scratch, 'against');
  let fresh = 0;
  // The warm caches: one start that stays until it is idle.
  await serverStart(serverPath, warmHome, { waitIdle: true });
  if (against) await serverStart(against, againstHome, { waitIdle: true });
  const cacheFiles = (() => {
    try {
      return readdirSync(path.join(warmHome, 'iplan', 'code-cache'));
    } catch {
      return [];
    }
  })();

  // Each variant: which server, with which cache, and whether the plan is open at the start.
  const variants: Record<string, () => Promise<Start>> = {
    'no code cache, plan open at start': () => serverStart(serverPath, path.join(scratch, `cold-${fresh++}`)),
    'code cache, plan open at start': () => serverStart(serverPath, warmHome),
    'no code cache, plan opened 1 s after start': () => serverStart(serverPath, path.join(scratch, `cold-${fresh++}`), { openAfterMs: OPEN_AFTER_MS }),
    'code cache, plan opened 1 s after start': () => serverStart(serverPath, warmHome, { openAfterMs: OPEN_AFTER_MS }),
  };
  if (against) {
    variants['other build, code cache, plan open at start'] = () => serverStart(against, againstHome);
    variants['other build, code cache, plan opened 1 s after start'] = () => serverStart(against, againstHome, { openAfterMs: OPEN_AFTER_MS });
  }
  const names = ['node -e 0', ...Object.keys(variants)];
  const nodeSamples: number[] = [];
  const starts = new Map<string, Start[]>(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // The order rotates every round, so no variant always runs on a warmer machine.
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      if (name === 'node -e 0') nodeSamples.push(await nodeStart());
      else starts.get(name)!.push(await variants[name]());
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS}\r`);
  }
  rmSync(scratch, { recursive: true, force: true });

  const nodeMs = median(nodeSamples);
  const figures = Object.fromEntries(
    [...starts].map(([name, samples]) => {
      const openedLater = name.includes('opened');
      // Open at the start: spawn → diagnostics; opened later: the opening → diagnostics.
      const ms = samples.map((s) => (openedLater ? s.openedMs : s.diagnosticsMs));
      return [
        name,
        {
          medianMs: Math.round(median(ms)),
          vsNode: +(median(ms) / nodeMs).toFixed(2),
          initializedMs: Math.round(median(samples.map((s) => s.initializedMs))),
          samplesMs: ms.map(Math.round),
          startLog: samples.at(-1)?.startLog,
        },
      ];
    }),
  );
  console.log(
    JSON.stringify({
      plan: path.basename(planFile),
      rounds: ROUNDS,
      nodeMs: Math.round(nodeMs),
      cacheFiles,
      servers: figures,
      load: { start: loadAtStart, end: load() },
    }),
  );
}

main().then(
  () => setTimeout(() => process.exit(0), 100),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
