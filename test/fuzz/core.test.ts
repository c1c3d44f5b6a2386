// Property tests over mutated plans: the check never throws, ranges stay inside the document,
// the same input gives the same findings and blank lines at the end change nothing. A bounded,
// seeded run here; `npm run fuzz` runs 100,000 cases.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { prototypeNamedPlan } from './hostile';
import { assertSound, mutatedPlan, seeds } from './plans';

// The titles are made from these, so they say what runs.
const MUTATED = { numRuns: 250, seed: 42 };
const PROTOTYPE_NAMED = { numRuns: 150, seed: 17 };
const ARBITRARY = { numRuns: 300, seed: 7 };

describe('fuzzing the core', () => {
  it(`holds for ${MUTATED.numRuns} mutated plans (seed ${MUTATED.seed})`, () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        assertSound(text);
      }),
      MUTATED,
    );
  }, 180_000);

  it(`holds for ${PROTOTYPE_NAMED.numRuns} plans with prototype names (\`constructor\`, \`__proto__\`, …) as keys and values (seed ${PROTOTYPE_NAMED.seed})`, () => {
    fc.assert(
      fc.property(prototypeNamedPlan(seeds), (text) => {
        assertSound(text);
      }),
      PROTOTYPE_NAMED,
    );
  }, 180_000);

  it(`holds for ${ARBITRARY.numRuns} arbitrary texts, front matter or not (seed ${ARBITRARY.seed})`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (text, withMarker) => {
        assertSound(withMarker ? `---\niplan: x\n${text}` : text);
      }),
      ARBITRARY,
    );
  }, 180_000);
});
