// Property test over generated folder trees with special files (see trees.ts). A bounded, seeded
// run here; `npm run fuzz` runs more.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertTreeSound, specialTree } from './trees';

describe('fuzzing trees of special files', () => {
  it('the CLI and server walks find the regular Markdown files only, and each is read and checked (seed 23)', () => {
    fc.assert(fc.property(specialTree, assertTreeSound), { numRuns: 60, seed: 23 });
  }, 180_000);
});
