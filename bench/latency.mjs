// What a user feels of the CLI: one run on one plan, set against Node's own start-up (`node -e 0`)
// on the same machine, alternating, medians; and a warm `--cache` run over unchanged plans against
// markdownlint-cli2 on the same plans. Ratios, not milliseconds: the machine may be shared.
// Used by bench/run.mjs; on its own (quicker, without the corpus of 1,000 and the server):
//   node bench/latency.mjs [--runs 15] [--cache-plans 300] [--cli <dist/cli.js>]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The 5,000-line plan: the large example grown with copies of its first section as appendices. */
export function largePlan() {
  const large = readFileSync(join(ROOT, 'examples', 'large-ienw-2026-2030.iplan.md'), 'utf8');
  const first = large.indexOf('\n## ');
  const fillerSection = large.slice(first, large.indexOf('\n## ', first + 1));
  let big = large;
  while (big.split('\n').length < 5000) big += `\n### Bijlage\n${fillerSection.replace(/^## .*$/m, '').replace(/^#+ /gm, '#### ')}`;
  return big;
}

/** The load average now, as printed beside the figures. */
export const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');

/** Wall time of a child process, from spawn to exit (output read and dropped). */
function time([command, ...args], cwd) {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return ms;
}

/** Runs the commands `runs` times each, the order rotated every round; the samples per name. */
export function alternate(commands, runs, cwd) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      samples[name].push(time(commands[name], cwd));
    }
  }
  return samples;
}

const summarize = (samples) => ({ medianMs: Math.round(median(samples)), samplesMs: samples.map(Math.round) });

/**
 * `cli`: the built dist/cli.js to measure; `work`: a scratch folder. Returns the medians, the
 * ratios and the load average before and after.
 */
export function measureLatency({ cli, work, runs = 15, cachePlans = 300, cacheRuns = 5 }) {
  const node = process.execPath;
  const onePlan = join(work, 'one', 'bzk-2026-2029.iplan.md');
  const bigPlan = join(work, 'big', 'plan-5000.iplan.md');
  // Each in a folder of its own: a run on a folder would check whatever else lies there.
  for (const folder of ['one', 'big']) mkdirSync(join(work, folder), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), onePlan);
  writeFileSync(bigPlan, largePlan());
  const loadBefore = load();

  const startup = alternate(
    {
      'node -e 0': [node, '-e', '0'],
      'iplan, one plan': [node, cli, onePlan],
      'iplan, 5,000-line plan': [node, cli, bigPlan],
    },
    runs,
    work,
  );
  const nodeMs = median(startup['node -e 0']);

  const corpus = join(work, `corpus-${cachePlans}`);
  rmSync(corpus, { recursive: true, force: true });
  writeCorpus(corpus, cachePlans);
  const cacheFile = join(work, `cache-${cachePlans}.json`);
  rmSync(cacheFile, { force: true });
  const warm = [node, cli, '--format', 'json', '--cache', '--cache-location', cacheFile, corpus];
  time(warm, work); // fills the cache
  const cached = alternate(
    {
      'iplan warm --cache': warm,
      'markdownlint-cli2': [node, join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${corpus}/**/*.md`],
    },
    cacheRuns,
    work,
  );

  const ratio = (ms, digits = 2) => +(ms / nodeMs).toFixed(digits);
  return {
    load: { before: loadBefore, after: load() },
    runs,
    nodeStartup: summarize(startup['node -e 0']),
    onePlan: { ...summarize(startup['iplan, one plan']), ratio: ratio(median(startup['iplan, one plan'])) },
    largePlan: { lines: largePlan().split('\n').length, ...summarize(startup['iplan, 5,000-line plan']), ratio: ratio(median(startup['iplan, 5,000-line plan'])) },
    warmCache: {
      plans: cachePlans,
      runs: cacheRuns,
      iplan: summarize(cached['iplan warm --cache']),
      markdownlint: summarize(cached['markdownlint-cli2']),
      fasterBy: +(median(cached['markdownlint-cli2']) / median(cached['iplan warm --cache'])).toFixed(1),
    },
  };
}

/** The rows bench/run.mjs and the command line print. */
export function latencyRows(latency) {
  const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
  return [
    ['node -e 0 (Node start-up, the baseline), median', ms(latency.nodeStartup.medianMs), 'baseline'],
    ['CLI, one ordinary plan (388 lines), median', `${ms(latency.onePlan.medianMs)} (${latency.onePlan.ratio}× Node's start-up)`, '≤ 2.0×'],
    [`CLI, one ${latency.largePlan.lines.toLocaleString('en')}-line plan, median`, `${ms(latency.largePlan.medianMs)} (${latency.largePlan.ratio}× Node's start-up)`, '≤ 4.0×'],
    [
      `CLI, warm --cache, ${latency.warmCache.plans} unchanged plans: iplan / markdownlint-cli2, medians`,
      `${ms(latency.warmCache.iplan.medianMs)} / ${ms(latency.warmCache.markdownlint.medianMs)} (${latency.warmCache.fasterBy}× faster)`,
      '≥ 30×',
    ],
  ];
}

export function printRows(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(['', line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const work = mkdtempSync(join(tmpdir(), 'iplan-latency-'));
  let cli = arg('cli');
  if (!cli) {
    // As the package ships it: the production build.
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', join(work, 'dist')], { stdio: 'inherit' });
    cli = join(work, 'dist', 'cli.js');
  }
  try {
    const latency = measureLatency({ cli, work, runs: Number(arg('runs', 15)), cachePlans: Number(arg('cache-plans', 300)), cacheRuns: Number(arg('cache-runs', 5)) });
    printRows([['measure', 'figure', 'target'], ...latencyRows(latency)]);
    console.log(`\nload average (1, 5, 15 min): ${latency.load.before} before, ${latency.load.after} after; ${latency.runs} alternating rounds`);
    if (process.argv.includes('--json')) console.log(JSON.stringify(latency));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
