/**
 * Results cached by content: a warm run over unchanged files reads and hashes them, and parses
 * nothing. The key covers the text, the effective configuration and framework, and the tool's
 * version, so any change that could change a finding misses the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core';
import type { ResolvedConfig } from './config';
import { writeFileAtomic } from './atomicWrite';
import { relativePosix } from './paths';
import { readPlanFile } from './planFile';
import { READ_LIMITS, readTextFile } from './readFile';

export interface CachedOutcome {
  isPlan: boolean;
  findings: Finding[];
}

interface CacheFile {
  version: string;
  entries: Record<string, { key: string; outcome: CachedOutcome }>;
}

export function cacheKey(text: string, configFingerprint: string, toolVersion: string): string {
  return createHash('sha256').update(toolVersion).update('\0').update(configFingerprint).update('\0').update(text).digest('hex');
}

export class ResultCache {
  private entries: CacheFile['entries'] = {};
  private dirty = false;

  /** Without a location the cache lives in memory only (the language server's use). */
  constructor(
    readonly location: string | undefined,
    private readonly toolVersion: string,
  ) {
    if (location === undefined) return;
    try {
      const data = JSON.parse(readTextFile(location, { maxBytes: READ_LIMITS.cache, noFollow: true })) as CacheFile;
      // A cache from another version is dropped whole rather than trusted.
      if (data.version === toolVersion && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      this.entries = {};
    }
  }

  get(file: string, key: string): CachedOutcome | undefined {
    const entry = this.entries[file];
    return entry?.key === key ? entry.outcome : undefined;
  }

  set(file: string, key: string, outcome: CachedOutcome): void {
    this.entries[file] = { key, outcome };
    this.dirty = true;
  }

  /** The cached outcome of a file, reading and hashing it (and nothing more). */
  lookup(file: string, config: ResolvedConfig): (CachedOutcome & { text: string }) | undefined {
    const text = this.textOf(file, config);
    if (text === undefined) return undefined;
    const hit = this.get(file, this.keyFor(file, text, config));
    return hit && { ...hit, text };
  }

  store(file: string, config: ResolvedConfig, outcome: CachedOutcome & { text?: string }): void {
    const text = outcome.text ?? this.textOf(file, config);
    if (text !== undefined) this.set(file, this.keyFor(file, text, config), { isPlan: outcome.isPlan, findings: outcome.findings });
  }

  /** A plan file's text, as the check reads it; undefined when it is unreadable, too large or no text (not cached). */
  private textOf(file: string, config: ResolvedConfig): string | undefined {
    try {
      const screened = readPlanFile(file, relativePosix(config.baseDir, file), config, { noFollow: true });
      return screened.kind === 'text' ? screened.text : undefined;
    } catch {
      return undefined;
    }
  }

  /** The key of a file's result: its text, where it lies relative to its config, the config and the version. */
  keyFor(file: string, text: string, config: ResolvedConfig): string {
    return cacheKey(text, `${config.fingerprint}\0${relativePosix(config.baseDir, file)}`, this.toolVersion);
  }

  save(): void {
    if (!this.dirty || this.location === undefined) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    writeFileAtomic(this.location, JSON.stringify({ version: this.toolVersion, entries: this.entries } satisfies CacheFile));
    this.dirty = false;
  }
}
