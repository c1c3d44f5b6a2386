/**
 * The examples in the rules' metadata (shown in docs/rules.md) are tests: each is a passage of the
 * compact clean plan; written wrong, the plan fails that rule and no other; the fix, where the
 * rule has one, turns the wrong passage into the right one (or into what the rule says it writes).
 */
import { describe, expect, it } from 'vitest';
import { ruleCatalogue, rules, type RuleExample } from '../../../server/src/core';
import { applyEdits, CLEAN, lint } from '../../helpers/plans';

const GAP = '…';

/** The parts of a passage: the runs of lines between `…` lines. */
function parts(lines: readonly string[]): string[] {
  const runs: string[][] = [[]];
  for (const line of lines) {
    if (line === GAP) runs.push([]);
    else runs[runs.length - 1].push(line);
  }
  return runs.map((run) => run.join('\n'));
}

/** `base` with each part of `from` (found once, in order) replaced by the matching part of `to`. */
function substitute(base: string, from: readonly string[], to: readonly string[]): string {
  const wanted = parts(from);
  const written = parts(to);
  if (wanted.length !== written.length) throw new Error(`the passages have ${wanted.length} and ${written.length} parts`);
  let result = '';
  let cursor = 0;
  for (const [i, part] of wanted.entries()) {
    const at = base.indexOf(part, cursor);
    if (at < 0) throw new Error(`not in the clean plan (after what came before): ${JSON.stringify(part)}`);
    if (base.indexOf(part, at + 1) >= 0) throw new Error(`more than once in the clean plan: ${JSON.stringify(part)}`);
    result += base.slice(cursor, at) + written[i];
    cursor = at + part.length;
  }
  return result + base.slice(cursor);
}

describe('rule examples', () => {
  it('every rule that checks a plan has one; the findings about the file itself have none', () => {
    expect(rules.filter((rule) => !rule.example).map((rule) => rule.id)).toEqual([]);
    expect(ruleCatalogue.filter((rule) => !rules.includes(rule as never) && rule.example)).toEqual([]);
  });

  it('start from a clean plan', () => {
    expect(lint(CLEAN)).toEqual([]);
  });

  describe.each(rules.filter((rule) => rule.example).map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const example = rule.example as RuleExample;
    const bad = substitute(CLEAN, example.good, example.bad);
    // A rule the framework leaves off (frontmatter-unknown-key) is switched on for its own example.
    const findings = lint(bad, { rules: { [id]: rule.defaultSeverity } });

    it('the bad example fires this rule and no other', () => {
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((f) => f.ruleId)).toEqual(findings.map(() => id));
    });

    it('the good example passes (it is the clean plan)', () => {
      expect(substitute(CLEAN, example.good, example.good)).toBe(CLEAN);
      expect(lint(CLEAN).filter((f) => f.ruleId === id)).toEqual([]);
    });

    it(rule.fixable ? 'its fix turns the bad example into the good one, or into what `fixed` shows' : 'offers no fix, and says so', () => {
      const fixes = findings.filter((f) => f.fix);
      expect(fixes.length > 0).toBe(rule.fixable === true);
      if (!rule.fixable) {
        expect(example.fixed).toBeUndefined();
        return;
      }
      const fixed = applyEdits(bad, fixes.flatMap((f) => f.fix!.edits));
      expect(fixed).toBe(substitute(CLEAN, example.good, example.fixed ?? example.good));
      const after = lint(fixed, { rules: { [id]: rule.defaultSeverity } }).filter((f) => f.ruleId === id);
      if (example.fixed?.some((line) => line.includes('# TODO'))) {
        // The fix writes the key and leaves its value to the author: the rule asks for it until
        // then, with nothing more to fix (`--fix` stops).
        expect(after.filter((f) => f.fix)).toEqual([]);
      } else {
        expect(after).toEqual([]);
      }
    });
  });
});
