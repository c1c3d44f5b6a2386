// House rules that a grep can hold: what the code and the documents name exists, and a
// repeated piece of logic is written in one place.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './sources';

/** Tracked files, without the test data (plans and fixtures name files of their own make-believe). */
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file !== '' && existsSync(path.join(ROOT, file)) && !/^(?:test\/(?:fixtures|corpus)|examples)\//.test(file) && !file.endsWith('.iplan.md'));
const texts = tracked.filter((file) => file !== 'test/architecture/house.test.ts' && /\.(?:ts|mts|js|mjs|md|json|ya?ml|sh)$/.test(file) && file !== 'package-lock.json').map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

/** A document named as a project's documents are: `DESIGN.md`, `docs/format.md`, or a folder beside the repository. */
const NAMED_DOCUMENT = /\b[A-Z][A-Z0-9_-]*\.md\b|\bdocs\/[\w/-]+\.md\b|\.\.\/shared\b/g;

/** The documents named in a text that the repository does not hold. */
function missingDocuments(text: string, holds: (name: string) => boolean): string[] {
  return [...text.matchAll(NAMED_DOCUMENT)].map((m) => m[0]).filter((name) => !holds(name));
}

const held = new Set(tracked);
const names = new Set(tracked.map((file) => path.posix.basename(file)));
const holds = (name: string) => (name.includes('/') ? held.has(name) : names.has(name));

describe('the house', () => {
  it('names no document it does not hold, in code, comments, tests or documents', () => {
    // In tests, a quoted file name is test data (a plan's path, a file the test writes), not a pointer to read.
    const found = texts.flatMap(({ file, text }) => missingDocuments(file.startsWith('test/') ? text.replace(/(['"`])[\w./-]+\.md\1/g, '') : text, holds).map((name) => `${file}: ${name}`));
    expect(found).toEqual([]);
  });

  it('the check finds a named document that is not there', () => {
    // A folder beside the repository, built from parts so this test does not itself point there.
    const beside = ['..', 'shared'].join('/');
    expect(missingDocuments(`see FORMAT.md and docs/format.md, or ${beside}/E2E.md; README.md`, (name) => name === 'docs/format.md' || name === 'README.md')).toEqual([
      'FORMAT.md',
      beside,
      'E2E.md',
    ]);
  });

  it('writes a path relative and with forward slashes in one place (node/paths.ts)', () => {
    const found = texts.filter(({ file, text }) => /^(?:server|client)\/src\//.test(file) && file !== 'server/src/node/paths.ts' && /path\.relative\([^;]*\.split\(path\.sep\)\.join\('\/'\)/.test(text));
    expect(found.map(({ file }) => file)).toEqual([]);
  });
});
