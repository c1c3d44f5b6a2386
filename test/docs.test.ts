// The rule documentation is generated from the rules' metadata; this fails when it drifts.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFramework, ruleCatalogue, rules } from '../server/src/core';
import { rulesMarkdown, rulesTable, severityText } from '../server/src/node/rulesMarkdown';

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
    for (const rule of ruleCatalogue) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(criteria.has(rule.criterion), rule.id).toBe(true);
      for (const text of [rule.description, rule.rationale]) {
        expect(text.nl.length, rule.id).toBeGreaterThan(10);
        expect(text.en.length, rule.id).toBeGreaterThan(10);
        expect(text.nl).not.toBe(text.en);
      }
    }
  });

  it("the rule catalogue of docs/format.md lists every rule once, with its default severity", () => {
    const format = readFileSync(path.join(ROOT, 'docs', 'format.md'), 'utf8');
    const catalogue = format.slice(format.indexOf('\n## 7. Rule catalogue'), format.indexOf('\n## 8. '));
    const rows = [...catalogue.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => ({ id: m[1], severity: m[2].replace(/`/g, '').trim() }));
    expect(rows.map((r) => r.id)).toEqual(ruleCatalogue.map((r) => r.id));
    const framework = defaultFramework();
    for (const row of rows) expect(row.severity, row.id).toBe(severityText(ruleCatalogue.find((r) => r.id === row.id)!, framework));
  });

  it('every rule the framework gives a severity exists', () => {
    const ours = new Set(rules.map((r) => r.id));
    expect(Object.keys(defaultFramework().definition.rules).filter((id) => !ours.has(id))).toEqual([]);
  });
});

describe('the framework file in docs/format.md', () => {
  const format = readFileSync(path.join(ROOT, 'docs', 'format.md'), 'utf8');
  const section = format.slice(format.indexOf('\n## 11. A framework file of your own'));
  const schemaFiles = readdirSync(path.join(ROOT, 'schemas')).filter((name) => name.endsWith('.json'));

  /** Every key a schema allows (`properties`, at any depth), and every annotation of our own (`x-…`) it uses. */
  function walk(node: unknown, found: { keys: Set<string>; annotations: Set<string> }): void {
    if (Array.isArray(node)) for (const item of node) walk(item, found);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.annotations.add(key);
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) found.keys.add(name);
      walk(value, found);
    }
  }

  it('names every key of the framework file', () => {
    const found = { keys: new Set<string>(), annotations: new Set<string>() };
    walk(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'framework.schema.json'), 'utf8')), found);
    expect(found.keys.size).toBeGreaterThan(30);
    expect([...found.keys].filter((key) => !section.includes(`\`${key}\``))).toEqual([]);
  });

  it('explains every annotation of our own that a schema uses (x-description-nl, x-enum-names, and any new one)', () => {
    const found = { keys: new Set<string>(), annotations: new Set<string>() };
    for (const file of schemaFiles) walk(JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8')), found);
    expect([...found.annotations]).toEqual(expect.arrayContaining(['x-description-nl', 'x-enum-names']));
    expect([...found.annotations].filter((annotation) => !new RegExp(`^\\| \`${annotation}\` \\|`, 'm').test(section))).toEqual([]);
  });
});
