/**
 * Results cached by content: a warm run over unchanged files reads and hashes them, and parses
 * nothing. The key covers the text, the effective configuration and framework, and the tool's
 * version, so any change that could change a finding misses the cache. On disk the cache is
 * signed with this user's secret (cacheFile.ts): one from elsewhere counts as absent.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core';
import type { ResolvedConfig } from './config';
import { writeFileAtomic } from './atomicWrite';
import { decodeCache, encodeCache, type CacheEntry, type CachedOutcome } from './cacheFile';
import { relativePosix } from './paths';
import { readPlanFile } from './planFile';
import { FileReadError, READ_LIMITS, readRegularFile } from './readFile';
import { userSecret } from './userSecret';

/** Why the cache on disk was not used: `ignored` (it was not ours, or malformed) or `not-used` (no secret to sign with). */
export interface CacheNote {
  kind: 'ignored' | 'not-used';
  why: Localized;
}

function cacheKey(text: string, configFingerprint: string, toolVersion: string): string {
  return createHash('sha256').update(toolVersion).update('\0').update(configFingerprint).update('\0').update(text).digest('hex');
}

export class ResultCache {
  private entries = new Map<string, CacheEntry>();
  private dirty = false;
  private readonly secret?: Buffer;
  /** Set when a cache on disk was there but not used; the CLI says so in one line. */
  readonly note?: CacheNote;

  /** Without a location the cache lives in memory only (the language server's use). */
  constructor(
    readonly location: string | undefined,
    private readonly toolVersion: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    if (location === undefined) return;
    const secret = userSecret(env);
    if ('problem' in secret) {
      this.note = { kind: 'not-used', why: secret.problem };
      return;
    }
    this.secret = secret.key;
    let bytes: Buffer;
    try {
      bytes = readRegularFile(location, { maxBytes: READ_LIMITS.cache, noFollow: true });
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
      if (error.problem !== 'missing') this.note = { kind: 'ignored', why: error.detail };
      return;
    }
    const decoded = decodeCache(secret.key, bytes, toolVersion);
    if (decoded.kind === 'entries') this.entries = decoded.entries;
    else if (decoded.kind === 'ignored') this.note = { kind: 'ignored', why: decoded.why };
  }

  get(file: string, key: string): CachedOutcome | undefined {
    const entry = this.entries.get(file);
    return entry?.key === key ? entry.outcome : undefined;
  }

  set(file: string, key: string, outcome: CachedOutcome): void {
    this.entries.set(file, { key, outcome });
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

  /** Writes the cache, signed; nothing when it has no secret to sign with. */
  save(): void {
    if (!this.dirty || this.location === undefined || !this.secret) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    writeFileAtomic(this.location, encodeCache(this.secret, this.toolVersion, this.entries));
    this.dirty = false;
  }
}
