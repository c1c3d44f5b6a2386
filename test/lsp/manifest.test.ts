/**
 * The extension manifest: every %placeholder% has a Dutch and an English text, every
 * `vscode.l10n.t` string has a Dutch translation, the settings name every rule, and what the
 * manifest points at exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../server/src/core';
import { ROOT } from './client';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
const dutch = JSON.parse(read('package.nls.nl.json')) as Record<string, string>;

describe('extension manifest', () => {
  it('has an English and a Dutch text for every placeholder, and no unused ones', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(english[key], key).toBeTruthy();
      expect(dutch[key], key).toBeTruthy();
    }
    expect(Object.keys(english).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
  });

  it('translates every vscode.l10n.t string of the client', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.nl.json')) as Record<string, string>;
    const sources = readdirSync(path.join(ROOT, 'client', 'src')).map((f) => read(path.join('client', 'src', f)));
    const strings = sources.flatMap((source) => [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1')));
    expect(strings.length).toBeGreaterThan(2);
    for (const text of strings) expect(bundle[text], text).toBeTruthy();
  });

  it('contributes the commands, settings and activation the extension uses', () => {
    expect(manifest.main).toBe('./dist/client.js');
    expect(manifest.browser).toBe('./dist/web/client.js');
    expect(manifest.l10n).toBe('./l10n');
    expect(manifest.categories).toEqual(['Linters']);
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'workspaceContains:**/*.iplan.md']));
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(['iplan.compareWith', 'iplan.importWord', 'iplan.newPlan', 'iplan.openPreviewToSide', 'iplan.restartServer', 'iplan.showOutput']);
    const client = read('client/src/activate.ts');
    for (const { command } of manifest.contributes.commands) expect(client).toContain(`'${command}'`);
    const settings = manifest.contributes.configuration.properties;
    expect(Object.keys(settings)).toEqual(expect.arrayContaining(['iplan.locale', 'iplan.framework', 'iplan.rules', 'iplan.planGlobs']));
    expect(Object.keys(settings['iplan.rules'].properties).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const validation of manifest.contributes.jsonValidation) expect(existsSync(path.join(ROOT, validation.url))).toBe(true);
  });
});
