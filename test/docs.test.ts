// The rule documentation is generated from the rules' metadata; this fails when it drifts.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFramework, rules } from '../server/src/core';
import { allRuleMeta, rulesMarkdown, rulesTable } from '../server/src/node/rulesMarkdown';

const ROOT = path.resolve(__dirname, '..');

describe('rule documentation', () => {
  it('docs/rules.md is up to date (run `npm run docs`)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown(defaultFramework()));
  });

  it("the README's rule table is up to date (run `npm run docs`)", () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(rulesTable(defaultFramework()));
  });

  it('every rule has metadata in both languages and a criterion of the framework', () => {
    const criteria = new Set(defaultFramework().definition.criteria.map((c) => c.id));
    for (const rule of allRuleMeta) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(criteria.has(rule.criterion), rule.id).toBe(true);
      for (const text of [rule.description, rule.rationale]) {
        expect(text.nl.length, rule.id).toBeGreaterThan(10);
        expect(text.en.length, rule.id).toBeGreaterThan(10);
        expect(text.nl).not.toBe(text.en);
      }
    }
  });

  it('the catalogue of FORMAT.md §4 is complete and every rule has a severity in the framework', () => {
    const format = readFileSync(path.join(ROOT, '..', 'shared', 'FORMAT.md'), 'utf8');
    const ids = [...format.matchAll(/^\| `([a-z-]+)` \| (?:error|warning)/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(20);
    const ours = new Set(rules.map((r) => r.id));
    expect(ids.filter((id) => !ours.has(id))).toEqual([]);
    for (const id of ids) expect(defaultFramework().definition.rules[id], id).toBeDefined();
  });
});
