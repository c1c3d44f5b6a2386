// Bundles the CLI, the language server (and its check worker), the VS Code client and the GitHub Action into dist/,
// and the web bundles (client and server for VS Code for the Web, see web-build.mjs) into dist/web/.
//   node scripts/build.mjs [--production] [--outdir <folder>]
// `npm pack` and `npm publish` build with --production first (the `prepack` script).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { webEntries } from './web-build.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { values } = parseArgs({ options: { production: { type: 'boolean', default: false }, outdir: { type: 'string', default: 'dist' } } });
const production = values.production;
const outdir = values.outdir;

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

// exceljs (for `iplan portfolio --format xlsx`) is large and rarely needed: a bundle of its own,
// beside cli.js, that the CLI loads only when a workbook is asked for.
const excelBeside = {
  name: 'exceljs-beside',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.js', external: true }));
  },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [excelBeside] },
  { entryPoints: ['exceljs'], outfile: `${outdir}/exceljs.js` },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: `${outdir}/server.js` },
  // The server's worker thread, which parses and checks; the server starts it from beside itself.
  { entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: `${outdir}/check-worker.js` },
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
  // The GitHub Action: runs cli.js beside it. Not in the npm package or the extension.
  { entryPoints: ['server/src/cli/action/main.ts'], outfile: `${outdir}/action.js` },
  // Loaded by the CLI and the server on first use only (server/src/node/importer.ts).
  { entryPoints: ['server/src/import/index.ts'], outfile: `${outdir}/importer.js` },
].filter((entry) => !entry.entryPoints[0].includes('/') || existsSync(entry.entryPoints[0]));

await Promise.all([
  ...entries.map((entry) => build({ ...common, ...entry })),
  ...webEntries(outdir).map((entry) => build({ ...common, ...entry, define: { ...common.define, ...entry.define } })),
]);
