/**
 * Runs a CommonJS bundle with V8's code cache, so a short run does not compile the bundle's code
 * again each time (Node 20 has no module compile cache of its own). The cache is what V8 compiled
 * during one run, kept in the user's cache folder under a name that holds the bundle's build
 * hash, the Node version and the architecture, readable and writable by this user only (code
 * from a cache another could write would run as ours). V8 rejects a cache made by another version
 * or with other flags; then, or when there is none, the run makes a new one as it ends. Anything
 * wrong with the cache costs time, never the run: it is then compiled as without one.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from './atomicWrite';
import { userCacheFolder } from './userCacheFolder';

/** Larger than any cache of our bundles: a file this size is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Other builds' caches of a bundle (another checkout, the bench's build, another Node version)
 * are removed only once unused this long, or beyond this many: two builds run side by side must
 * not remove each other's cache at every save. A cache in use is touched at most once a day.
 */
const UNUSED_MS = 30 * DAY_MS;
const MAX_CACHES_PER_BUNDLE = 8;

interface CachedBundle<Exports> {
  exports: Exports;
  /** What became of the cache: V8 used it, refused it (another Node, other flags, other code, garbage), or there was none. */
  cache: 'used' | 'refused' | 'none';
  /** Writes the cache when there was none or V8 refused it (once); call when the run has compiled what it needs. */
  saveCache(): void;
}

/** The cache's bytes (and when it was last used) when the file is a regular file of this user that no one else may write. */
function readPrivateFile(file: string): { bytes: Buffer; usedMs: number } | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const foreign = typeof process.getuid === 'function' && stat.uid !== process.getuid();
    const open = process.platform !== 'win32' && (stat.mode & 0o077) !== 0;
    if (!stat.isFile() || foreign || open || stat.size > MAX_CACHE_BYTES) return undefined;
    return { bytes: readFileSync(fd), usedMs: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads `bundle` (a CommonJS file) as Node would and returns its exports. `buildHash` names the
 * bundle's content (the build computes it); `bundleRequire` is the `require` the bundle gets (one
 * of a module in the bundle's folder; loading node:module for a new one took longer).
 */
export function loadWithCodeCache<Exports>(bundle: string, buildHash: string, bundleRequire: NodeJS.Require, env: NodeJS.ProcessEnv = process.env): CachedBundle<Exports> {
  const prefix = `${path.basename(bundle, '.js')}-`;
  const cacheFile = path.join(userCacheFolder(env), 'code-cache', `${prefix}${buildHash}-${process.version}-${process.arch}.bin`);
  let cached: ReturnType<typeof readPrivateFile>;
  try {
    cached = readPrivateFile(cacheFile);
  } catch {
    cached = undefined;
  }
  const cachedData = cached?.bytes;
  let source = readFileSync(bundle, 'utf8');
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  // The same wrapper Node puts around a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} as Exports };
  script.runInThisContext()(module.exports, bundleRequire, module, bundle, path.dirname(bundle));
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'refused' : 'used';
  if (cache === 'used' && Date.now() - cached!.usedMs > DAY_MS) markUsed(cacheFile);
  let wanted = cache !== 'used';
  return {
    exports: module.exports,
    cache,
    saveCache() {
      if (!wanted) return;
      wanted = false;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        // One that is not ours, or open to others, is replaced rather than written through.
        if (cachedData === undefined) unlinkSync(cacheFile);
      } catch {
        // Absent, as it usually is.
      }
      try {
        writeFileAtomic(cacheFile, script.createCachedData(), 0o600);
        pruneOthers(cacheFile, prefix);
      } catch {
        // A read-only home or a full disk: the next run compiles as this one did.
      }
    },
  };
}

function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Read-only: it may then be pruned once a month and written again.
  }
}

/** Removes the caches of other builds of this bundle that went unused a month, and the oldest beyond MAX_CACHES_PER_BUNDLE. */
function pruneOthers(cacheFile: string, prefix: string): void {
  const folder = path.dirname(cacheFile);
  const others: { file: string; usedMs: number }[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !name.endsWith('.bin') || name === path.basename(cacheFile)) continue;
    const file = path.join(folder, name);
    const usedMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (usedMs !== undefined) others.push({ file, usedMs });
  }
  others.sort((a, b) => b.usedMs - a.usedMs);
  const now = Date.now();
  others.forEach(({ file, usedMs }, i) => {
    if (now - usedMs <= UNUSED_MS && i < MAX_CACHES_PER_BUNDLE - 1) return;
    try {
      unlinkSync(file);
    } catch {
      // Removed meanwhile by another run.
    }
  });
}
