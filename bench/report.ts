// The HTML report against the check of the same plan, for plans with more and more cost entries
// (every entry a finding: a year outside the plan period). The report must grow as the check
// does: its time per entry, and its ratio to the check, stay flat when the plan grows sixteenfold.
// (Before the renderer placed findings by look-up, the 20,000-entry report did not finish in 120 s.)
//
//   node scripts/run-ts.mjs bench/report.ts [--runs 3]
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, defaultFramework, parse } from '../server/src/core';
import { renderReport } from '../server/src/render';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
const framework = defaultFramework();
const base = readFileSync(path.join(process.cwd(), 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');

function planWith(entries: number): string {
  const costs = Array.from(
    { length: entries },
    (_, i) => `  - jaar: ${2000 + (i % 100)}\n    vernieuwing: ${1000 + i}\n    beheer_en_onderhoud: ${2000 + i}\n`,
  ).join('');
  return base.replace(/^kosten:\n[\s\S]*?(?=^doelstellingen:)/m, `kosten:\n${costs}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows: string[][] = [['cost entries', 'findings', 'parse + check', 'HTML report', 'report / check', 'report per entry']];
for (const entries of [1_250, 5_000, 20_000]) {
  const text = planWith(entries);
  const checkTimes: number[] = [];
  const reportTimes: number[] = [];
  let findings = 0;
  let size = 0;
  for (let run = 0; run < runs; run++) {
    // A fresh parse each run: the renderer's views are memoized per plan.
    const start = performance.now();
    const plan = parse(`${text}\n<!-- ${run} -->\n`, framework);
    const found = check(plan, framework);
    const checked = performance.now();
    const html = renderReport([{ file: 'plan.iplan.md', findings: found, plan, framework }], { locale: 'nl', toolVersion: 'bench' });
    reportTimes.push(performance.now() - checked);
    checkTimes.push(checked - start);
    findings = found.length;
    size = html.length;
  }
  const checkMs = median(checkTimes);
  const reportMs = median(reportTimes);
  rows.push([
    entries.toLocaleString('en-GB'),
    findings.toLocaleString('en-GB'),
    `${checkMs.toFixed(0)} ms`,
    `${reportMs.toFixed(0)} ms (${(size / 1e6).toFixed(1)} MB)`,
    `${(reportMs / checkMs).toFixed(2)}×`,
    `${((reportMs / entries) * 1000).toFixed(0)} µs`,
  ]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log([line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
