/**
 * The extension manifest (package.json) against the code it describes: what it contributes must
 * be implemented (a command a handler, a setting a reader, a `when` context key a setter), what
 * the code has must be contributed, every text must exist in English and Dutch, and its defaults
 * and globs must be those the code uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_GLOBS, defaultFramework, parseLocale, rules } from '../../server/src/core';
import { CONFIG_FILE_NAMES } from '../../server/src/node/configResolver';
import { normalizeSettings } from '../../server/src/lsp/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
const dutch = JSON.parse(read('package.nls.nl.json')) as Record<string, string>;
const clientSources = readdirSync(path.join(ROOT, 'client', 'src'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => read(path.join('client', 'src', file)))
  .join('\n');

type Property = { type: string; default?: unknown; enum?: unknown[]; items?: { type: string }; minimum?: number };
const settings = manifest.contributes.configuration.properties as Record<string, Property>;
const contributedCommands = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);

/** A valid value of a setting other than its default, to see that something reads it. */
function otherValue(name: string, property: Property): unknown {
  if (property.enum) return property.enum.find((value) => value !== property.default);
  if (property.type === 'integer') return Number(property.default ?? property.minimum ?? 0) + 1;
  if (property.type === 'string') return `other-${name}.json`;
  if (property.type === 'array') return ['plannen/**/*.md'];
  if (property.type === 'object') return { [rules[0].id]: 'off' };
  throw new Error(`no other value for ${name} (${property.type})`);
}

describe('extension manifest', () => {
  it('has an English and a Dutch text for every placeholder, and no unused ones', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(english[key], key).toMatch(/\S/);
      expect(dutch[key], key).toMatch(/\S/);
    }
    expect(Object.keys(english).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
  });

  it('translates every vscode.l10n.t string of the client, and holds no translation nobody asks for', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.nl.json')) as Record<string, string>;
    const strings = [...clientSources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    expect(strings.length).toBeGreaterThan(2);
    for (const text of strings) expect(bundle[text], text).toMatch(/\S/);
    expect(Object.keys(bundle).filter((key) => !strings.includes(key))).toEqual([]);
  });

  it('contributes every command the client registers, and the client registers every one contributed', () => {
    const registered = [...clientSources.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(registered.sort()).toEqual([...contributedCommands].sort());
    expect(new Set(registered).size).toBe(registered.length);
    // Menus show contributed commands only.
    const menus = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat();
    for (const item of menus) expect(contributedCommands, item.command).toContain(item.command);
  });

  it('uses in `when` clauses only context keys the client sets', () => {
    const set = new Set([...clientSources.matchAll(/executeCommand\(\s*'setContext',\s*'([^']+)'/g)].map((m) => m[1]));
    const menus = Object.values(manifest.contributes.menus as Record<string, { when?: string }[]>).flat();
    const used = menus.flatMap((item) => [...(item.when ?? '').matchAll(/\biplan\.[\w.]+/g)].map((m) => m[0]));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(set, key).toContain(key);
  });

  it('contributes the settings the server reads, each read, with the defaults the server uses', () => {
    const contributed = Object.keys(settings).filter((name) => name !== 'iplan.trace.server');
    const read = normalizeSettings(Object.fromEntries(contributed.map((name) => [name.slice('iplan.'.length), otherValue(name, settings[name])])));
    const defaults = normalizeSettings({});
    // Each setting set to another valid value changes what the server works with.
    for (const name of contributed) {
      const key = name.slice('iplan.'.length) as keyof typeof read;
      expect(read[key], name).not.toEqual(defaults[key]);
    }
    // … and the server reads nothing that is not contributed.
    expect(Object.keys(read).map((key) => `iplan.${key}`).sort()).toEqual(contributed.sort());
    expect(settings['iplan.checkTimeoutMs'].default).toBe(defaults.checkTimeoutMs);
    expect(settings['iplan.locale'].default).toBe(defaults.locale);
    // `auto` names no language, so the client's display language decides; the others name one.
    expect(settings['iplan.locale'].enum!.map((value) => parseLocale(String(value)))).toEqual([undefined, 'nl', 'en']);
  });

  it('traces under the language client id, so vscode-languageclient reads the trace setting', () => {
    const argument = /new LanguageClient\(\s*(?:'([^']+)'|(\w+))/.exec(clientSources);
    const id = argument?.[1] ?? new RegExp(`const ${argument?.[2]} = '([^']+)'`).exec(clientSources)?.[1];
    expect(id).toBeDefined();
    expect(settings[`${id}.trace.server`]).toBeDefined();
  });

  it('completes a severity for exactly the rules that check a plan', () => {
    const properties = (settings['iplan.rules'] as unknown as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(properties).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('activates on the plan globs the checker uses, and validates the configuration files it reads', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', ...DEFAULT_PLAN_GLOBS.map((glob) => `workspaceContains:${glob}`)]);
    expect(defaultFramework().definition.planGlobs).toEqual(DEFAULT_PLAN_GLOBS);
    const validations = manifest.contributes.jsonValidation as { fileMatch: string | string[]; url: string }[];
    const configValidation = validations.find((v) => v.url === './schemas/config.schema.json');
    expect(configValidation?.fileMatch).toEqual(CONFIG_FILE_NAMES);
    for (const validation of validations) expect(() => JSON.parse(read(validation.url)), validation.url).not.toThrow();
  });

  it('restricts in untrusted workspaces only settings it contributes', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations as string[];
    expect(restricted.length).toBeGreaterThan(0);
    for (const name of restricted) expect(Object.keys(settings), name).toContain(name);
  });
});
