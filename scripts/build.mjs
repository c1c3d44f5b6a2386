// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some dependencies are ESM that reads import.meta.url; in a CommonJS bundle that is this file.
  define: { IPLAN_VERSION: JSON.stringify(version), 'import.meta.url': '__iplanImportMetaUrl' },
  inject: ['scripts/import-meta-url.js'],
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((entry) => existsSync(entry.entryPoints[0]));

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));

