// The part-wise parse the editor relies on equals one GFM parse of the whole body, for mutated
// plans too: same headings, blocks, tables (cells and offsets) and comments; also when every
// paragraph after a blank line starts a part (as in a part larger than LARGE_PART).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody, parsePart } from '../../server/src/core/parse/markdown';
import type { ParsedPart } from '../../server/src/core/parse/parts';
import { hostilePlan } from './hostileLines';
import { mutatedPlan } from './plans';

/** What the rules use of a parse, with offsets in the body (prose and block text vary with link definitions across parts). */
function shape(parts: { offset: number; parsed: ParsedPart }[]) {
  return parts.flatMap(({ offset, parsed }) => [
    ...parsed.headings.map((h) => `h${h.depth}@${h.start + offset}-${h.end + offset}:${h.text}`),
    ...parsed.blocks.map((b) => `${b.kind}@${b.start + offset}-${b.end + offset}`),
    ...parsed.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => `cell@${c.start + offset}-${c.end + offset}:${c.text}`))),
    ...parsed.comments.map((c) => `comment@${c.start + offset}:${c.text}`),
  ]).sort();
}

describe('part-wise parse = whole parse', () => {
  it('for 200 mutated plans (seed 3)', () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        const body = text.replace(/^\uFEFF/, '');
        expect(shape(parseBody(body, 0))).toEqual(shape([{ offset: 0, parsed: parsePart(body, { gfm: true }) }]));
      }),
      { numRuns: 200, seed: 3 },
    );
  }, 180_000);

  it('for 40 plans with a hostile line (seed 5), the budgets cutting the same way in parts as in the whole', () => {
    fc.assert(
      fc.property(hostilePlan(4000), (text) => {
        expect(shape(parseBody(text, 0))).toEqual(shape([{ offset: 0, parsed: parsePart(text, { gfm: true }) }]));
      }),
      { numRuns: 40, seed: 5 },
    );
  }, 180_000);

  it('for 200 mutated plans (seed 4), cut at every paragraph after a blank line as a large part is', () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        const body = text.replace(/^\uFEFF/, '');
        expect(shape(parseBody(body, 0, undefined, 0))).toEqual(shape([{ offset: 0, parsed: parsePart(body, { gfm: true }) }]));
      }),
      { numRuns: 200, seed: 4 },
    );
  }, 180_000);

  it('for 40 plans with a hostile line (seed 6), cut at every paragraph after a blank line as a large part is', () => {
    fc.assert(
      fc.property(hostilePlan(4000), (text) => {
        expect(shape(parseBody(text, 0, undefined, 0))).toEqual(shape([{ offset: 0, parsed: parsePart(text, { gfm: true }) }]));
      }),
      { numRuns: 40, seed: 6 },
    );
  }, 180_000);
});
