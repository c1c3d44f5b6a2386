// The reader for plain front matter (core/parse/plainYaml) must give exactly what the yaml
// package's read (readWhole) gives, wherever it reads at all: data, every location (in order),
// comments, string scalars. Over the examples' and the corpus's front matter, each cut into the
// pieces yaml.ts reads, over generated front matter of the plain shape and near it, and over the
// large example mutated.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../server/src/core/parse/plainYaml';
import { readWhole } from '../../server/src/core/parse/yaml';
import type { YamlRead } from '../../server/src/core/parse/yamlRead';
import { mutatedPlan } from './plans';

const frontMatterOf = (text: string) => /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m.exec(text)?.[1] ?? '';
const comparable = (read: YamlRead) => ({ ...read, locations: [...read.locations] });

/** True when the plain reader read it (and then it must equal the whole read). */
function assertSameAsWhole(yaml: string): boolean {
  const plain = readPlainYaml(yaml);
  if (!plain) return false;
  const whole = comparable(readWhole(yaml));
  if (!isDeepStrictEqual(comparable(plain), whole)) expect({ yaml, read: comparable(plain) }).toEqual({ yaml, read: whole });
  return true;
}

const plansIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.iplan.md'))
    .map((name) => ({ name, yaml: frontMatterOf(readFileSync(path.join(folder, name), 'utf8')) }))
    .filter(({ yaml }) => yaml !== '');
const PLANS = [...plansIn(path.resolve('examples')), ...plansIn(path.resolve('test', 'corpus'))];

/** The YAML cut where yaml.ts cuts it: before each line at the margin and each list item line. */
function pieces(yaml: string): string[] {
  const lines = yaml.split(/(?<=\n)/);
  const cuts: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && /^(?:\S| *- )/.test(line)) {
      cuts.push(current);
      current = '';
    }
    current += line;
  }
  return [...cuts, current];
}

describe('the reader for plain front matter', () => {
  it.each(PLANS.map(({ name, yaml }) => [name, yaml]))('reads the front matter of %s, whole and in pieces, as the yaml package does', (_, yaml) => {
    assertSameAsWhole(yaml);
    const read = pieces(yaml).map(assertSameAsWhole);
    // Most of it has the plain shape (so this compares something).
    expect(read.filter(Boolean).length).toBeGreaterThan(read.length / 2);
  });

  it('reads the large example whole', () => {
    expect(assertSameAsWhole(frontMatterOf(readFileSync('examples/large-ienw-2026-2030.iplan.md', 'utf8')))).toBe(true);
  });

  it('reads a key named __proto__ as an own key, as the yaml package does, never as the prototype', () => {
    for (const yaml of ['__proto__: x\n', '__proto__:\n  iplan: x\n', 'a: { __proto__: 1 }\n', 'a:\n  - __proto__:\n      b: 1\n']) {
      const plain = readPlainYaml(yaml);
      if (plain) assertSameAsWhole(yaml);
      const data = (plain ?? readWhole(yaml)).data as Record<string, unknown>;
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect(JSON.stringify(data)).toContain('__proto__');
    }
  });

  const key = fc.oneof(
    { arbitrary: fc.constantFrom('titel', 'id', 'naam', 'x-opsteller', 'a_b', 'kosten', 'jaar', 'k2', '_x', 'dubbel'), weight: 5 },
    { arbitrary: fc.constantFrom('true', 'null', 'Null', 'a b', '"q"', '1'), weight: 1 },
  );
  const common = fc.constantFrom('Plan', 'I in het hart', '2026', '"Een titel"', "'x'", '["a", "b"]', '{ van: 2026, tot: 2030 }', '~', '');
  const awkwardScalar = fc.constantFrom(
    'Plan', 'I in het hart', 'a, b', 'a #b', 'a # c', 'a#b', 'x:y', 'a: b', 'a:', 'ééé', '2026', '-5', '+5', '007', '0o17', '0x1F', '0x1g', '1.50', '.5', '1e3', '1.2E-3', '.inf', '-.Inf', '.nan', '.NaN',
    '~', 'null', 'NULL', 'nULL', 'true', 'False', 'TRUE', 'yes', 'on', '"x"', '"a \\" b"', '"a \\n"', '""', "''", "'it''s'", "'a'b'", '"open', "'open", '[]', '[ ]', '[a, b]', '["a", "b c"]', "['a', b]",
    '[a,]', '[a, [b]]', '[a: b]', '[a #b]', '[ "x" , y ]', '[1, 2.5, true, ~]', '{a: 1}', '&a x', '*a', '!t x', '|', '>', '%x', '@x', '`x', '? x', 'a [b] {c}', 'x   ', '"x"  # c', '"x"# c', '"x" y',
    '{}', '{ }', '{a: 1}', '{ a: 1, b: "x" }', '{ a: 1, a: 2 }', '{ a: [b] }', '{ a: {b: 1} }', '{ a: 1, }', '{ a }', '{ a: }', '{a:1}', '{ "a": 1 }', '{ a: b c , d: e}', '{ a: 1 } x', '{ a: 1 }  # c',
  );
  const scalar = fc.oneof({ arbitrary: common, weight: 6 }, { arbitrary: awkwardScalar, weight: 1 });
  type Tree = { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] } | { kind: 'scalar'; text: string };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'xsmall', withCrossShrink: true },
      scalar.map((text): Tree => ({ kind: 'scalar', text })),
      fc.uniqueArray(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((entries): Tree => ({ kind: 'map', entries })),
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ kind: 'seq', items })),
    ),
  })).tree;
  interface Style {
    indent: number;
    sameIndentSeq: boolean;
    comment: string;
    blank: boolean;
    gap: string;
  }
  const style: fc.Arbitrary<Style> = fc.record({ indent: fc.constantFrom(1, 2, 3, 4), sameIndentSeq: fc.boolean(), comment: fc.constantFrom('', '', '  # noot', ' #', '#x'), blank: fc.boolean(), gap: fc.constantFrom(' ', '  ') });

  /** Writes a tree as block YAML. */
  function write(node: Tree & { kind: 'map' | 'seq' }, s: Style, at = 0): string {
    const pad = ' '.repeat(at);
    const value = (child: Tree, head: string, column: number): string => {
      if (child.kind === 'scalar') return `${head}${s.gap}${child.text}${s.comment}\n`;
      const inner = child.kind === 'seq' && s.sameIndentSeq ? column : column + s.indent;
      return `${head}${s.comment}\n${s.blank ? '\n' : ''}${write(child, s, inner)}`;
    };
    if (node.kind === 'map') return node.entries.map(([k, child]) => value(child, `${pad}${k}:`, at)).join('');
    return node.items
      .map((item) => (item.kind === 'map' ? write(item, s, at + 2).replace(/^ */, `${pad}- `) : value(item, `${pad}-`, at + 2)))
      .join('');
  }

  it('reads generated front matter as the yaml package does (seed 11, 5,000 runs), reading an eighth of it or more', () => {
    let read = 0;
    const root = fc.oneof(
      fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 5, selector: ([k]) => k }).map((entries): Tree & { kind: 'map' } => ({ kind: 'map', entries })),
      fc.array(tree, { minLength: 1, maxLength: 4 }).map((items): Tree & { kind: 'seq' } => ({ kind: 'seq', items })),
    );
    fc.assert(
      fc.property(root, style, fc.constantFrom(0, 2), fc.constantFrom('', '# kop\n', '\n'), (node, s, at, head) => {
        if (assertSameAsWhole(head + write(node, s, at))) read++;
      }),
      { numRuns: 5000, seed: 11 },
    );
    expect(read).toBeGreaterThan(600);
  }, 120_000);

  const LARGE = frontMatterOf(readFileSync('examples/large-ienw-2026-2030.iplan.md', 'utf8')).split('\n');
  const awkward = fc.constantFrom('', 'x', ' ', '  ', '#', ' # note', '- ', '  - ', '    - ', '- id: A99', '  - id: A99', 'kosten:', 'titel: dubbel', '&a ', '*a', '"', "'", '|', '[', ']', ': ', '---', '? ', '\t', '__proto__: x', '  naam: |');
  const mutatedLarge = fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'insert', 'append'), awkward), { maxLength: 4 }).map((mutations) => {
    const lines = [...LARGE];
    for (const [a, kind, text] of mutations) {
      const i = a % lines.length;
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'duplicate') lines.splice(i, 0, lines[i]);
      else if (kind === 'insert') lines.splice(i, 0, text);
      else lines[i] += text;
    }
    return lines.join('\n');
  });

  it('reads the large example mutated, and the mutated plans of the core fuzz, as the yaml package does (seeds 5 and 6)', () => {
    fc.assert(fc.property(mutatedLarge, (yaml) => void pieces(yaml).concat(yaml).forEach(assertSameAsWhole)), { numRuns: 60, seed: 5 });
    fc.assert(fc.property(mutatedPlan, (text) => void assertSameAsWhole(frontMatterOf(text).replace(/\r(?!\n)/g, '\n'))), { numRuns: 300, seed: 6 });
  }, 120_000);
});
