// Names of what every object inherits (`constructor`, `__proto__`, `toString`, …) as values and
// keys of a plan, a configuration file, a framework file and editor settings: each is plain user
// text, gets the finding any other unknown text gets, and never reaches Object.prototype.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFramework, defaultFramework, lintText, schemaAt, type Framework, type SchemaNode } from '../../server/src/core';
import { codeActions } from '../../server/src/lsp/codeActions';
import { frontMatterCompletion, planFacts } from '../../server/src/lsp/completion';
import { documentLines } from '../../server/src/lsp/documentLines';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { hover } from '../../server/src/lsp/hover';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { iplan, ROOT } from '../cli/run';
import { place, PLACEMENTS, PROTOTYPE_NAMES, prototypeNamedPlans } from '../fuzz/hostile';

const PLAN = readFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');
const VARIANTS = prototypeNamedPlans(PLAN);
const framework = defaultFramework();

/** Object.prototype as it is now, to see that nothing was added to or changed on it. */
const prototypeState = () => Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)?.value]);
let before: ReturnType<typeof prototypeState>;
beforeEach(() => {
  before = prototypeState();
});
afterEach(() => {
  expect(prototypeState()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** The CLI's output keeps no field for it: there an internal error is known by its text. */
const internalErrors = (messages: string[]) => messages.filter((m) => /internal error|interne fout/i.test(m));

describe('prototype names in a plan, checked by the core', () => {
  it('covers every name in every placement', () => {
    expect(VARIANTS.length).toBe(PROTOTYPE_NAMES.length * PLACEMENTS.length);
  });

  it.each(PROTOTYPE_NAMES)('%s: a finding where the schema forbids it, never an internal error', (name) => {
    for (const variant of VARIANTS.filter((v) => v.name === name)) {
      // Framework keys only, so an unknown key is a finding too (by default it is the department's own).
      const outcome = lintText(variant.text, framework, { relativePath: 'plan.iplan.md', rules: { 'frontmatter-unknown-key': 'error' } });
      expect(outcome.findings.filter((f) => f.internal), variant.label).toEqual([]);
      expect(outcome.isPlan, variant.label).toBe(true);
      if (variant.placement.rejected) {
        const schema = outcome.findings.filter((f) => f.ruleId === 'frontmatter-schema' || f.ruleId === 'frontmatter-unknown-key');
        expect(schema.length, variant.label).toBeGreaterThan(0);
        expect(schema.some((f) => f.message.en.includes(name)), variant.label).toBe(true);
      }
    }
  });

  it('an unknown value is named as written, with the allowed ones', () => {
    const text = place(PLAN, PLACEMENTS.find((p) => p.where === 'status value')!, 'constructor')!;
    const finding = lintText(text, framework).findings.find((f) => f.ruleId === 'frontmatter-schema')!;
    expect(finding.message.en).toBe("`status` is 'constructor'; expected concept or vastgesteld.");
    const acict = place(PLAN, PLACEMENTS.find((p) => p.where === 'acict value')!, 'toString')!;
    expect(lintText(acict, framework).findings.find((f) => f.ruleId === 'frontmatter-schema')!.message.en).toMatch(/^`acict` is 'toString'; expected /);
  });

  it('an unknown key `__proto__` is read like any unknown key: allowed by default, reported at the key when only framework keys are', () => {
    const text = place(PLAN, PLACEMENTS.find((p) => p.where === 'root key')!, '__proto__')!;
    expect(lintText(text, framework).findings.filter((f) => f.ruleId.startsWith('frontmatter'))).toEqual([]);
    const finding = lintText(text, framework, { rules: { 'frontmatter-unknown-key': 'warning' } }).findings.find((f) => f.ruleId === 'frontmatter-unknown-key')!;
    expect(finding.message.en).toMatch(/^`__proto__` is not a key of the framework/);
    expect(finding.range.start).toEqual({ line: text.split('\n').indexOf('__proto__: 1'), character: 0 });
  });
});

describe('prototype names in the editor features', () => {
  const on = (text: string) => {
    const outcome = lintText(text, framework, { relativePath: 'plan.iplan.md' });
    return { plan: outcome.plan, findings: outcome.findings, lines: documentLines(TextDocument.create('file:///plan.iplan.md', 'markdown', 1, text)) };
  };

  it.each(PROTOTYPE_NAMES)('%s: hover, completion, symbols and code actions answer on every variant', (name) => {
    for (const variant of VARIANTS.filter((v) => v.name === name)) {
      const { plan, findings, lines } = on(variant.text);
      const row = lines.findIndex((line) => line.includes(name));
      for (let character = 0; character <= lines[row].length; character++) {
        const position = { line: row, character };
        const shown = hover(position, { plan, framework, locale: 'en' });
        // A prototype name is no key of the schema: a hover on it names no key at all.
        if (shown) expect((shown.contents as { value: string }).value, variant.label).not.toContain(`\`${name}\``);
        frontMatterCompletion(lines, position, { framework, locale: 'en', facts: planFacts(plan, framework), year: 2026 });
      }
      documentSymbols(plan, framework, 'en');
      const analysis = { uri: 'file:///plan.iplan.md', generation: 0, locale: 'en' as const, isPlan: true, findings, plan, framework };
      const diagnostics: Diagnostic[] = diagnosticsOf({ ...analysis, framework: undefined });
      const params: CodeActionParams = { textDocument: { uri: analysis.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } };
      // Every diagnostic can at least be disabled where it is.
      if (diagnostics.length > 0) expect(codeActions(params, analysis).length, variant.label).toBeGreaterThan(0);
    }
  });

  it('hover on a `__proto__:` key, in YAML that parses and in YAML that does not, shows nothing', () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const text of [PLAN.replace('status: concept', `${name}: 1\nstatus: concept`), PLAN.replace('status: concept', `${name}: [\nstatus: concept`)]) {
        const { plan, lines } = on(text);
        const line = lines.indexOf(lines.find((l) => l.startsWith(`${name}:`))!);
        expect(hover({ line, character: 1 }, { plan, framework, locale: 'en' }), name).toBeNull();
      }
    }
    // The keys the schema does know still get their description.
    const { plan, lines } = on(PLAN);
    const line = lines.findIndex((l) => l.startsWith('status:'));
    expect(hover({ line, character: 1 }, { plan, framework, locale: 'en' })?.range).toEqual({ start: { line, character: 0 }, end: { line, character: 6 } });
  });

  it('completion offers no value and no key for a prototype name', () => {
    const schema = framework.frontMatterSchema as SchemaNode;
    for (const name of PROTOTYPE_NAMES) {
      expect(schemaAt(schema, [name]), name).toBeUndefined();
      expect(schemaAt(schema, ['activiteiten', '*', name]), name).toBeUndefined();
      expect(schemaAt(schema, ['planperiode', name, 'van']), name).toBeUndefined();
      const text = PLAN.replace('status: concept', `${name}: \nstatus: concept`);
      const { plan, lines } = on(text);
      const line = lines.findIndex((l) => l.startsWith(`${name}:`));
      expect(frontMatterCompletion(lines, { line, character: name.length + 2 }, { framework, locale: 'en', facts: planFacts(plan, framework), year: 2026 }), name).toEqual([]);
    }
  });

  it('settings: rule names that are prototype names are dropped, the others kept', () => {
    const rules = JSON.parse(`{ "__proto__": "off", "constructor": "error", "toString": "off", "placeholder": "off" }`);
    const settings = normalizeSettings({ rules, locale: 'constructor', framework: 'toString', planGlobs: ['__proto__'] });
    expect(Object.getPrototypeOf(settings.rules)).toBe(Object.prototype);
    expect(settings.rules).toEqual({ constructor: 'error', placeholder: 'off' });
    expect(settings.locale).toBe('auto');
  });
});

describe('prototype names in framework files', () => {
  it('sections, aliases, criteria and thresholds named after prototype members work as any other names', () => {
    const definition = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'kwaliteitskader-2022.framework.json'), 'utf8'));
    definition.criteria.push({ id: 'prototype', title: { nl: 'toString', en: 'valueOf' }, description: { nl: '__proto__', en: 'hasOwnProperty' } });
    definition.sections.push({ id: 'constructor', title: { nl: 'constructor', en: '__proto__' }, aliases: ['valueOf', 'hasOwnProperty'], required: false, criterion: 'prototype' });
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'iplan-frontmatter.schema.json'), 'utf8'));
    delete schema.$id;
    const custom: Framework = createFramework(definition, schema);
    const text = `${PLAN}\n## constructor\n\nTekst.\n\n## valueOf\n\nTekst.\n`;
    const findings = lintText(text, custom).findings;
    expect(findings.filter((f) => f.internal)).toEqual([]);
    // `## constructor` is the section `constructor` by its title, `## valueOf` by its alias: a duplicate.
    expect(findings.filter((f) => f.ruleId === 'section-duplicate').map((f) => f.message.en)).toEqual([
      expect.stringMatching(/^The section ‘valueOf’ already appears/),
    ]);
  });
});

describe('prototype names through the built CLI', () => {
  it('every variant in one run, in every text format: findings, exit 1, nothing on stderr', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-proto-'));
    mkdirSync(path.join(folder, 'plannen'));
    VARIANTS.forEach((variant, i) => writeFileSync(path.join(folder, 'plannen', `v${String(i).padStart(3, '0')}.iplan.md`), variant.text));
    const formats = ['json', 'sarif', 'junit', 'gitlab', 'github'].flatMap((f) => ['--format', `${f}:report.${f}`]);
    const run = iplan([...formats, '--format', 'stylish', 'plannen'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(readFileSync(path.join(folder, 'report.json'), 'utf8'));
    expect(results).toHaveLength(VARIANTS.length);
    expect(internalErrors(results.flatMap((r: { messages: { message: string }[] }) => r.messages.map((m) => m.message)))).toEqual([]);
    expect(run.stdout).toMatch(/problems/);
  }, 120_000);

  it('configuration files: prototype names as keys and values are configuration errors with file and pointer', () => {
    const cases: [string, RegExp][] = [
      ['{ "__proto__": { "rules": {} } }', /iplan\.config\.json \/__proto__: unknown key|iplan\.config\.json \/__proto__/],
      ['{ "constructor": 1 }', /iplan\.config\.json \/constructor/],
      ['{ "locale": "constructor" }', /iplan\.config\.json \/locale: must be one of nl, en \(got "constructor"\)/],
      ['{ "thresholds": { "toString": 1 } }', /iplan\.config\.json \/thresholds\/toString/],
      ['{ "rules": { "__proto__": "off" } }', /iplan\.config\.json \/rules/],
      ['{ "rules": { "placeholder": "constructor" } }', /\/rules\/placeholder: must be one of off, warning, error \(got "constructor"\)/],
      ['{ "extends": "constructor" }', /\/extends: the file "constructor" does not exist/],
      ['{ "framework": "__proto__" }', /\/framework/],
    ];
    for (const [config, expected] of cases) {
      const folder = mkdtempSync(path.join(tmpdir(), 'iplan-proto-config-'));
      writeFileSync(path.join(folder, 'iplan.config.json'), config);
      writeFileSync(path.join(folder, 'plan.iplan.md'), PLAN);
      const run = iplan(['plan.iplan.md'], { cwd: folder });
      expect(run.status, config).toBe(2);
      expect(run.stderr.trim().split('\n'), config).toHaveLength(1);
      expect(run.stderr, config).toMatch(expected);
    }
  });

  it('configuration: rule names that are prototype names leave the other rules alone', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-proto-rules-'));
    writeFileSync(path.join(folder, 'iplan.config.json'), '{ "rules": { "constructor": "off", "tostring": "off", "placeholder": "off" } }');
    writeFileSync(path.join(folder, 'plan.iplan.md'), PLAN.replace('## 1. Samenvatting', '## 1. Samenvatting\n\nTODO'));
    const run = iplan(['--format', 'json', 'plan.iplan.md'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].messages).toEqual([]);
  });

  it('--format with a prototype name is an unknown format', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const run = iplan(['--format', name, 'examples']);
      expect(run.status, name).toBe(2);
      expect(run.stderr, name).toMatch(new RegExp(`^iplan: unknown format "${name}"; choose one of stylish, json`));
    }
  });
});
