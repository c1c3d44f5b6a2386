// The layers of docs/architecture.md, checked on every import of server/src and client/src.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenPackages, importCycles, roomOf, ROOMS, upwardImports } from './layers';
import { readModule, ROOT, sourceModules, type Module } from './sources';

const modules = sourceModules();

/** A module made from text, as if it were the file `file` (for the checks' own tests). */
const fake = (file: string, text: string): Module => readModule(file, text);

describe('layers', () => {
  it('reads the sources: every room but the importer has files, and imports resolve to files', () => {
    const rooms = new Set(modules.map((m) => roomOf(m.file)?.room));
    for (const { room } of ROOMS) if (room !== 'import') expect(rooms, room).toContain(room);
    expect(modules.every((m) => roomOf(m.file))).toBe(true);
    const files = new Set(modules.map((m) => m.file));
    const unresolved = modules.flatMap((m) =>
      m.imports.filter((i) => i.local && /\/src\//.test(i.target) && !/\.(css|json)$/.test(i.target) && !files.has(i.target)).map((i) => `${m.file} → ${i.target}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('are those docs/architecture.md describes: it names every room that has files', () => {
    const document = readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const rooms = new Set(modules.map((m) => roomOf(m.file)!.folder));
    for (const folder of rooms) expect(document, folder).toContain(`\`${folder}\``);
  });

  it('has no import cycle', () => {
    expect(importCycles(modules)).toEqual([]);
  });

  it('imports only downward: core ← render, import ← node ← cli, lsp ← client', () => {
    expect(upwardImports(modules)).toEqual([]);
  });

  it('keeps I/O out of the core, the renderer and the importer, and the editor out of all but lsp and client', () => {
    expect(forbiddenPackages(modules)).toEqual([]);
  });
});

describe('the layer checks themselves', () => {
  it('find a cycle, also one made by type-only imports and re-exports', () => {
    const cycle = [
      fake('server/src/core/a.ts', "import type { B } from './b';"),
      fake('server/src/core/b.ts', "export { C } from './c';"),
      fake('server/src/core/c.ts', "import { A } from './a';"),
      fake('server/src/core/d.ts', "import { A } from './a';"),
    ];
    // The fake files do not exist, so the import targets stay as written, without `.ts`.
    const withExtension = cycle.map((m) => ({ ...m, imports: m.imports.map((i) => ({ ...i, target: `${i.target}.ts` })) }));
    expect(importCycles(withExtension)).toEqual([['server/src/core/a.ts', 'server/src/core/b.ts', 'server/src/core/c.ts']]);
  });

  it('find an upward and a sideways import, and allow a downward one', () => {
    const found = upwardImports([
      fake('server/src/node/config.ts', "import { x } from '../cli/results';\nimport { y } from '../core';"),
      fake('server/src/cli/main.ts', "import { z } from '../lsp/protocol';\nimport { w } from '../render';"),
      fake('client/src/extension.ts', "import { v } from '../../server/src/lsp/protocol';"),
    ]);
    expect(found).toEqual([
      'server/src/node/config.ts:1 (node) → server/src/cli/results.ts (cli)',
      'server/src/cli/main.ts:1 (cli) → server/src/lsp/protocol.ts (lsp)',
    ]);
  });

  it('find I/O in the core and the editor in the CLI', () => {
    const found = forbiddenPackages([
      fake('server/src/core/x.ts', "import { readFileSync } from 'node:fs';"),
      fake('server/src/cli/y.ts', "import type { Diagnostic } from 'vscode-languageserver';"),
      fake('server/src/lsp/z.ts', "import { createConnection } from 'vscode-languageserver/node';"),
    ]);
    expect(found).toEqual([
      'server/src/core/x.ts:1 imports node:fs (core: no I/O)',
      'server/src/cli/y.ts:1 imports vscode-languageserver (cli: no editor)',
    ]);
  });
});

describe('rooms a newcomer finds', () => {
  it('holds no source file over 400 lines', () => {
    const long = modules
      .map((m) => ({ file: m.file, lines: readFileSync(path.join(ROOT, m.file), 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
