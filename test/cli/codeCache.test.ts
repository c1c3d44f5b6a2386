// The CLI's code cache: written once to the user's cache folder, readable by the user only, used
// when it is the user's own and V8 accepts it, replaced otherwise; anything wrong with it costs
// time, never the run. (Whether it pays is measured by npm run bench, not here.)
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWithCodeCache } from '../../server/src/node/codeCache';
import { iplan, ROOT } from './run';

function setup() {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-code-cache-'));
  const bundle = path.join(folder, 'bundle.js');
  writeFileSync(bundle, '#!/usr/bin/env node\nexports.twice = (n) => 2 * n;\nexports.file = __filename;\nexports.fs = typeof require("node:fs").readFileSync;\n');
  const env = { XDG_CACHE_HOME: path.join(folder, 'user-cache') };
  const cacheFolder = path.join(folder, 'user-cache', 'iplan', 'code-cache');
  const cacheFile = path.join(cacheFolder, `bundle-abc-${process.version}-${process.arch}.bin`);
  const load = () => loadWithCodeCache<{ twice(n: number): number; file: string; fs: string }>(bundle, 'abc', require, env);
  return { folder, bundle, env, cacheFolder, cacheFile, load };
}

describe('the code cache', () => {
  it('runs the bundle as a CommonJS module and writes a private cache that the next run uses as it is', () => {
    const { bundle, cacheFile, load } = setup();
    const first = load();
    expect(first.cache).toBe('none');
    expect(first.exports.twice(21)).toBe(42);
    expect(first.exports.file).toBe(bundle);
    expect(first.exports.fs).toBe('function');
    expect(existsSync(cacheFile)).toBe(false);
    first.saveCache();
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(cacheFile)).mode & 0o777).toBe(0o700);
    const written = statSync(cacheFile);
    const second = load();
    expect(second.cache).toBe('used');
    expect(second.exports.twice(2)).toBe(4);
    second.saveCache();
    // Accepted: not written again.
    expect(statSync(cacheFile).mtimeMs).toBe(written.mtimeMs);
    expect(statSync(cacheFile).ino).toBe(written.ino);
    // Used after a day: marked as used (so no other build's save removes it), not rewritten.
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(cacheFile, twoDaysAgo, twoDaysAgo);
    load().saveCache();
    expect(statSync(cacheFile).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(statSync(cacheFile).ino).toBe(written.ino);
  });

  it('replaces a cache that V8 refuses, one open to others, or a link; and drops those of other builds only once unused a month', () => {
    const { cacheFolder, cacheFile, load, folder } = setup();
    mkdirSync(cacheFolder, { recursive: true });
    const build = (name: string, daysAgo: number) => {
      const file = path.join(cacheFolder, `bundle-${name}-${process.version}-${process.arch}.bin`);
      writeFileSync(file, `build ${name}`);
      const then = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
      utimesSync(file, then, then);
      return path.basename(file);
    };
    const recent = build('recent', 29);
    build('old', 31);
    const other = path.join(cacheFolder, 'other-abc.bin');
    writeFileSync(other, 'another bundle');
    writeFileSync(cacheFile, Buffer.alloc(4096, 7), { mode: 0o600 });
    const garbage = load();
    expect(garbage.cache).toBe('refused');
    expect(garbage.exports.twice(3)).toBe(6);
    garbage.saveCache();
    expect(statSync(cacheFile).size).not.toBe(4096);
    // Another build's cache in use (the bench's build beside the repository's) stays.
    expect(readdirSync(cacheFolder).sort()).toEqual([path.basename(cacheFile), recent, 'other-abc.bin'].sort());
    // Beyond eight caches of the bundle, the least recently used go.
    const more = Array.from({ length: 9 }, (_, i) => build(`b${i}`, i + 1));
    unlinkSync(cacheFile);
    load().saveCache();
    expect(readdirSync(cacheFolder).sort()).toEqual([path.basename(cacheFile), ...more.slice(0, 7), 'other-abc.bin'].sort());

    chmodSync(cacheFile, 0o644);
    const open = load();
    open.saveCache();
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);

    const planted = path.join(folder, 'planted.bin');
    writeFileSync(planted, Buffer.alloc(100, 1), { mode: 0o600 });
    unlinkSync(cacheFile);
    symlinkSync(planted, cacheFile);
    const linked = load();
    expect(linked.exports.twice(4)).toBe(8);
    linked.saveCache();
    expect(statSync(cacheFile, { throwIfNoEntry: false })?.isFile()).toBe(true);
    expect(statSync(planted).size).toBe(100);
  });

  it('runs the code as it is now when the cache under its name was made from other code (V8 refuses it), and replaces it', () => {
    const { bundle, cacheFile, load } = setup();
    load().saveCache();
    const stale = statSync(cacheFile);
    writeFileSync(bundle, 'exports.twice = (n) => 3 * n; // not what the cache was made from\n');
    const changed = load();
    expect(changed.cache).toBe('refused');
    expect(changed.exports.twice(2)).toBe(6);
    changed.saveCache();
    expect(statSync(cacheFile).ino).not.toBe(stale.ino);
    expect(load().cache).toBe('used');
  });

  it('costs the run nothing when the cache folder cannot be made', () => {
    const { folder, bundle } = setup();
    writeFileSync(path.join(folder, 'a-file'), '');
    const blocked = loadWithCodeCache<{ twice(n: number): number }>(bundle, 'abc', require, { XDG_CACHE_HOME: path.join(folder, 'a-file') });
    expect(blocked.cache).toBe('none');
    expect(blocked.exports.twice(5)).toBe(10);
    expect(() => blocked.saveCache()).not.toThrow();
  });

  it('is written by the iplan command after a run that parsed a plan, not after --version', () => {
    const userCache = mkdtempSync(path.join(tmpdir(), 'iplan-code-cache-cli-'));
    const codeCache = path.join(userCache, 'iplan', 'code-cache');
    expect(iplan(['--version'], { env: { XDG_CACHE_HOME: userCache } }).status).toBe(0);
    expect(existsSync(codeCache)).toBe(false);
    const first = iplan(['--format', 'json', 'examples/defect-costs.iplan.md'], { env: { XDG_CACHE_HOME: userCache } });
    expect(first.status).toBe(1);
    expect(readdirSync(codeCache)).toEqual([expect.stringMatching(/^cli-main-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.bin$/)]);
    const second = iplan(['--format', 'json', 'examples/defect-costs.iplan.md'], { env: { XDG_CACHE_HOME: userCache }, cwd: ROOT });
    expect(second).toEqual(first);
  });
});
