// Packages the extension (.vsix) from what the extension loads: the npm package's files
// (package.json `files`) without the CLI's bundles, which only `iplan` on the command line runs
// (exceljs alone is a megabyte). vsce takes either `files` or a .vscodeignore, never both, so the
// extension's files are staged in .vsix/ with a manifest naming them, and packaged from there.
// `--list` prints what the .vsix would hold instead (test/package/vsix.test.ts reads it).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** In the npm package for the CLI, never loaded by the extension. */
const CLI_ONLY = ['dist/cli.js', 'dist/cli-main.js', 'dist/exceljs.js'];

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const files = manifest.files.filter((entry) => !CLI_ONLY.includes(entry));
const stage = path.join(root, '.vsix');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage);
for (const entry of files) {
  // Globs (package.nls.*.json) are expanded by hand: the stage holds plain copies.
  const matches = entry.includes('*') ? globAtRoot(entry) : [entry];
  for (const match of matches) cpSync(path.join(root, match), path.join(stage, match), { recursive: true });
}
const { bin: _bin, scripts: _scripts, devDependencies: _dev, ...extension } = manifest;
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify({ ...extension, files }, null, 2)}\n`);

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const list = process.argv.includes('--list');
const args = list ? ['ls', '--no-dependencies'] : ['package', '--no-dependencies', '-o', path.join(root, `iplan-${manifest.version}.vsix`)];
const run = spawnSync(process.execPath, [vsce, ...args], { cwd: stage, stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });
process.exit(run.status ?? 1);

function globAtRoot(pattern) {
  const [prefix, suffix] = pattern.split('*');
  return readdirSync(root).filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length);
}
