// Property tests over mutated plans: the check never throws, ranges stay inside the document,
// the same input gives the same findings and blank lines at the end change nothing. A bounded,
// seeded run here; `npm run fuzz` runs 100,000 cases.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { prototypeNamedPlan } from './hostile';
import { assertSound, mutatedPlan, seeds } from './plans';

describe('fuzzing the core', () => {
  it('holds for 300 mutated plans (seed 42)', () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        assertSound(text);
      }),
      { numRuns: 250, seed: 42 },
    );
  }, 180_000);

  it('holds with prototype names (`constructor`, `__proto__`, …) as keys and values (seed 17)', () => {
    fc.assert(
      fc.property(prototypeNamedPlan(seeds), (text) => {
        assertSound(text);
      }),
      { numRuns: 150, seed: 17 },
    );
  }, 180_000);

  it('holds for arbitrary text, front matter or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (text, withMarker) => {
        assertSound(withMarker ? `---\niplan: x\n${text}` : text);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 180_000);
});
