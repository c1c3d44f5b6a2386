// One hostile line in a normal plan: every shape that made the checker take super-linear time,
// at several lengths. What can be asserted without a clock: the check finishes with the plan's
// own findings, the text micromark sees keeps its syntax within the budgets, the patterns that
// were quadratic give the right answers on such lines, and plans as people write them are not
// changed at all. The times themselves are the measurement's (`npm run fuzz`, `npm run bench`).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFramework, lintText, normalizeTitle, unitMultiplier } from '../../server/src/core';
import { defuse, inlineUnits, INLINE_BUDGET, limitInlineSyntax, OPENER_BUDGET } from '../../server/src/core/parse/defuse';
import { parseAmount } from '../../server/src/core/parse/amounts';
import { splitAtSections } from '../../server/src/core/parse/markdown';
import { beforeComment, keyAndColon, splitKey, yamlContextAt, frontMatterLines } from '../../server/src/lsp/yamlContext';
import { basePlan, benignLine, hostileShapes, planWithLine } from '../fuzz/hostileLines';

const framework = defaultFramework();
const lint = (text: string) => lintText(text, framework, { relativePath: 'plan.iplan.md' });
const baseRules = new Set(lint(basePlan).findings.map((f) => f.ruleId));

/** Inline syntax characters as the budget counts them. */
const SYNTAX = /[*_~[\]!<&\\`@]|:\/\/|www\./gi;

describe('a plan with one hostile line', () => {
  for (const shape of hostileShapes) {
    it(`finishes for ${shape.name} (${shape.placement}), at 200, 5,000 and 40,000 characters`, () => {
      for (const length of [200, 5_000, 40_000]) {
        const { text } = planWithLine(shape.placement, shape.make(length));
        const outcome = lint(text);
        expect(outcome.isPlan).toBe(true);
        // The line is one line: the plan's sections are still found (unless it opens an HTML
        // block, which runs to the end).
        if (shape.make(length).startsWith('<')) continue;
        expect(outcome.plan.sections.length).toBeGreaterThanOrEqual(13);
        if (shape.placement === 'paragraph' || shape.placement === 'tableCell') {
          expect(outcome.findings.map((f) => f.ruleId).filter((id) => !baseRules.has(id))).toEqual([]);
        }
      }
    });
  }
});

describe('the text micromark reads stays within the budgets', () => {
  const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
  for (const shape of hostileShapes.filter((s) => s.placement !== 'frontMatter')) {
    it(`for ${shape.name}`, () => {
      const body = bodyOf(planWithLine(shape.placement, shape.make(30_000)).text);
      for (const [start, end] of splitAtSections(body)) {
        const defused = defuse(body.slice(start, end));
        expect(defused.length).toBe(end - start);
        // Nothing left over a limit: a second pass changes nothing.
        expect(limitInlineSyntax(defused)).toBe(defused);
        for (const [unitStart, unitEnd] of inlineUnits(defused)) {
          expect(defused.slice(unitStart, unitEnd).match(SYNTAX)?.length ?? 0).toBeLessThanOrEqual(INLINE_BUDGET);
          for (const [opener, closer] of [['<!--', '-->'], ['<?', '?>'], ['](', ')']]) {
            const unit = defused.slice(unitStart, unitEnd);
            const lastCloser = unit.lastIndexOf(closer);
            const unclosed = unit.slice(lastCloser < 0 ? 0 : lastCloser).split(opener).length - 1;
            expect(unclosed, `${opener} without ${closer}`).toBeLessThanOrEqual(OPENER_BUDGET);
          }
        }
      }
    });
  }

  it('a paragraph over the budget keeps its first constructs and its length', () => {
    const text = `${'*a* '.repeat(300)}\n`;
    const defused = defuse(text);
    expect(defused.length).toBe(text.length);
    expect(defused.startsWith('*a* '.repeat(64))).toBe(true);
    expect(defused.match(/\*/g)).toHaveLength(INLINE_BUDGET);
    expect(defused.endsWith('·a· \n')).toBe(true);
  });

  it('each table row and each list item has a budget of its own', () => {
    const row = `| ${'**1** | '.repeat(20)}`;
    const table = [`|${' a |'.repeat(20)}`, `|${' - |'.repeat(20)}`, ...Array.from({ length: 40 }, () => row)].join('\n');
    expect(defuse(`${table}\n`)).toBe(`${table}\n`);
    const list = Array.from({ length: 200 }, (_, i) => `- **A${i}** [link](#a${i}) \`code\``).join('\n');
    expect(defuse(`${list}\n`)).toBe(`${list}\n`);
  });

  it('a paragraph of many lines shares one budget, however the lines start', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${i % 2 ? '7. ' : '| '}*a*a*a*a*a`).join('\n');
    expect((defuse(`para\n${lines}\n`).match(/[*]/g) ?? []).length).toBeLessThanOrEqual(INLINE_BUDGET);
  });

  it('fenced code keeps its text, whatever it holds', () => {
    const code = `\`\`\`\n${'*_[<!--`&'.repeat(2000)}\n\`\`\`\n`;
    expect(defuse(code)).toBe(code);
  });

  it('openers are limited even where the syntax as a whole is under its budget (the part alone as in the whole body)', () => {
    const line = `${'[a](b ('.repeat(40)}[a]`;
    const defused = defuse(`${line}\n---\n`);
    expect(defused.split('](').length - 1).toBe(OPENER_BUDGET);
    const body = `${line}\n---\n\n# Kop\n\n${'*a* '.repeat(300)}\n`;
    const [first] = splitAtSections(body);
    expect(defuse(body.slice(...first))).toBe(defuse(body).slice(...first));
  });

  it('openers sharing a closer: the first few stay, so a real comment still reads', () => {
    const text = `tekst <!-- iplan-disable placeholder --> en ${'<!--'.repeat(50)} meer\n`;
    const defused = defuse(text);
    expect(defused.startsWith('tekst <!-- iplan-disable placeholder -->')).toBe(true);
    expect(defused.split('<!--').length - 1).toBe(1 + OPENER_BUDGET);
  });
});

describe('plans as people write them are not changed', () => {
  const examples = readdirSync('examples').filter((name) => name.endsWith('.md')).map((name) => path.join('examples', name));
  for (const file of [...examples, 'README.md', 'docs/rules.md']) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      for (const [start, end] of splitAtSections(text)) expect(defuse(text.slice(start, end))).toBe(text.slice(start, end));
    });
  }
});

describe('the patterns that were quadratic read hostile lines right', () => {
  it('a cost header with 100,000 spaces, parentheses or brackets still names its column and unit', () => {
    expect(unitMultiplier(`Vernieuwing${' '.repeat(100_000)}x`)).toBeUndefined();
    expect(unitMultiplier(`(×${' '.repeat(50_000)}€${' '.repeat(50_000)}1.000)`)).toBe(1000);
    expect(unitMultiplier(`(${' '.repeat(50_000)}€ mln${' '.repeat(50_000)})`)).toBe(1e6);
    expect(unitMultiplier(`(in${' '.repeat(1_000)}1.000${' '.repeat(1_000)})`)).toBe(1000);
    for (const unit of ['(', '[', '( ']) {
      const { text } = planWithLine('costHeader', unit.repeat(30_000));
      const plan = lint(text).plan;
      expect(plan.costTables).toHaveLength(1);
      expect(plan.costTables[0].columns.renewal).toBe(1);
    }
    const closed = planWithLine('costHeader', `(${'('.repeat(1000)}x) (× € 1.000)`).text;
    expect(lint(closed).plan.costTables[0].columns.renewal).toBe(1);
  });

  it('amounts with long runs of digits, spaces and separators', () => {
    expect(parseAmount(`1${' '.repeat(50_000)}2`)).toEqual({ value: 12, tolerance: 0 });
    expect(parseAmount(`12,5 ${' '.repeat(50_000)}mln`)).toEqual({ value: 12_500_000, tolerance: 50_000 });
    expect(parseAmount(`${'1.'.repeat(50_000)}x`)).toBeUndefined();
    expect(parseAmount('€ 1.234.567')).toEqual({ value: 1_234_567, tolerance: 0 });
  });

  it('a heading followed by 100,000 dots, colons or spaces still names its section', () => {
    for (const tail of ['.', ':', ' ', '. :']) expect(normalizeTitle(`2. Samenvatting${tail.repeat(100_000)}`)).toBe('samenvatting');
    expect(normalizeTitle(`Samenvatting${'.'.repeat(100_000)}x`)).toBe(`samenvatting${'.'.repeat(100_000)}x`);
    const plan = lint(planWithLine('heading', '.'.repeat(100_000)).text).plan;
    expect(plan.sections[0].frameworkId).toBe('samenvatting');
  });

  it('completion on a front-matter line of 60,000 spaces, or a key followed by them', () => {
    for (const line of [' '.repeat(60_000), `x-a${' '.repeat(60_000)}b`, `x-a: b${' '.repeat(60_000)}#`]) {
      const { text, line: lineNumber, character } = planWithLine('frontMatter', line);
      const lines = text.split('\n');
      const span = frontMatterLines(lines)!;
      expect(() => yamlContextAt(lines, { line: lineNumber, character }, span)).not.toThrow();
    }
  });
});

describe('the YAML key readers give what the patterns they replace gave', () => {
  const KEY = /^("[^"]*"|'[^']*'|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s#]+?)\s*:(?=\s|$)\s*(.*)$/;
  const VALUE = /^([ \t]*)(-[ \t]+)?("[^"]*"|'[^']*'|[^\s#'":][^#:]*?)\s*:[ \t]*/;
  const yamlish = fc.array(fc.constantFrom(' ', ' ', '\t', ':', '#', '-', '"', "'", 'a', 'b', 'x-', '?', ',', '[', '{', '1', '.', '/'), { maxLength: 16 }).map((parts) => parts.join(''));

  it('splitKey = the key pattern', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const m = KEY.exec(text);
        expect(splitKey(text)).toEqual(m ? { key: m[1], value: m[2] } : undefined);
      }),
      { numRuns: 3000, seed: 17 },
    );
  });

  it('keyAndColon = the value pattern', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const m = VALUE.exec(text);
        expect(keyAndColon(text)).toEqual(m ? [m[0], m[1], m[2], m[3]] : undefined);
      }),
      { numRuns: 3000, seed: 18 },
    );
  });

  it('beforeComment, trimmed = the comment pattern, trimmed', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expect(beforeComment(text).trim()).toBe(text.replace(/\s+#.*$/, '').trim());
      }),
      { numRuns: 3000, seed: 19 },
    );
  });
});

describe('hostile and benign lines', () => {
  it('are as long as asked', () => {
    for (const shape of hostileShapes) for (const length of [200, 1000]) expect([shape.make(length), benignLine(shape, length)].map((line) => line.length)).toEqual([length, length]);
  });
});
