/**
 * The web bundles (VS Code for the Web) hold no Node built-in: the build fails on an import of
 * one, naming it and the file that imports it; the real web entries build without one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the build script is plain ESM JavaScript.
import { isNodeBuiltin, noNodeBuiltins, webEntries } from '../../scripts/web-build.mjs';

const ROOT = path.resolve(__dirname, '..', '..');

async function bundle(source: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-web-bundle-'));
  const entry = path.join(folder, 'entry.ts');
  writeFileSync(entry, source);
  return build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'iife', logLevel: 'silent', plugins: [noNodeBuiltins] });
}

describe('the web bundles', () => {
  it('fail to build when a Node built-in sneaks in, with or without `node:`', async () => {
    for (const [specifier, source] of [
      ['node:path', "import * as path from 'node:path'; console.log(path.sep);"],
      ['fs', "import { readFileSync } from 'fs'; console.log(readFileSync);"],
      ['worker_threads', "const { Worker } = require('worker_threads'); console.log(Worker);"],
      ['fs/promises', "export { readFile } from 'fs/promises';"],
    ]) {
      await expect(bundle(source), specifier).rejects.toThrow(new RegExp(`Node built-in "${specifier}" imported by .*entry\\.ts`));
    }
    // The same entry without the built-in builds.
    await expect(bundle("console.log('no Node here');")).resolves.toBeDefined();
  });

  it('tells built-ins from packages', () => {
    for (const name of ['node:crypto', 'crypto', 'path', 'fs/promises', 'worker_threads', 'node:test']) expect(isNodeBuiltin(name), name).toBe(true);
    for (const name of ['vscode', 'vscode-languageserver/browser', 'yaml', './path', 'pathe']) expect(isNodeBuiltin(name), name).toBe(false);
  });

  it('build the browser client and the Web Worker server from the shared code, without Node', async () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'iplan-web-dist-'));
    const entries = webEntries(outdir) as { entryPoints: string[]; outfile: string; define: Record<string, string> }[];
    expect(entries.map((entry) => entry.entryPoints[0]).sort()).toEqual(['client/src/browserExtension.ts', 'server/src/lsp/browserMain.ts']);
    for (const entry of entries) {
      const result = await build({ ...entry, absWorkingDir: ROOT, bundle: true, logLevel: 'silent', metafile: true, define: { ...entry.define, IPLAN_VERSION: '"0.0.0-test"' } });
      const inputs = Object.keys(result.metafile!.inputs);
      expect(inputs.filter((input) => input.includes('node:') || /(^|\/)(checkHost|checkWorker|nodePlatform|nodeFiles|readFile)\.ts$/.test(input))).toEqual([]);
      const code = readFileSync(entry.outfile, 'utf8');
      expect(code).not.toMatch(/require\(["'](node:)?(fs|path|worker_threads|child_process|crypto)["']\)/);
      if (entry.entryPoints[0].includes('browserMain')) {
        // The same core, analysis and wiring as on Node; and nothing that needs a page (a Web Worker has none).
        expect(inputs).toEqual(expect.arrayContaining(['server/src/core/check.ts', 'server/src/lsp/analysis.ts', 'server/src/lsp/server.ts', 'server/src/lsp/checkJobs.ts']));
        expect(code).not.toMatch(/\bdocument\.(createElement|body|currentScript)/);
      }
    }
  }, 120_000);
});
