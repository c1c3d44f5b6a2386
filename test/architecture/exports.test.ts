// Every export of server/src and client/src is imported somewhere else (sources, tests, scripts
// or benchmarks), directly or through an index that passes it on: an export nobody imports is
// dead code or a name that should stay inside its file.
import { describe, expect, it } from 'vitest';
import { otherModules, readModule, sourceModules, type Module } from './sources';

/**
 * Exports the outside world calls: VS Code calls the extension's activate and deactivate (the
 * Node entry and the browser one); the launchers of the CLI, the language server and its check
 * worker call runFromCommandLine, runServer and runCheckWorker on the bundles they load with V8's
 * code cache (not an import).
 */
const ENTRY_POINTS = new Set([
  'server/src/cli/main.ts#runFromCommandLine',
  'server/src/lsp/main.ts#runServer',
  'server/src/lsp/checkWorker.ts#runCheckWorker',
  'client/src/extension.ts#activate',
  'client/src/extension.ts#deactivate',
  'client/src/browserExtension.ts#activate',
  'client/src/browserExtension.ts#deactivate',
]);
/** `file#name` of every export no other module imports. */
export function unusedExports(checked: readonly Module[], all: readonly Module[]): string[] {
  const importersOf = new Map<string, { module: Module; names: string[]; exportedAs?: string[]; reexport: boolean }[]>();
  for (const module of all) {
    for (const i of module.imports) {
      if (!i.local || i.target === module.file) continue;
      const list = importersOf.get(i.target) ?? [];
      list.push({ module, names: i.names, exportedAs: i.exportedAs, reexport: i.reexport });
      importersOf.set(i.target, list);
    }
  }
  const used = (file: string, name: string, seen: Set<string>): boolean => {
    const key = `${file}#${name}`;
    if (ENTRY_POINTS.has(key)) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    for (const importer of importersOf.get(file) ?? []) {
      const index = importer.names.indexOf(name);
      if (index < 0 && !importer.names.includes('*')) continue;
      if (!importer.reexport) return true;
      // Passed on, perhaps under another name: used when someone takes it from there.
      const passedAs = index < 0 ? name : (importer.exportedAs?.[index] ?? name);
      if (used(importer.module.file, passedAs, seen)) return true;
    }
    return false;
  };
  return checked.flatMap((module) => {
    // Its own declarations, and what it passes on by name (an index's `export { a } from './a'`).
    const passedOn = module.imports.filter((i) => i.reexport).flatMap((i) => (i.exportedAs ?? []).filter((name) => name !== '*').map((name) => ({ name, line: i.line })));
    return [...module.exports, ...passedOn]
      .filter(({ name }) => !ENTRY_POINTS.has(`${module.file}#${name}`) && !used(module.file, name, new Set()))
      .map(({ name, line }) => `${module.file}:${line} ${name}`);
  });
}

describe('exports', () => {
  it('each is imported by another module', () => {
    const sources = sourceModules();
    expect(unusedExports(sources, [...sources, ...otherModules()])).toEqual([]);
  });

  it('the check finds an export nobody imports, also behind an index, and accepts one imported through it', () => {
    const modules = [
      readModule('server/src/core/a.ts', 'export const used = 1;\nexport function unused() {}\nexport interface Hidden {}'),
      readModule('server/src/core/index.ts', "export { used, unused } from './a';\nexport * from './b';"),
      readModule('server/src/core/b.ts', 'export const viaStar = 2;\nexport default 3;'),
      readModule('server/src/cli/c.ts', "import { used, viaStar } from '../core';"),
    ];
    // The fake files do not exist: give the targets the names they would resolve to.
    const resolved = modules.map((m) => ({ ...m, imports: m.imports.map((i) => ({ ...i, target: i.target.endsWith('.ts') ? i.target : /core$/.test(i.target) ? `${i.target}/index.ts` : `${i.target}.ts` })) }));
    expect(unusedExports(resolved.slice(0, 1).concat(resolved[2]), resolved)).toEqual([
      'server/src/core/a.ts:2 unused',
      'server/src/core/a.ts:3 Hidden',
      'server/src/core/b.ts:2 default',
    ]);
    // The index passes `unused` on, and nobody takes it from there.
    expect(unusedExports([resolved[1]], resolved)).toEqual(['server/src/core/index.ts:1 unused']);
  });
});
