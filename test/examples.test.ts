// Every bundled example gives exactly the findings its sidecar lists (rule id and line).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFramework, lintText, rules } from '../server/src/core';

const EXAMPLES = path.resolve(__dirname, '..', 'examples');
const plans = readdirSync(EXAMPLES).filter((name) => name.endsWith('.md') && name !== 'README.md');

function findingsOf(name: string) {
  const text = readFileSync(path.join(EXAMPLES, name), 'utf8');
  const outcome = lintText(text, defaultFramework(), { relativePath: `examples/${name}` });
  return { outcome, found: outcome.findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line + 1 })) };
}

describe('examples', () => {
  it.each(plans)('%s gives the findings of its sidecar', (name) => {
    const expected = JSON.parse(readFileSync(path.join(EXAMPLES, name.replace(/(?:\.iplan)?\.md$/, '.expected.json')), 'utf8'));
    const { outcome, found } = findingsOf(name);
    expect(outcome.isPlan).toBe(true);
    const byLine = (a: { line: number; ruleId: string }, b: { line: number; ruleId: string }) => a.line - b.line || a.ruleId.localeCompare(b.ruleId);
    expect(found.sort(byLine)).toEqual([...expected].sort(byLine));
  });

  it('the README of the examples is no I-plan and stays silent', () => {
    const text = readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
    const outcome = lintText(text, defaultFramework(), { relativePath: 'examples/README.md' });
    expect(outcome.isPlan).toBe(false);
    expect(outcome.findings).toEqual([]);
  });

  it('together fire every rule of the catalogue', () => {
    const fired = new Set(plans.flatMap((name) => findingsOf(name).found.map((f) => f.ruleId)));
    // A rule the framework switches off (frontmatter-unknown-key) fires only where a repository switches it on.
    const framework = defaultFramework();
    const catalogue = rules.map((rule) => rule.id).filter((id) => id !== 'unused-disable' && framework.definition.rules[id]?.severity !== 'off');
    expect(catalogue).not.toContain('frontmatter-unknown-key');
    expect(catalogue.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('include a large plan of at least 3,000 lines with no findings', () => {
    const large = plans.find((name) => name.startsWith('large-'))!;
    expect(readFileSync(path.join(EXAMPLES, large), 'utf8').split('\n').length).toBeGreaterThanOrEqual(3000);
    expect(findingsOf(large).found).toEqual([]);
  });
});
