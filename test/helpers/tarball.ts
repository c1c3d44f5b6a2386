/**
 * The npm package as `npm pack` makes it, without touching the checkout's dist/ (which other
 * tests are running at the same time): the files npm would pack are copied to a staging folder,
 * the production bundles are built into it, and it is packed there without scripts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The paths `npm pack` would put in the package, relative to the root. */
export function packedFiles(cwd = ROOT): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
}

/** Packs the package into `destination`; returns the tarball's path. */
export function packTarball(destination: string): string {
  const stage = mkdtempSync(path.join(tmpdir(), 'iplan-stage-'));
  try {
    for (const file of packedFiles()) {
      if (file.startsWith('dist/')) continue;
      mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
      cpSync(path.join(ROOT, file), path.join(stage, file));
    }
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', path.join(stage, 'dist')], { cwd: ROOT, stdio: 'inherit' });
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return path.join(destination, (JSON.parse(out) as { filename: string }[])[0].filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** An offline `npm i -D <tarball>` into `folder`, as a plan repository installs iplan. */
export function installTarball(tarball: string, folder: string): void {
  execFileSync('npm', ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', tarball], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
}
