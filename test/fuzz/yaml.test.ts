// The front matter read in pieces (one per top-level entry and list item, core/parse/yaml) must
// give exactly what one read of the whole YAML gives: data, every location, comments, scalars;
// and errors exactly when the whole has errors.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWhole, readYaml } from '../../server/src/core/parse/yaml';
import type { YamlRead } from '../../server/src/core/parse/yamlRead';
import { mutatedPlan } from './plans';

const frontMatterOf = (text: string) => /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m.exec(text)?.[1] ?? '';
const comparable = (read: YamlRead) => ({ ...read, locations: [...read.locations] });

/** Equal; a broken document is broken both ways (where its errors and comments are may differ). */
function assertSameAsWhole(yaml: string) {
  const pieces = comparable(readYaml(yaml));
  const whole = comparable(readWhole(yaml));
  expect(pieces.syntaxErrors.length > 0).toBe(whole.syntaxErrors.length > 0);
  if (whole.syntaxErrors.length > 0) {
    expect([pieces.data, pieces.locations, pieces.scalars]).toEqual([undefined, [], []]);
  } else if (!isDeepStrictEqual(pieces, whole)) {
    expect(pieces).toEqual(whole);
  }
}

const LARGE = frontMatterOf(readFileSync('examples/large-ienw-2026-2030.iplan.md', 'utf8')).split('\n');
const awkward = fc.constantFrom(
  '', 'x', ' ', '  ', '#', ' # note', '- ', '  - ', '    - ', '- id: A99', '  - id: A99', 'kosten:', 'titel: Plan', 'titel: dubbel', '&a ', '*a', '<<: *a',
  '"', "'", '|', '>', '[', ']', '{', '}', ': ', '---', '...', '%YAML 1.2', '? ', '\t', '__proto__: x', 'a: &x 1', 'b: *x', '  naam: |', '      tekst',
);
const mutatedLarge = fc
  .array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('delete', 'duplicate', 'swap', 'insert', 'append'), awkward), { maxLength: 5 })
  .map((mutations) => {
    const lines = [...LARGE];
    for (const [a, b, kind, text] of mutations) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'duplicate') lines.splice(i, 0, lines[i]);
      else if (kind === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
      else if (kind === 'insert') lines.splice(i, 0, text);
      else lines[i] += text;
    }
    return lines.join('\n');
  });

const LARGE_RUNS = { numRuns: 100, seed: 7 };
const MUTATED = { numRuns: 300, seed: 3 };

describe('the front matter read in pieces', () => {
  it(`equals one read of the whole, for the large example mutated (seed ${LARGE_RUNS.seed}, ${LARGE_RUNS.numRuns} runs)`, () => {
    fc.assert(fc.property(mutatedLarge, assertSameAsWhole), LARGE_RUNS);
  }, 120_000);

  it(`equals one read of the whole, for the mutated plans of the core fuzz (seed ${MUTATED.seed}, ${MUTATED.numRuns} runs)`, () => {
    fc.assert(fc.property(mutatedPlan, (text) => assertSameAsWhole(frontMatterOf(text).replace(/\r(?!\n)/g, '\n'))), MUTATED);
  }, 120_000);

  it.each([
    ['lists at the margin', 'titel: P\nactiviteiten:\n- id: A1\n  naam: Een\n- id: A2\n  naam: Twee\nkosten: []\n'],
    ['lists indented, with comments and blank lines between items', 'titel: P\n# lijst\nactiviteiten:  # alle\n  # eerste\n  - id: A1\n\n    naam: Een\n# tussen\n  - id: A2\n    tags:\n      - a\n      - b\n'],
    ['a block scalar in an item', 'activiteiten:\n  - id: A1\n    tekst: |\n      - geen item\n      regel\n  - id: A2\n'],
    ['CRLF line endings', 'titel: P\r\nactiviteiten:\r\n  - id: A1\r\n  - id: A2\r\n'],
    ['an alias to another item (read whole)', 'activiteiten:\n  - &a\n    id: A1\n  - *a\n'],
    ['a duplicate top-level key (read whole)', 'titel: P\ntitel: Q\n'],
    ['a quoted scalar across an item line (read whole)', 'activiteiten:\n  - naam: "een\n  - twee"\n'],
    ['a half-typed key above its list', 'titel: P\nactiviteiten:x\n  - id: A1\n  - id: A2\n'],
    ['a scalar going on below its key, looking like items (read whole)', 'titel: P\nnaam: een\n  - twee\n  - drie\n'],
    ['a tag, an anchor and an empty key at the margin (read whole)', 'titel: P\n!\n  a: 1\n&x\n  b: 2\n: \n  c: 3\n'],
  ])('equals one read of the whole: %s', (_, yaml) => {
    assertSameAsWhole(yaml);
  });

  it('reports a half-typed key above a list where one read of the whole does', () => {
    const yaml = `titel: P\nactiviteiten:x\n${Array.from({ length: 20 }, (_, i) => `  - id: A${i}\n`).join('')}`;
    const read = readYaml(yaml);
    expect(read.syntaxErrors.length).toBeGreaterThan(0);
    // The error is where the key is, as the whole read puts it.
    expect(read.syntaxErrors[0].span[0]).toBe(readWhole(yaml).syntaxErrors[0].span[0]);
  });

  it('reads a list item by item, once per item content', () => {
    const yaml = `titel: P\nactiviteiten:\n${Array.from({ length: 50 }, (_, i) => `  - id: A${i}\n    naam: Activiteit ${i}\n`).join('')}`;
    const first = readYaml(yaml);
    const edited = readYaml(yaml.replace('Activiteit 7\n', 'Activiteit 7b\n'));
    expect((edited.data as { activiteiten: { naam: string }[] }).activiteiten[7].naam).toBe('Activiteit 7b');
    // Items that did not change are the very objects read before.
    expect((edited.data as { activiteiten: unknown[] }).activiteiten[8]).toBe((first.data as { activiteiten: unknown[] }).activiteiten[8]);
  });
});
