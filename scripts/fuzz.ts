// `npm run fuzz [cases] [seed]`: the core's properties over many mutated plans, then a fifth as
// many plans with prototype names as keys and values, a tenth as many plans with one hostile
// line of up to 30,000 characters, a fifth as many generated tables read by the fast table
// reader and by micromark, and a fiftieth as many folder trees full of special files (FIFOs,
// links of every kind, sparse files) walked, read and checked; with cases per second and, on
// failure, the counterexample fast-check shrank. Last, one line of work per size: each hostile
// shape against a benign line of the same length, and the worst ratio of their times.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { measureHostileLines } from '../bench/hostile';
import { prototypeNamedPlan } from '../test/fuzz/hostile';
import { hostilePlan } from '../test/fuzz/hostileLines';
import { assertSound, mutatedPlan, seeds } from '../test/fuzz/plans';
import { assertTablesAsGfm, tablesInContext } from '../test/fuzz/tables';
import { assertTreeSound, specialTree } from '../test/fuzz/trees';

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);

function run<T>(what: string, arbitrary: fc.Arbitrary<T>, assert: (value: T) => void, numRuns: number): void {
  console.log(`fuzzing ${numRuns.toLocaleString('en')} ${what}, seed ${seed}`);
  const start = performance.now();
  let done = 0;
  const result = fc.check(
    fc.property(arbitrary, (value) => {
      assert(value);
      if (++done % 5000 === 0) process.stdout.write(`  ${done.toLocaleString('en')} cases, ${Math.round(done / ((performance.now() - start) / 1000))}/s\n`);
    }),
    { numRuns, seed },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.failed) {
    console.log(fc.defaultReportMessage(result));
    process.exit(1);
  }
  console.log(`${result.numRuns.toLocaleString('en')} ${what} clean in ${seconds.toFixed(1)} s (${Math.round(result.numRuns / seconds)} cases/s), seed ${seed}`);
}

run('mutated plans', mutatedPlan, assertSound, cases);
run('plans with prototype names as keys and values', prototypeNamedPlan(seeds), assertSound, Math.ceil(cases / 5));
run('plans with a hostile line', hostilePlan(30_000), assertSound, Math.ceil(cases / 10));
run('generated tables', tablesInContext, assertTablesAsGfm, Math.ceil(cases / 5));
run('folder trees with special files', specialTree, assertTreeSound, Math.ceil(cases / 50));

console.log('\none line of work per size (CPU time of parse + check, hostile vs benign line of equal length, medians of 5)');
console.log(`${'shape'.padEnd(46)} ${'length'.padStart(7)}  ${'hostile'.padStart(12)}  ${'benign'.padStart(11)}  ratio`);
const { worst } = measureHostileLines({ log: console.log });
console.log(`\nworst ratio ×${worst.ratio.toFixed(2)}: ${worst.shape} (${worst.placement}), ${worst.length.toLocaleString('en')} characters, ${worst.hostileMs} ms against ${worst.benignMs} ms`);
