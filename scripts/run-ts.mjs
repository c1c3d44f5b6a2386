#!/usr/bin/env node
// Runs a TypeScript script of the project (docs, fuzz): bundles it with esbuild into a temporary
// file and runs that with the remaining arguments, from the repository root.
//   node scripts/run-ts.mjs scripts/docs.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
const folder = mkdtempSync(join(tmpdir(), 'iplan-run-'));
const outfile = join(folder, 'script.cjs');
let status = 1;
try {
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  status = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' }).status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(status);
