// The extension package (.vsix): what the extension loads, on the desktop and in the browser,
// and none of the CLI's bundles, which the npm package carries for `iplan` alone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/tarball';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the .vsix', () => {
  it('holds what the extension loads and not the CLI (its Excel export above all)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-vsix.mjs'), '--list'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const files = run.stdout.split('\n').filter(Boolean);
    const loaded = [
      manifest.main,
      manifest.browser,
      // Started by the client (Node and browser), by the server, and on the first Word import;
      // the server's and the worker's code, which their launchers run with V8's code cache.
      'dist/server.js',
      'dist/server-main.js',
      'dist/check-worker.js',
      'dist/check-worker-main.js',
      'dist/web/server.js',
      'dist/importer.js',
      // Rule documentation links, the settings' JSON validation, titles and translations.
      'docs/rules.md',
      ...manifest.contributes.jsonValidation.map((entry: { url: string }) => entry.url),
      'package.nls.json',
      'package.nls.nl.json',
      'l10n/bundle.l10n.nl.json',
      manifest.icon,
    ].map((file: string) => path.posix.normalize(file));
    for (const file of loaded) expect(files).toContain(file);
    for (const cli of ['dist/cli.js', 'dist/cli-main.js', 'dist/exceljs.js']) {
      expect(manifest.files).toContain(cli);
      expect(files).not.toContain(cli);
    }
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });
});
