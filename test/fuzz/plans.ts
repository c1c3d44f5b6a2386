// Generated and mutated plans for property tests: the examples, cut, shuffled and salted with the
// input an editor sees while someone types (and worse).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { defaultFramework, lintText, type Finding } from '../../server/src/core';
import { hostileShapes } from './hostileLines';

// Run from the repository root, by vitest and by `npm run fuzz` alike.
const EXAMPLES = path.resolve('examples');
export const seeds = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.iplan.md') && !name.startsWith('large-'))
  .map((name) => readFileSync(path.join(EXAMPLES, name), 'utf8'));

const awkward = fc.constantFrom(
  '\u0000', '\uFEFF', '\r', '\r\n', '\t', '\u202E', '\u200F', 'e\u0301\u0301\u0301', '👩‍👩‍👧', '\uD800', '\uDC00',
  '---', '...', '## ', '# ', '|', '| --- |', '```', '~~~', '<!--', '-->', '<div>', '> ', '- ', '1. ', '* ', '&amp;',
  ': ', '- jaar: ', '{', '[', '"', "'", '&a', '*a', '!!binary', '%YAML 1.2', 'TODO', 'n.t.b.', 'PM', '???', '€ 12,5 mln',
  '12.500.000', '1.234,5', '<!-- iplan-disable -->', '<!-- iplan-enable -->', '# iplan-disable-next-line placeholder',
);

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(awkward, { maxLength: 8 }).map((parts) => parts.join('')),
);

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (lines) => lines.filter((_, j) => j !== i % lines.length)),
  fc.nat().map((i): Mutation => (lines) => { const k = i % lines.length; return [...lines.slice(0, k + 1), lines[k], ...lines.slice(k + 1)]; }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => { const x = [...lines]; const i = a % x.length, j = b % x.length; [x[i], x[j]] = [x[j], x[i]]; return x; }),
  fc.tuple(fc.nat(), anyText).map(([i, text]): Mutation => (lines) => { const x = [...lines]; const k = i % x.length; x[k] = x[k].slice(0, i % (x[k].length + 1)) + text + x[k].slice(i % (x[k].length + 1)); return x; }),
  fc.tuple(fc.nat(), anyText).map(([i, text]): Mutation => (lines) => [...lines.slice(0, i % lines.length), text, ...lines.slice(i % lines.length)]),
  fc.nat().map((i): Mutation => (lines) => lines.slice(0, 1 + (i % lines.length))),
  fc.nat().map((i): Mutation => (lines) => { const x = [...lines]; x[i % x.length] = x[i % x.length].replace(/^ +/, (s) => '\t'.repeat(Math.ceil(s.length / 2))); return x; }),
  fc.tuple(fc.nat(), fc.integer({ min: 1000, max: 20000 })).map(([i, n]): Mutation => (lines) => { const x = [...lines]; x[i % x.length] += 'x'.repeat(n); return x; }),
  fc.tuple(fc.nat(), fc.integer({ min: 2, max: 300 })).map(([i, n]): Mutation => (lines) => [...lines.slice(0, i % lines.length), `| ${Array.from({ length: n }, (_, c) => `k${c}`).join(' | ')} |`, `|${' --- |'.repeat(n)}`, `| ${Array.from({ length: n }, () => '1.000').join(' | ')} |`, ...lines.slice(i % lines.length)]),
  fc.tuple(fc.nat(), fc.integer({ min: 10, max: 2000 })).map(([i, n]): Mutation => (lines) => [...lines.slice(0, i % lines.length), `${'- '.repeat(n)}diep`, `${'> '.repeat(n)}diep`, ...lines.slice(i % lines.length)]),
  // A hostile line (alternating delimiters, openers, runs of spaces, dots, brackets …) anywhere.
  fc.tuple(fc.nat(), fc.constantFrom(...hostileShapes), fc.integer({ min: 8, max: 1000 })).map(([i, shape, n]): Mutation => (lines) => [...lines.slice(0, i % lines.length), shape.make(n), ...lines.slice(i % lines.length)]),
);

/** A plan as the editor may see it: an example with up to a handful of mutations and line endings. */
export const mutatedPlan: fc.Arbitrary<string> = fc
  .tuple(fc.nat(), fc.array(mutation, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([seedIndex, mutations, eol, bom]) => {
    let lines = seeds[seedIndex % seeds.length].split('\n');
    for (const mutate of mutations) {
      lines = mutate(lines);
      if (lines.length === 0) lines = [''];
    }
    return (bom ? '\uFEFF' : '') + lines.join(eol);
  });

export function lint(text: string) {
  return lintText(text, defaultFramework(), { relativePath: 'fuzz.iplan.md' });
}

/** What a user sees of a finding (fix edits depend on trailing text, so they are left out). */
export const visible = (findings: Finding[]) => findings.map(({ ruleId, severity, range, message, related }) => ({ ruleId, severity, range, message, related }));

/** The properties every input must have; throws with a description when one fails. */
export function assertSound(text: string): void {
  const first = lint(text);
  const plan = first.plan;
  for (const finding of first.findings) {
    const ranges = [finding.range, ...(finding.related ?? []).map((r) => r.range), ...(finding.fix?.edits ?? []).map((e) => e.range)];
    for (const range of ranges) {
      for (const position of [range.start, range.end]) {
        if (position.line < 0 || position.line >= plan.lines.lineCount) throw new Error(`${finding.ruleId}: line ${position.line} outside the document`);
        if (position.character < 0 || position.character > plan.lines.lineText(position.line).length) {
          throw new Error(`${finding.ruleId}: character ${position.character} outside line ${position.line}`);
        }
      }
      if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
        throw new Error(`${finding.ruleId}: range ends before it starts`);
      }
    }
    if (!finding.message.nl || !finding.message.en) throw new Error(`${finding.ruleId}: empty message`);
    if (finding.message.en.startsWith('Internal error')) throw new Error(finding.message.en);
  }
  const again = lint(text);
  if (JSON.stringify(visible(again.findings)) !== JSON.stringify(visible(first.findings))) throw new Error('the same input gave other findings');
  const padded = lint(`${text}\n\n\n`);
  if (JSON.stringify(visible(padded.findings)) !== JSON.stringify(visible(first.findings))) throw new Error('blank lines at the end changed the findings');
}
