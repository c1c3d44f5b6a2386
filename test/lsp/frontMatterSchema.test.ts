// The schema navigation hover and completion share, and hover's two ways to find the key under
// the cursor: from the parse's node locations, and from the lines while the YAML does not parse.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { defaultFramework, parse } from '../../server/src/core';
import { allowedValues, describeEntry, keyMarkdown, schemaEntryAt, schemaEntryAtPointer, schemaKeysAt, schemaNodeAt } from '../../server/src/lsp/frontMatterSchema';
import { hover, hoverFromText } from '../../server/src/lsp/hover';
import { ROOT } from './client';

const framework = defaultFramework();
const PLAN = readFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');

describe('front-matter schema navigation', () => {
  it('finds a key by JSON pointer, a list index standing for any item', () => {
    const van = schemaEntryAtPointer(framework, '/planperiode/van')!;
    expect(van.key).toBe('van');
    expect(van.required).toBe(true);
    expect(van.items).toBeUndefined();
    const jaar = schemaEntryAtPointer(framework, '/kosten/3/jaar')!;
    expect(jaar).toEqual(schemaEntryAt(framework, ['kosten', '*', 'jaar']));
    expect(jaar.key).toBe('jaar');
  });

  it('tells required keys from optional ones', () => {
    expect(schemaEntryAtPointer(framework, '/status')!.required).toBe(true);
    expect(schemaEntryAtPointer(framework, '/vastgesteld_op')!.required).toBe(false);
  });

  it('knows no key the schema does not name, no inherited name, and not the root', () => {
    expect(schemaEntryAtPointer(framework, '/onbekend')).toBeUndefined();
    expect(schemaEntryAtPointer(framework, '/constructor')).toBeUndefined();
    expect(schemaEntryAtPointer(framework, '/planperiode/__proto__')).toBeUndefined();
    expect(schemaEntryAtPointer(framework, '')).toBeUndefined();
    expect(schemaNodeAt(framework, [])).toBeDefined();
  });

  it('lists the keys of a mapping in schema order, with the node of a list’s items', () => {
    expect(schemaKeysAt(framework, ['planperiode']).map((entry) => [entry.key, entry.required])).toEqual([
      ['van', true],
      ['tot', true],
    ]);
    const kosten = schemaKeysAt(framework, []).find((entry) => entry.key === 'kosten')!;
    expect(kosten.items?.type).toBe('object');
    expect(schemaKeysAt(framework, ['titel'])).toEqual([]);
    expect(schemaKeysAt(framework, ['onbekend'])).toEqual([]);
  });

  it('gives the allowed values as written in YAML', () => {
    expect(allowedValues(schemaNodeAt(framework, ['status'])!)).toEqual(['concept', 'vastgesteld']);
    expect(allowedValues(schemaNodeAt(framework, ['besluit_cio_stelsel'])!)).toEqual(['2021', '2025']);
    expect(allowedValues({ type: ['boolean', 'null'] })).toEqual(['true', 'false']);
    expect(allowedValues(schemaNodeAt(framework, ['titel'])!)).toEqual([]);
  });

  it('describes a key in the locale: description, then allowed values or type', () => {
    const van = schemaEntryAtPointer(framework, '/planperiode/van')!;
    expect(describeEntry(van, 'nl')).toBe('Eerste jaar van de planperiode.\n\nType: integer');
    expect(describeEntry(van, 'en')).toBe('First year of the plan period.\n\nType: integer');
    const status = schemaEntryAtPointer(framework, '/status')!;
    expect(describeEntry(status, 'en')).toMatch(/^concept while being written; .*\n\nAllowed values: `concept`, `vastgesteld`$/s);
    expect(describeEntry(status, 'nl')).toMatch(/^concept zolang eraan geschreven wordt; .*\n\nToegestane waarden: `concept`, `vastgesteld`$/s);
    expect(describeEntry(schemaEntryAtPointer(framework, '/kosten')!, 'en')).toMatch(/\n\nType: array \(object\)$/);
    expect(describeEntry({ node: { description: 'Only English.' } }, 'nl')).toBe('Only English.');
    expect(keyMarkdown(van, 'nl')).toBe('**`van`** · verplicht\n\nEerste jaar van de planperiode.\n\nType: integer');
    expect(keyMarkdown(schemaEntryAtPointer(framework, '/vastgesteld_op')!, 'en')).toMatch(/^\*\*`vastgesteld_op`\*\* · optional\n\nDate of adoption/);
  });
});

describe('hover on a front-matter key', () => {
  const plan = parse(PLAN, framework);
  const fm = plan.frontMatter!;
  const lines = PLAN.split('\n');
  const keys = [...fm.locations].filter(([, location]) => location.key).map(([pointer, location]) => ({ pointer, key: location.key! }));
  const view = { framework, locale: 'en' as const };

  it('reads the same from the parse as from the lines, at every key of the example', () => {
    expect(fm.syntaxErrors).toEqual([]);
    expect(keys.length).toBeGreaterThan(50);
    for (const { pointer, key } of keys) {
      for (const character of [key.start.character, Math.floor((key.start.character + key.end.character) / 2), key.end.character]) {
        const position = { line: key.start.line, character };
        const fromPlan = hover(position, { plan, ...view });
        expect(fromPlan, `${pointer} at ${character}`).toEqual(hoverFromText(lines, position, view));
        expect(fromPlan?.range, pointer).toEqual(key);
      }
    }
  });

  it('shows the schema of the key the parse placed under the cursor', () => {
    const van = keys.find((k) => k.pointer === '/planperiode/van')!;
    const shown = hover(van.key.start, { plan, framework, locale: 'nl' });
    expect((shown?.contents as MarkupContent).value).toBe('**`van`** · verplicht\n\nEerste jaar van de planperiode.\n\nType: integer');
  });

  it('shows nothing on a value, nor on a key the schema does not know', () => {
    const status = keys.find((k) => k.pointer === '/status')!;
    expect(hover({ line: status.key.start.line, character: status.key.end.character + 3 }, { plan, ...view })).toBeNull();
    const unknown = parse(PLAN.replace('\nstatus:', '\nonbekend: x\nstatus:'), framework);
    const line = unknown.text.split('\n').indexOf('onbekend: x');
    expect(hover({ line, character: 2 }, { plan: unknown, ...view })).toBeNull();
  });

  it('finds the key from the lines while the YAML does not parse', () => {
    const broken = PLAN.replace('\nstatus:', '\n  : [\nstatus:');
    const brokenPlan = parse(broken, framework);
    expect(brokenPlan.frontMatter!.syntaxErrors.length).toBeGreaterThan(0);
    expect(brokenPlan.frontMatter!.locations.size).toBe(0);
    const line = broken.split('\n').findIndex((text) => text.startsWith('status:'));
    const shown = hover({ line, character: 3 }, { plan: brokenPlan, ...view });
    expect(shown?.range).toEqual({ start: { line, character: 0 }, end: { line, character: 6 } });
    expect((shown?.contents as MarkupContent).value).toMatch(/^\*\*`status`\*\* · required\n\nconcept while being written; /);
  });
});
