#!/usr/bin/env node
// `npm run bench`: iplan against markdownlint-cli2 on the same deterministic corpus, side by side
// and alternating; the CLI's latency against Node's start-up (latency.mjs); in-process and
// language-server figures. The CLI and the server measured are the production build, as the
// package ships them. Prints a table with the load average and writes bench/results.json. Not
// part of the test suite: figures, not assertions.
//
//   node bench/run.mjs [--plans 1000] [--runs 5] [--latency-runs 15] [--preview-edits 40] [--first-diagnostics-rounds 9] [--skip-lsp] [--skip-pathological]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeCorpus } from './corpus.mjs';
import { largePlan, latencyRows, load, measureLatency } from './latency.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const PLANS = Number(arg('plans', 1000));
const RUNS = Number(arg('runs', 5));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const work = mkdtempSync(join(tmpdir(), 'iplan-bench-'));
const dist = join(work, 'dist');
execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', dist], { stdio: 'inherit' });
const loadAtStart = load();
const corpus = join(work, 'corpus');
writeCorpus(corpus, PLANS);
const cacheFile = join(work, 'iplan-cache.json');

const node = process.execPath;
const commands = {
  'iplan cold': [node, join(dist, 'cli.js'), '--format', 'json', corpus],
  'iplan warm (--cache)': [node, join(dist, 'cli.js'), '--format', 'json', '--cache', '--cache-location', cacheFile, corpus],
  'markdownlint-cli2': [node, join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${corpus}/**/*.md`],
};

function time([command, ...args]) {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

console.log(`corpus: ${PLANS} plans in ${corpus}; ${RUNS} alternating rounds; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);
time(commands['iplan warm (--cache)']); // prime the cache once
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const names = Object.keys(commands);
for (let round = 0; round < RUNS; round++) {
  // Rotate the order each round so no command always runs on a warmer machine.
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length];
    samples[name].push(time(commands[name]));
  }
  process.stdout.write(`round ${round + 1}/${RUNS}\r`);
}
const cli = Object.fromEntries(names.map((name) => [name, { medianMs: Math.round(median(samples[name])), samplesMs: samples[name].map(Math.round) }]));
const baseline = cli['markdownlint-cli2'].medianMs;

// The CLI on one plan and on a 5,000-line plan against `node -e 0`; warm --cache over 300 plans.
const latency = measureLatency({ cli: join(dist, 'cli.js'), work, runs: Number(arg('latency-runs', 15)) });

// In-process: a 5,000-line plan.
const big = largePlan();
const bigFile = join(work, 'plan-5000.iplan.md');
writeFileSync(bigFile, big);
const inprocessBundle = join(work, 'inprocess.cjs');
await build({ entryPoints: [join(ROOT, 'bench', 'inprocess.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: inprocessBundle, logLevel: 'warning', define: { 'import.meta.url': '""' } });
const inprocess = JSON.parse(execFileSync(node, [inprocessBundle, bigFile, '50'], { encoding: 'utf8' }));

// One line of work per size: hostile lines against benign lines of the same length.
const hostileBundle = join(work, 'hostile.cjs');
await build({
  stdin: { contents: "import { measureHostileLines } from './bench/hostile.ts'; console.log(JSON.stringify(measureHostileLines()));", resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: hostileBundle,
  logLevel: 'warning',
});
const hostileLines = JSON.parse(execFileSync(node, [hostileBundle], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));

let lsp;
const lspScript = join(ROOT, 'bench', 'lsp.ts');
if (!process.argv.includes('--skip-lsp') && existsSync(lspScript)) {
  const lspBundle = join(work, 'lsp.cjs');
  await build({ entryPoints: [lspScript], bundle: true, platform: 'node', format: 'cjs', outfile: lspBundle, logLevel: 'warning' });
  const lspArgs = [lspBundle, join(dist, 'server.js'), bigFile, corpus, ...(process.argv.includes('--skip-pathological') ? ['--skip-pathological'] : [])];
  lsp = JSON.parse(execFileSync(node, lspArgs, { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

// The preview: edit → updated page of the 5,000-line plan through the server, against 50 ms.
let preview;
if (!process.argv.includes('--skip-lsp')) {
  const previewBundle = join(work, 'preview.cjs');
  await build({ entryPoints: [join(ROOT, 'bench', 'preview.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: previewBundle, logLevel: 'warning', define: { 'import.meta.url': '""' } });
  preview = JSON.parse(execFileSync(node, [previewBundle, join(dist, 'server.js'), bigFile, arg('preview-edits', '40')], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

// Server start → first diagnostics of a plan open at the start, and a plan's opening a second
// after the start → its diagnostics; without and with the code cache, against `node -e 0`.
let firstDiagnostics;
if (!process.argv.includes('--skip-lsp')) {
  const firstBundle = join(work, 'first-diagnostics.cjs');
  await build({ entryPoints: [join(ROOT, 'bench', 'firstDiagnostics.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: firstBundle, logLevel: 'warning' });
  const plan = join(ROOT, 'examples', 'defect-sections.iplan.md');
  firstDiagnostics = JSON.parse(execFileSync(node, [firstBundle, join(dist, 'server.js'), plan, '--rounds', arg('first-diagnostics-rounds', '9')], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  load: { start: loadAtStart, end: load() },
  plans: PLANS,
  runs: RUNS,
  cli,
  latency,
  ratios: {
    coldVsMarkdownlint: +(baseline / cli['iplan cold'].medianMs).toFixed(2),
    warmVsMarkdownlint: +(baseline / cli['iplan warm (--cache)'].medianMs).toFixed(1),
  },
  inprocess,
  hostileLines,
  lsp,
  preview,
  firstDiagnostics,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });

const ms = (v) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const rows = [
  ['measure', 'figure', 'target'],
  [`CLI, ${PLANS} plans: markdownlint-cli2 (defaults), median`, ms(baseline), 'baseline'],
  [`CLI, ${PLANS} plans: iplan cold, median`, `${ms(cli['iplan cold'].medianMs)} (${results.ratios.coldVsMarkdownlint}× faster)`, '≥ 3×'],
  [`CLI, ${PLANS} plans: iplan warm --cache, median`, `${ms(cli['iplan warm (--cache)'].medianMs)} (${results.ratios.warmVsMarkdownlint}× faster)`, '≥ 20×'],
  ...latencyRows(latency),
  [`${inprocess.lines}-line plan: parse, median / p95`, `${ms(inprocess.parseCold.median)} / ${ms(inprocess.parseCold.p95)}`, ''],
  [`${inprocess.lines}-line plan: check, median / p95`, `${ms(inprocess.check.median)} / ${ms(inprocess.check.p95)}`, ''],
  [`${inprocess.lines}-line plan: re-parse + check after a 1-char edit, median / p95`, `${ms(inprocess.editParseAndCheck.median)} / ${ms(inprocess.editParseAndCheck.p95)}`, ''],
  [`${inprocess.lines}-line plan: whole-body remark+GFM parse (reference), median`, ms(inprocess.wholeBodyGfmParse.median), ''],
  [`${inprocess.lines}-line plan: the preview's render of the checked plan, median`, ms(inprocess.previewRender.median), ''],
  [
    `one hostile line vs a benign one, worst of ${hostileLines.figures.length} (${hostileLines.worst.shape}, ${hostileLines.worst.length} chars)`,
    `×${hostileLines.worst.ratio} (${ms(hostileLines.worst.hostileMs)} / ${ms(hostileLines.worst.benignMs)})`,
    '',
  ],
];
if (lsp) {
  rows.push(
    [`LSP over stdio: edit → publishDiagnostics, p50 / p95 (${lsp.edits} edits anywhere)`, `${ms(lsp.latency.p50)} / ${ms(lsp.latency.p95)}`, 'p95 ≤ 50 ms'],
    [`  of which ${lsp.bodyEdits.count} in the body, p50 / p95`, `${ms(lsp.bodyEdits.p50)} / ${ms(lsp.bodyEdits.p95)}`, ''],
    [`  of which ${lsp.frontMatterEdits.count} in the front matter, p50 / p95`, `${ms(lsp.frontMatterEdits.p50)} / ${ms(lsp.frontMatterEdits.p95)}`, ''],
    [`LSP: resident memory with ${lsp.openPlans} plans open`, `${lsp.memoryMb} MB`, '≤ 200 MB'],
  );
  const huge = (figures, shape) => `${figures.lines.toLocaleString('en')}-line plan (${(figures.bytes / 1e6).toFixed(1)} MB) of ${shape}`;
  const pathological = !lsp.pathological ? [] : [
    [huge(lsp.pathological.hugeParagraph, 'short lines in one paragraph'), lsp.pathological.hugeParagraph],
    [huge(lsp.pathological.hugeParagraphs, 'one-line paragraphs'), lsp.pathological.hugeParagraphs],
    ['plan with one hostile line (`*_` × 50,000)', lsp.pathological.hostileLine],
  ];
  for (const [name, figures] of pathological) {
    const hover = figures.hoverDuringCheck;
    rows.push(
      [
        `LSP: hover while it checks a ${name}, p50 / p95 (${hover.count} hovers, ${hover.answered ?? 0} with an answer)`,
        hover.count > 0 ? `${ms(hover.p50)} / ${ms(hover.p95)}` : 'no hover fell in a check',
        'p95 ≤ 100 ms',
      ],
      [`  its checks: open → diagnostics, then two edits`, figures.checks.map((c) => `${ms(c.ms)} (${c.findings.join(', ') || 'none'})`).join('; '), ''],
      [`  hover after the check, median; server memory peak / idle`, `${ms(figures.hoverAfterCheckMs)}; ${figures.peakMb} MB / ${figures.idleMb} MB`, ''],
    );
  }
}
if (preview) {
  const { edits } = preview;
  rows.push(
    [
      `LSP: edit → updated preview of the ${preview.lines}-line plan, p50 / p95 (${edits.count} edits${edits.missing ? `, ${edits.missing} without a page` : ''})`,
      edits.count > 0 ? `${ms(edits.p50)} / ${ms(edits.p95)} (p95 ${edits.p95VsTarget}× the target)` : 'no page arrived',
      `p95 ≤ ${preview.targetMs} ms`,
    ],
    [`  the same edits answered with the whole page each time (before patches), p50 / p95`, `${ms(preview.wholePageEdits.p50)} / ${ms(preview.wholePageEdits.p95)}`, ''],
    [`  the first page after opening it; the whole text rendered at once (before parts were kept), median`, `${ms(preview.firstPageMs)}; ${ms(preview.wholeRenderMs)}`, ''],
  );
}
if (firstDiagnostics) {
  const { servers, nodeMs } = firstDiagnostics;
  for (const [name, figures] of Object.entries(servers)) {
    const what = name.includes('opened') ? `LSP: a plan's opening 1 s after the start → its diagnostics (${name.split(',')[0]})` : `LSP: server start → first diagnostics of a plan open at the start (${name.split(',')[0]})`;
    rows.push([what, `${ms(figures.medianMs)} (${figures.vsNode}× node -e 0, ${ms(nodeMs)})`, '']);
  }
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(['', line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
console.log(`\nload average (1, 5, 15 min): ${results.load.start} at the start, ${results.load.end} at the end; ${availableParallelism()} cores`);
