/**
 * The language server's code cache: dist/server.js and dist/check-worker.js run their bundles
 * with V8's code cache, written once the server is idle after its first check and used by the
 * next start. A corrupt cache, or a cache folder that cannot be made, costs time and changes no
 * diagnostic. The server logs how its start went (the code cache's fate included) with its first
 * diagnostics. Whether the cache pays is measured by bench/firstDiagnostics.ts, not here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { afterAll, describe, expect, it } from 'vitest';
import { fileUri, ROOT, tempFolder, TestClient } from './client';

const DIR = tempFolder();
const CACHE_HOME = mkdtempSync(path.join(tmpdir(), 'iplan-server-code-cache-'));
afterAll(() => {
  DIR.remove();
  rmSync(CACHE_HOME, { recursive: true, force: true });
});

const PLAN = readFileSync(path.join(ROOT, 'examples', 'defect-sections.iplan.md'), 'utf8');
const CODE_CACHE = path.join(CACHE_HOME, 'iplan', 'code-cache');

/**
 * A server's first diagnostics of the plan, its start-up line and what its log says of the check
 * worker's code cache, once it is idle (caches written).
 */
async function firstStart(cacheHome: string): Promise<{ diagnostics: Diagnostic[]; startLine: string | undefined; worker: string | undefined }> {
  const client = await TestClient.start({ workspaceFolders: [DIR.folder], env: { XDG_CACHE_HOME: cacheHome } });
  try {
    const uri = fileUri(path.join(DIR.folder, 'plan.iplan.md'));
    await client.open(uri, PLAN);
    const diagnostics = await client.diagnostics(uri, 1, 30_000);
    await client.idleAfterDiagnostics(uri, 1, 30_000);
    return {
      diagnostics,
      startLine: client.logs.find((line) => line.startsWith('Start-up')),
      worker: client.logs.find((line) => line.startsWith('The check worker is ready')),
    };
  } finally {
    await client.stop();
  }
}

const caches = () => readdirSync(CODE_CACHE).sort();

describe("the language server's code cache", () => {
  it('is written after the first check, used by the next start, and replaced when corrupt; the diagnostics stay the same', async () => {
    const cold = await firstStart(CACHE_HOME);
    expect(cold.diagnostics.map((d) => d.code)).toContain('section-missing');
    expect(cold.startLine).toMatch(/^Start-up \(ms since the server started\): .*server code loaded \(code cache none\) \d+/);
    // Checked on the main thread or in the worker, whichever was ready first.
    expect(cold.startLine).toMatch(/first check (?:on the main thread|sent) \d+.*first check done \d+.*first diagnostics \d+/);
    expect(cold.worker).toBe('The check worker is ready (its code cache: none)');
    expect(caches()).toEqual([
      expect.stringMatching(/^check-worker-main-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.bin$/),
      expect.stringMatching(/^server-main-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.bin$/),
    ]);
    const written = caches().map((name) => statSync(path.join(CODE_CACHE, name)));
    expect(written.every((stat) => (stat.mode & 0o777) === 0o600)).toBe(true);

    const warm = await firstStart(CACHE_HOME);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(warm.startLine).toMatch(/server code loaded \(code cache used\)/);
    expect(warm.worker).toBe('The check worker is ready (its code cache: used)');
    // Used as it was: not written again.
    expect(caches().map((name) => statSync(path.join(CODE_CACHE, name)).mtimeMs)).toEqual(written.map((stat) => stat.mtimeMs));

    for (const name of caches()) writeFileSync(path.join(CODE_CACHE, name), Buffer.alloc(8192, 0x5a), { mode: 0o600 });
    const corrupt = await firstStart(CACHE_HOME);
    expect(corrupt.diagnostics).toEqual(cold.diagnostics);
    expect(corrupt.startLine).toMatch(/server code loaded \(code cache refused\)/);
    expect(corrupt.worker).toBe('The check worker is ready (its code cache: refused)');
    // Replaced by a good one.
    expect(caches().map((name) => statSync(path.join(CODE_CACHE, name)).size)).not.toContain(8192);
    const again = await firstStart(CACHE_HOME);
    expect(again.startLine).toMatch(/server code loaded \(code cache used\)/);
    expect(again.worker).toBe('The check worker is ready (its code cache: used)');
  }, 120_000);

  it('costs the diagnostics nothing when the cache folder cannot be made', async () => {
    const blocked = path.join(DIR.folder, 'not-a-folder');
    writeFileSync(blocked, '');
    const reference = await firstStart(CACHE_HOME);
    const start = await firstStart(blocked);
    expect(start.diagnostics).toEqual(reference.diagnostics);
    expect(start.startLine).toMatch(/server code loaded \(code cache none\).*first diagnostics \d+/);
    expect(start.worker).toBe('The check worker is ready (its code cache: none)');
  }, 60_000);
});
