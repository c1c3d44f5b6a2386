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

if (process.argv.includes('--docs')) {
  // The docs generator is TypeScript over the core: bundle it to a temporary file and run it.
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const folder = mkdtempSync(join(tmpdir(), 'iplan-docs-'));
  try {
    await build({ ...common, sourcemap: false, entryPoints: ['scripts/docs.ts'], outfile: join(folder, 'docs.js') });
    execFileSync(process.execPath, [join(folder, 'docs.js')], { stdio: 'inherit' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
