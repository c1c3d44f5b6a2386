// The suppressions file in-process: reading and validating, applying counts, what matches
// nothing, suppressing, pruning and the sorted text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FILES } from '../../server/src/node/nodeFiles';
import { applySuppressions, Suppressions, SuppressionsError } from '../../server/src/node/suppressions';

const folder = mkdtempSync(path.join(tmpdir(), 'iplan-suppressions-'));
const location = path.join(folder, 'iplan-suppressions.json');
const at = (key: string) => path.join(folder, key);
const findings = (...ruleIds: string[]) => ruleIds.map((ruleId, index) => ({ ruleId, index }));

function read(content: string): Suppressions {
  writeFileSync(location, content);
  return Suppressions.read(location, NODE_FILES);
}

function problem(content: string): { pointer: string; detail: string } {
  try {
    read(content);
  } catch (error) {
    expect(error).toBeInstanceOf(SuppressionsError);
    const { file, pointer, detail } = error as SuppressionsError;
    expect(file).toBe(location);
    return { pointer, detail };
  }
  throw new Error(`no error for ${content}`);
}

describe('reading', () => {
  it('a missing file is no suppressions', () => {
    expect(Suppressions.read(path.join(folder, 'none.json'), NODE_FILES).isEmpty).toBe(true);
  });

  it('reads counts per plan and rule, paths relative to the file', () => {
    const suppressions = read('{ "plannen/a.iplan.md": { "placeholder": { "count": 2 }, "section-order": { "count": 1 } } }');
    expect(suppressions.countsFor(at('plannen/a.iplan.md'))).toEqual(new Map([['placeholder', 2], ['section-order', 1]]));
    expect(suppressions.countsFor(at('a.iplan.md'))).toBeUndefined();
    expect(suppressions.files()).toEqual([at('plannen/a.iplan.md')]);
  });

  it.each([
    ['{ "a.iplan.md": ', '', 'is not valid JSON'],
    ['[]', '/', 'must be object'],
    ['{ "a.iplan.md": [] }', '/a.iplan.md', 'must be object'],
    ['{ "a.iplan.md": { "placeholder": 3 } }', '/a.iplan.md/placeholder', 'must be object'],
    ['{ "a.iplan.md": { "placeholder": {} } }', '/a.iplan.md/placeholder', 'missing key "count"'],
    ['{ "a.iplan.md": { "placeholder": { "count": 0 } } }', '/a.iplan.md/placeholder/count', 'must be a whole number of at least 1 (got 0)'],
    ['{ "a.iplan.md": { "placeholder": { "count": 1.5 } } }', '/a.iplan.md/placeholder/count', 'must be a whole number of at least 1 (got 1.5)'],
    ['{ "a.iplan.md": { "placeholder": { "count": "2" } } }', '/a.iplan.md/placeholder/count', 'must be a whole number of at least 1 (got "2")'],
    ['{ "a.iplan.md": { "placeholder": { "count": 1, "lines": [3] } } }', '/a.iplan.md/placeholder/lines', 'unknown key (only "count")'],
    ['{ "a.iplan.md": { "Placeholder!": { "count": 1 } } }', '/a.iplan.md/Placeholder!', 'must be a rule id (lower-case letters, digits and hyphens)'],
    ['{ "plannen/a.iplan.md": { "x_y": { "count": 1 } } }', '/plannen~1a.iplan.md/x_y', 'must be a rule id (lower-case letters, digits and hyphens)'],
    ['{ "/abs/a.iplan.md": {} }', '/~1abs~1a.iplan.md', 'must be a relative path with forward slashes'],
    ['{ "C:/a.iplan.md": {} }', '/C:~1a.iplan.md', 'must be a relative path with forward slashes'],
    ['{ "plannen\\\\a.iplan.md": {} }', '/plannen\\a.iplan.md', 'must be a relative path with forward slashes'],
    ['{ "": {} }', '/', 'must be a relative path with forward slashes'],
  ])('%s: %s %s', (content, pointer, detail) => {
    expect(problem(content)).toEqual({ pointer, detail: expect.stringContaining(detail) });
  });

  it('keeps __proto__ and constructor as a path and a rule id like any other', () => {
    const suppressions = read('{ "__proto__": { "constructor": { "count": 1 } } }');
    expect(suppressions.countsFor(at('__proto__'))).toEqual(new Map([['constructor', 1]]));
    expect(suppressions.serialize()).toBe('{\n  "__proto__": {\n    "constructor": {\n      "count": 1\n    }\n  }\n}\n');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('a folder in its place is a SuppressionsError that says what it is, as is a file over the size limit', () => {
    const folderInPlace = path.join(folder, 'folder-suppressions.json');
    mkdirSync(folderInPlace);
    expect(() => Suppressions.read(folderInPlace, NODE_FILES)).toThrow(SuppressionsError);
    expect(() => Suppressions.read(folderInPlace, NODE_FILES)).toThrow(/folder|directory/i);
    const large = path.join(folder, 'large-suppressions.json');
    writeFileSync(large, ' '.repeat(16 * 1024 * 1024 + 1));
    expect(() => Suppressions.read(large, NODE_FILES)).toThrow(SuppressionsError);
  });
});

describe('applying counts', () => {
  const counts = new Map([['placeholder', 2], ['section-order', 1]]);

  it('suppresses a rule whole while its findings are within the count', () => {
    const result = applySuppressions(findings('placeholder', 'cost-year-missing', 'placeholder'), counts);
    expect(result.reported.map((f) => f.ruleId)).toEqual(['cost-year-missing']);
    expect(result.suppressed.map((f) => f.index)).toEqual([0, 2]);
    expect(result.exceeded).toEqual([]);
  });

  it('reports every finding of a rule beyond its count, and names the rule', () => {
    const result = applySuppressions(findings('placeholder', 'placeholder', 'section-order', 'placeholder'), counts);
    expect(result.reported.map((f) => f.index)).toEqual([0, 1, 3]);
    expect(result.suppressed.map((f) => f.index)).toEqual([2]);
    expect(result.exceeded).toEqual([{ ruleId: 'placeholder', accepted: 2, found: 3 }]);
  });

  it('without counts reports everything', () => {
    expect(applySuppressions(findings('placeholder'), undefined)).toEqual({ reported: findings('placeholder'), suppressed: [], exceeded: [] });
  });
});

describe('suppressing, what matches nothing, pruning', () => {
  const exists = (file: string) => !file.endsWith('gone.iplan.md');
  const start = () =>
    new Suppressions(location, NODE_FILES, [
      ['a.iplan.md', new Map([['placeholder', 3], ['section-order', 1]])],
      ['b.iplan.md', new Map([['cost-year-missing', 2]])],
      ['gone.iplan.md', new Map([['placeholder', 1]])],
      ['other.iplan.md', new Map([['placeholder', 4]])],
    ]);
  const checked = [
    { file: at('a.iplan.md'), findings: findings('placeholder', 'placeholder', 'section-order', 'section-order') },
    { file: at('b.iplan.md'), findings: findings('cost-year-missing', 'cost-year-missing', 'period-length') },
  ];

  it('names what a checked plan no longer has and the plans that are gone; others are not judged; an exceeded count is in use', () => {
    expect(start().unused(checked, exists)).toEqual([
      { key: 'a.iplan.md', ruleId: 'placeholder', count: 1, of: 3, gone: false },
      { key: 'gone.iplan.md', ruleId: 'placeholder', count: 1, of: 1, gone: true },
    ]);
  });

  it('prunes to what is found', () => {
    const suppressions = start();
    suppressions.prune(checked, exists);
    expect(JSON.parse(suppressions.serialize())).toEqual({
      'a.iplan.md': { placeholder: { count: 2 }, 'section-order': { count: 1 } },
      'b.iplan.md': { 'cost-year-missing': { count: 2 } },
      'other.iplan.md': { placeholder: { count: 4 } },
    });
    expect(suppressions.unused(checked, exists)).toEqual([]);
  });

  it('--suppress-all sets the checked plans to what they have, and forgets plans that are gone', () => {
    const suppressions = start();
    suppressions.suppress([...checked, { file: at('c.iplan.md'), findings: [] }], undefined, exists);
    expect(JSON.parse(suppressions.serialize())).toEqual({
      'a.iplan.md': { placeholder: { count: 2 }, 'section-order': { count: 2 } },
      'b.iplan.md': { 'cost-year-missing': { count: 2 }, 'period-length': { count: 1 } },
      'other.iplan.md': { placeholder: { count: 4 } },
    });
  });

  it('--suppress-rule changes only that rule', () => {
    const suppressions = start();
    suppressions.suppress(checked, new Set(['section-order', 'period-length']), exists);
    expect(JSON.parse(suppressions.serialize())).toEqual({
      'a.iplan.md': { placeholder: { count: 3 }, 'section-order': { count: 2 } },
      'b.iplan.md': { 'cost-year-missing': { count: 2 }, 'period-length': { count: 1 } },
      'gone.iplan.md': { placeholder: { count: 1 } },
      'other.iplan.md': { placeholder: { count: 4 } },
    });
  });

  it('serializes to sorted text that reads back the same', () => {
    const suppressions = new Suppressions(location, NODE_FILES, [
      ['b/z.iplan.md', new Map([['section-order', 1], ['placeholder', 2]])],
      ['a.iplan.md', new Map([['placeholder', 1]])],
      ['B.iplan.md', new Map([['placeholder', 1]])],
    ]);
    const text = suppressions.serialize();
    expect(Object.keys(JSON.parse(text))).toEqual(['B.iplan.md', 'a.iplan.md', 'b/z.iplan.md']);
    expect(text).toContain('"b/z.iplan.md": {\n    "placeholder": {\n      "count": 2\n    },\n    "section-order": {\n      "count": 1\n    }\n  }');
    writeFileSync(location, text);
    expect(Suppressions.read(location, NODE_FILES).serialize()).toBe(text);
  });
});
