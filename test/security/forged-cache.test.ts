// A forged or foreign result cache hides nothing: the cache is signed with a secret of this user
// on this machine (kept in the user's cache folder, mode 0600), and one that does not verify,
// or verifies but has the wrong shape, counts as absent: the plan is checked, one line says so,
// the cache is written anew. Never a stack trace.
import { spawn } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCache, encodeCache, isFinding, type CacheEntry } from '../../server/src/node/cacheFile';
import { CLI, iplan as run, ROOT } from '../cli/run';

const DEFECT = readFileSync(path.join(ROOT, 'examples', 'defect-costs.iplan.md'), 'utf8');

interface Setup {
  folder: string;
  userCache: string;
  cache: string;
  iplan: (env?: NodeJS.ProcessEnv) => { status: number | null; stdout: string; stderr: string; errors: number };
}

/** A repository with one plan of 5 errors, a user cache folder of its own, and a warm cache. */
function setup(): Setup {
  const folder = mkdtempSync(path.join(tmpdir(), 'iplan-cache-'));
  const userCache = path.join(folder, 'user-cache');
  writeFileSync(path.join(folder, 'plan.iplan.md'), DEFECT);
  const iplan = (env: NodeJS.ProcessEnv = {}) => {
    const result = run(['--cache', '--format', 'json', 'plan.iplan.md'], { cwd: folder, env: { XDG_CACHE_HOME: userCache, ...env } });
    const parsed = result.stdout ? JSON.parse(result.stdout) : [];
    return { ...result, errors: parsed[0]?.errorCount ?? -1 };
  };
  const cold = iplan();
  expect(cold).toMatchObject({ status: 1, stderr: '', errors: 5 });
  return { folder, userCache, cache: path.join(folder, '.iplancache'), iplan };
}

const keyOf = (userCache: string) => Buffer.from(readFileSync(path.join(userCache, 'iplan', 'cache-key'), 'utf8').trim(), 'hex');
const payloadOf = (cache: string) => readFileSync(cache, 'utf8').split('\n').slice(1).join('\n');
const signed = (key: Buffer, payload: string) => `iplan-cache 1 ${createHmac('sha256', key).update(payload).digest('hex')}\n${payload}`;
/** The payload with every cached finding removed: what a forger wants. */
const withoutFindings = (payload: string) => payload.replace(/"findings":\[.*?\]\}\}/s, '"findings":[]}}');

const IGNORED = /^iplan: the cache \.iplancache is ignored: it was not written by this user on this machine, or was changed since\n$/;

describe('a cache not written by this user on this machine counts as absent', () => {
  it('warm runs give the cold results, and a cache signed with this user’s key is what they read', () => {
    const { cache, userCache, iplan } = setup();
    expect(readFileSync(cache, 'utf8')).toMatch(/^iplan-cache 1 [0-9a-f]{64}\n\{"version":/);
    expect(iplan()).toMatchObject({ status: 1, stderr: '', errors: 5 });
    // The key is this user's alone.
    const key = path.join(userCache, 'iplan', 'cache-key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(key)).mode & 0o777).toBe(0o700);
    // Only the holder of the key can change what a warm run reports: this proves the cache is read.
    writeFileSync(cache, signed(keyOf(userCache), withoutFindings(payloadOf(cache))));
    expect(iplan()).toMatchObject({ status: 0, stderr: '', errors: 0 });
  });

  const forgeries: [string, (s: Setup) => void][] = [
    ['findings emptied, signature kept', ({ cache }) => writeFileSync(cache, readFileSync(cache, 'utf8').replace(payloadOf(cache), withoutFindings(payloadOf(cache))))],
    ['findings emptied, a plain SHA-256 as signature', ({ cache }) => {
      const payload = withoutFindings(payloadOf(cache));
      writeFileSync(cache, `iplan-cache 1 ${createHash('sha256').update(payload).digest('hex')}\n${payload}`);
    }],
    ['signed with another key', ({ cache }) => writeFileSync(cache, signed(Buffer.alloc(32, 7), withoutFindings(payloadOf(cache))))],
    ['the unsigned JSON of earlier versions, findings emptied', ({ cache }) => writeFileSync(cache, withoutFindings(payloadOf(cache)))],
    ['the signature line only', ({ cache }) => writeFileSync(cache, readFileSync(cache, 'utf8').split('\n')[0])],
    ['empty', ({ cache }) => writeFileSync(cache, '')],
    ['random bytes', ({ cache }) => writeFileSync(cache, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))],
  ];

  it.each(forgeries)('%s: the plan’s 5 errors, one line, the cache written anew', (_, forge) => {
    const setupDone = setup();
    forge(setupDone);
    const forged = setupDone.iplan();
    expect(forged.status).toBe(1);
    expect(forged.errors).toBe(5);
    expect(forged.stderr).toMatch(IGNORED);
    // Written anew, and valid: the next run is silent.
    expect(setupDone.iplan()).toMatchObject({ status: 1, stderr: '', errors: 5 });
  });

  it('a cache restored from another machine (another user cache folder) counts as absent', () => {
    const { folder, cache, iplan } = setup();
    const elsewhere = path.join(folder, 'other-machine');
    const first = iplan({ XDG_CACHE_HOME: elsewhere });
    expect(first.stderr).toMatch(IGNORED);
    writeFileSync(cache, signed(keyOf(elsewhere), withoutFindings(payloadOf(cache))));
    // Honoured where it was made, ignored here.
    expect(iplan({ XDG_CACHE_HOME: elsewhere })).toMatchObject({ status: 0, errors: 0 });
    expect(iplan()).toMatchObject({ status: 1, errors: 5 });
  });
});

describe('a signed cache of the wrong shape is ignored, never a stack trace', () => {
  const shapes: [string, (entry: Record<string, unknown>) => unknown][] = [
    ['findings a number', (e) => ({ ...e, outcome: { isPlan: true, findings: 5 } })],
    ['no outcome', (e) => ({ key: e.key })],
    ['isPlan a string', (e) => ({ ...e, outcome: { isPlan: 'yes', findings: [] } })],
    ['a finding without a range', (e) => ({ ...e, outcome: { isPlan: true, findings: [{ ruleId: 'x', severity: 'error', message: { nl: 'a', en: 'a' } }] } })],
    ['a severity that does not exist', (e) => ({ ...e, outcome: { isPlan: true, findings: [{ ruleId: 'x', severity: 'fatal', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: { nl: 'a', en: 'a' } }] } })],
    ['a negative line', (e) => ({ ...e, outcome: { isPlan: true, findings: [{ ruleId: 'x', severity: 'error', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 1 } }, message: { nl: 'a', en: 'a' } }] } })],
    ['a message in one language', (e) => ({ ...e, outcome: { isPlan: true, findings: [{ ruleId: 'x', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: { en: 'a' } }] } })],
    ['the entry a list', () => []],
    ['the entry null', () => null],
  ];

  it.each(shapes)('%s', (_, reshape) => {
    const { cache, userCache, iplan } = setup();
    const data = JSON.parse(payloadOf(cache));
    for (const file of Object.keys(data.entries)) data.entries[file] = reshape(data.entries[file]);
    writeFileSync(cache, signed(keyOf(userCache), JSON.stringify(data)));
    const result = iplan();
    expect(result).toMatchObject({ status: 1, errors: 5 });
    expect(result.stderr).toBe('iplan: the cache .iplancache is ignored: it does not have the shape of a cache\n');
  });

  const version = JSON.stringify(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  it.each([`{"version":${version},"entries":[]}`, `{"version":${version},"entries":5}`, `{"version":${version}}`, `{"version":${version},`, '[]', 'null'])('the payload %s', (payload) => {
    const { cache, userCache, iplan } = setup();
    writeFileSync(cache, signed(keyOf(userCache), payload));
    const result = iplan();
    expect(result).toMatchObject({ status: 1, errors: 5 });
    expect(result.stderr).toMatch(/does not have the shape of a cache\n$/);
  });

  it('a signed cache of another iplan version is dropped without a word', () => {
    const { cache, userCache, iplan } = setup();
    writeFileSync(cache, signed(keyOf(userCache), withoutFindings(payloadOf(cache)).replace(/"version":"[^"]*"/, '"version":"0.0.1-other"')));
    expect(iplan()).toMatchObject({ status: 1, stderr: '', errors: 5 });
  });
});

describe('the key', () => {
  it('readable by others: replaced by a new one, so caches signed with it count as absent', () => {
    const { userCache, iplan } = setup();
    const file = path.join(userCache, 'iplan', 'cache-key');
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o644);
    expect(iplan().stderr).toMatch(IGNORED);
    expect(readFileSync(file, 'utf8')).not.toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a link, or a user cache folder that cannot be made: the cache is not used, the check is done', () => {
    const { folder, userCache, iplan } = setup();
    const file = path.join(userCache, 'iplan', 'cache-key');
    writeFileSync(path.join(folder, 'planted-key'), `${'0'.repeat(64)}\n`);
    chmodSync(path.join(folder, 'planted-key'), 0o600);
    const linked = path.join(folder, 'linked-cache');
    mkdirSync(path.join(linked, 'iplan'), { recursive: true });
    symlinkSync(path.join(folder, 'planted-key'), path.join(linked, 'iplan', 'cache-key'));
    const viaLink = iplan({ XDG_CACHE_HOME: linked });
    expect(viaLink).toMatchObject({ status: 1, errors: 5 });
    expect(viaLink.stderr).toBe(`iplan: the cache is not used: ${path.join(linked, 'iplan', 'cache-key')} is a symbolic link (links are not followed)\n`);
    writeFileSync(path.join(folder, 'a-file'), '');
    const blocked = iplan({ XDG_CACHE_HOME: path.join(folder, 'a-file') });
    expect(blocked).toMatchObject({ status: 1, errors: 5 });
    expect(blocked.stderr).toMatch(/^iplan: the cache is not used: .*a-file\/iplan\/cache-key cannot be created \(E[A-Z]+\)\n$/);
    expect(readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
  });

  it('runs that start at once agree on one key', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-cache-race-'));
    const userCache = path.join(folder, 'user-cache');
    writeFileSync(path.join(folder, 'plan.iplan.md'), DEFECT);
    const runs = Array.from({ length: 4 }, (_, i) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [CLI, '--cache', '--cache-location', `cache-${i}`, 'plan.iplan.md'], { cwd: folder, env: { ...process.env, XDG_CACHE_HOME: userCache }, stdio: 'ignore' });
        child.on('exit', resolve);
      }),
    );
    expect(await Promise.all(runs)).toEqual([1, 1, 1, 1]);
    // Every cache verifies with the one key left.
    for (let i = 0; i < 4; i++) {
      const again = run(['--cache', '--cache-location', `cache-${i}`, 'plan.iplan.md'], { cwd: folder, env: { XDG_CACHE_HOME: userCache } });
      expect(again.stderr, `cache-${i}`).toBe('');
    }
  });
});

describe('decodeCache and isFinding', () => {
  const key = Buffer.alloc(32, 1);
  const finding = { ruleId: 'placeholder', severity: 'warning', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } }, message: { nl: 'n', en: 'e' } };

  it('round-trips what it encodes; a flipped byte anywhere makes it foreign', () => {
    const entries = new Map<string, CacheEntry>([['/a.iplan.md', { key: 'k', outcome: { isPlan: true, findings: [finding as never] } }]]);
    const encoded = Buffer.from(encodeCache(key, '1.0.0', entries));
    expect(decodeCache(key, encoded, '1.0.0')).toEqual({ kind: 'entries', entries });
    for (const at of [0, 20, 80, encoded.length - 1]) {
      const flipped = Buffer.from(encoded);
      flipped[at] ^= 1;
      expect(decodeCache(key, flipped, '1.0.0').kind, `byte ${at}`).toBe('ignored');
    }
  });

  it('accepts the findings the core makes and nothing less', () => {
    expect(isFinding(finding)).toBe(true);
    expect(isFinding({ ...finding, related: [{ range: finding.range, message: finding.message }] })).toBe(true);
    expect(isFinding({ ...finding, fix: { title: finding.message, edits: [{ range: finding.range, newText: 'x' }] } })).toBe(true);
    for (const bad of [
      null,
      [],
      { ...finding, ruleId: 5 },
      { ...finding, range: { start: { line: 1.5, character: 0 }, end: finding.range.end } },
      { ...finding, related: [{ range: finding.range }] },
      { ...finding, related: {} },
      { ...finding, fix: { title: finding.message, edits: [{ range: finding.range }] } },
      { ...finding, fix: { edits: [] } },
      { ...finding, message: 'text' },
    ]) {
      expect(isFinding(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
