// In-process figures for one large plan: parse and check times (median, p95 over N runs), the
// incremental re-parse after a one-character edit, and the preview's render of the checked plan.
// Printed as JSON for bench/run.mjs.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { check, defaultFramework, parse } from '../server/src/core';
import { parsePart } from '../server/src/core/parse/markdown';
import { renderPlan } from '../server/src/render';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 50);
const text = readFileSync(file, 'utf8');
const framework = defaultFramework();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const summary = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) });

// Cold parses: a fresh variant of the text each run, so no part is reused from the cache.
const cold: number[] = [];
const checks: number[] = [];
for (let i = 0; i < runs; i++) {
  // Every part of the body starts at a heading: numbering each heading changes every part.
  const variant = text.replace(/^titel: .*$/m, (line) => `${line} ${i}`).replace(/^(#{1,6} .*)$/gm, `$1 ${i}`);
  const start = performance.now();
  const plan = parse(variant, framework);
  const parsed = performance.now();
  check(plan, framework);
  cold.push(parsed - start);
  checks.push(performance.now() - parsed);
}

// Warm: the same document with one character changed in one section, as the editor sees it.
parse(text, framework);
const warm: number[] = [];
const lines = text.split('\n');
for (let i = 0; i < runs; i++) {
  const at = 200 + ((i * 97) % (lines.length - 400));
  const edited = [...lines];
  edited[at] = `${edited[at]}${String.fromCharCode(97 + (i % 26))}`;
  const start = performance.now();
  check(parse(edited.join('\n'), framework), framework);
  warm.push(performance.now() - start);
}

// The reference the design note quotes: remark + GFM over the whole body at once.
const whole: number[] = [];
for (let i = 0; i < Math.min(runs, 10); i++) {
  const start = performance.now();
  parsePart(`${text}\n<!-- ${i} -->`, { gfm: true });
  whole.push(performance.now() - start);
}

// The preview's page of the checked plan, as the server's worker renders it after each edit.
const renders: number[] = [];
const checkedPlan = parse(text, framework);
const findings = check(checkedPlan, framework);
for (let i = 0; i < Math.min(runs, 5); i++) {
  const start = performance.now();
  renderPlan(checkedPlan, findings, framework, { locale: 'nl', mode: 'preview', documentUri: 'file:///plan.iplan.md', docsUri: () => undefined });
  renders.push(performance.now() - start);
}

console.log(
  JSON.stringify({
    previewRender: summary(renders),
    lines: lines.length,
    parseCold: summary(cold),
    check: summary(checks),
    editParseAndCheck: summary(warm),
    wholeBodyGfmParse: summary(whole),
  }),
);
