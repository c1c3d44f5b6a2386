// `npm run fuzz [cases] [seed]`: the core's properties over many mutated plans, with cases per
// second and, on failure, the counterexample fast-check shrank.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { assertSound, mutatedPlan } from '../test/fuzz/plans';

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
console.log(`fuzzing ${cases.toLocaleString('en')} mutated plans, seed ${seed}`);
const start = performance.now();
let done = 0;
const result = fc.check(
  fc.property(mutatedPlan, (text) => {
    assertSound(text);
    if (++done % 5000 === 0) process.stdout.write(`  ${done.toLocaleString('en')} cases, ${Math.round(done / ((performance.now() - start) / 1000))}/s\n`);
  }),
  { numRuns: cases, seed },
);
const seconds = (performance.now() - start) / 1000;
if (result.failed) {
  console.log(fc.defaultReportMessage(result));
  process.exit(1);
}
console.log(`${result.numRuns.toLocaleString('en')} cases clean in ${seconds.toFixed(1)} s (${Math.round(result.numRuns / seconds)} cases/s), seed ${seed}`);
