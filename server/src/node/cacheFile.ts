/**
 * The result cache on disk: a first line `iplan-cache 1 <HMAC-SHA256 of the rest>`, keyed by this
 * user's secret (userSecret.ts), then JSON. A file whose signature does not verify was not written
 * by this user on this machine, or was changed since: it counts as absent, and its JSON is never
 * even parsed. One that verifies is still checked for its shape, so no bug or old format can put
 * a wrong value in front of the rules or the reports.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Finding, Localized, Range } from '../core';

export interface CachedOutcome {
  isPlan: boolean;
  findings: Finding[];
}

export interface CacheEntry {
  key: string;
  outcome: CachedOutcome;
}

const HEADER = /^iplan-cache 1 ([0-9a-f]{64})\n/;

const sign = (secret: Buffer, payload: Buffer | string) => createHmac('sha256', secret).update(payload).digest();

export function encodeCache(secret: Buffer, version: string, entries: ReadonlyMap<string, CacheEntry>): string {
  const payload = JSON.stringify({ version, entries: Object.fromEntries(entries) });
  return `iplan-cache 1 ${sign(secret, payload).toString('hex')}\n${payload}`;
}

type DecodedCache =
  | { kind: 'entries'; entries: Map<string, CacheEntry> }
  /** Ours, of another version of iplan: dropped without a word. */
  | { kind: 'other-version' }
  | { kind: 'ignored'; why: Localized };

const NOT_OURS: Localized = {
  nl: 'die is niet door deze gebruiker op deze machine geschreven, of daarna veranderd',
  en: 'it was not written by this user on this machine, or was changed since',
};

export function decodeCache(secret: Buffer, bytes: Buffer, version: string): DecodedCache {
  const header = HEADER.exec(bytes.subarray(0, 100).toString('latin1'));
  if (!header) return { kind: 'ignored', why: NOT_OURS };
  const payload = bytes.subarray(header[0].length);
  if (!timingSafeEqual(Buffer.from(header[1], 'hex'), sign(secret, payload))) return { kind: 'ignored', why: NOT_OURS };
  let data: unknown;
  try {
    data = JSON.parse(payload.toString('utf8'));
  } catch {
    data = undefined;
  }
  if (isRecord(data) && typeof data.version === 'string' && data.version !== version) return { kind: 'other-version' };
  const entries = isRecord(data) && data.version === version && isRecord(data.entries) ? validEntries(data.entries) : undefined;
  return entries ? { kind: 'entries', entries } : { kind: 'ignored', why: { nl: 'die heeft niet de vorm van een cache', en: 'it does not have the shape of a cache' } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown) => isRecord(value) && typeof value.nl === 'string' && typeof value.en === 'string';
const isPosition = (value: unknown) => isRecord(value) && isCount(value.line) && isCount(value.character);
const isRange = (value: unknown): value is Range => isRecord(value) && isPosition(value.start) && isPosition(value.end);
const isListOf = (value: unknown, item: (value: unknown) => boolean) => Array.isArray(value) && value.every(item);

/** A finding exactly as the core makes it: what the formatters and the exit code rely on. */
export function isFinding(value: unknown): value is Finding {
  if (!isRecord(value)) return false;
  if (typeof value.ruleId !== 'string' || (value.severity !== 'error' && value.severity !== 'warning')) return false;
  if (!isRange(value.range) || !isText(value.message)) return false;
  if (value.related !== undefined && !isListOf(value.related, (r) => isRecord(r) && isRange(r.range) && isText(r.message))) return false;
  if (value.fix !== undefined) {
    const fix = value.fix;
    if (!isRecord(fix) || !isText(fix.title) || !isListOf(fix.edits, (e) => isRecord(e) && isRange(e.range) && typeof e.newText === 'string')) return false;
  }
  return true;
}

/** The entries, when every one has the shape the check writes; undefined as soon as one does not. */
function validEntries(entries: Record<string, unknown>): Map<string, CacheEntry> | undefined {
  const valid = new Map<string, CacheEntry>();
  for (const [file, entry] of Object.entries(entries)) {
    if (!isRecord(entry) || typeof entry.key !== 'string' || !isRecord(entry.outcome)) return undefined;
    const { isPlan, findings } = entry.outcome;
    if (typeof isPlan !== 'boolean' || !isListOf(findings, isFinding)) return undefined;
    valid.set(file, { key: entry.key, outcome: { isPlan, findings: findings as Finding[] } });
  }
  return valid;
}
