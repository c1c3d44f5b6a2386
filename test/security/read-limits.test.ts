// The one reader of files (node/readFile.ts) and the JSON errors (node/json.ts), in-process:
// regular files only, never more than the cap, whatever size a file claims; syntax errors that
// say where and what, and never quote the file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../server/src/core';
import { JsonSyntaxError, parseJson } from '../../server/src/node/json';
import { readPlanFile, screenText } from '../../server/src/node/planFile';
import { FileReadError, readRegularFile, readRegularFileOrHead, readTextFile } from '../../server/src/node/readFile';

const folder = mkdtempSync(path.join(tmpdir(), 'iplan-read-'));
const at = (name: string) => path.join(folder, name);

function problem(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof FileReadError) return `${error.problem}: ${error.detail.en}`;
    throw error;
  }
}

describe('readRegularFile', () => {
  it('reads a file of exactly the cap, refuses one byte more, whatever size it claims', () => {
    writeFileSync(at('exact'), 'x'.repeat(100));
    expect(readRegularFile(at('exact'), { maxBytes: 100 })).toHaveLength(100);
    expect(problem(() => readRegularFile(at('exact'), { maxBytes: 99 }))).toBe('too-large: is larger than 99 bytes (100)');
    // /proc files claim size 0 and hold more: read to their end, within the cap.
    expect(readRegularFile('/proc/self/status', { maxBytes: 1 << 20 }).toString()).toMatch(/^Name:/);
    expect(problem(() => readRegularFile('/proc/self/status', { maxBytes: 10 }))).toBe('too-large: is larger than 10 bytes (11)');
  });

  it('refuses what is not a regular file before reading anything, and never waits', () => {
    execFileSync('mkfifo', [at('fifo')]);
    mkdirSync(at('folder'));
    symlinkSync('/dev/zero', at('zero-link'));
    symlinkSync('nowhere', at('dangling'));
    symlinkSync('loop', at('loop'));
    writeFileSync(at('plain'), 'text');
    symlinkSync('plain', at('plain-link'));
    expect(problem(() => readRegularFile(at('fifo'), { maxBytes: 10 }))).toBe('not-a-file: is a named pipe (FIFO), not a regular file');
    expect(problem(() => readRegularFile('/dev/zero', { maxBytes: 10 }))).toBe('not-a-file: is a device, not a regular file');
    expect(problem(() => readRegularFile(at('zero-link'), { maxBytes: 10 }))).toBe('not-a-file: is a device, not a regular file');
    expect(problem(() => readRegularFile(at('folder'), { maxBytes: 10 }))).toBe('not-a-file: is a folder, not a regular file');
    expect(problem(() => readRegularFile(at('dangling'), { maxBytes: 10 }))).toBe('missing: does not exist');
    expect(problem(() => readRegularFile(at('loop'), { maxBytes: 10 }))).toBe('unreadable: is a symbolic link that loops');
    // Followed unless told not to.
    expect(readRegularFile(at('plain-link'), { maxBytes: 10 }).toString()).toBe('text');
    expect(problem(() => readRegularFile(at('plain-link'), { maxBytes: 10, noFollow: true }))).toBe('link: is a symbolic link (links are not followed)');
    expect(problem(() => readRegularFile(at('zero-link'), { maxBytes: 10, noFollow: true }))).toBe('link: is a symbolic link (links are not followed)');
  });

  it('reads only the head of a file above the cap: a sparse terabyte costs 64 KiB', () => {
    writeFileSync(at('sparse'), '---\niplan: x\n---\n');
    truncateSync(at('sparse'), 2 ** 40);
    const read = readRegularFileOrHead(at('sparse'), { maxBytes: 1000, headBytes: 64 * 1024 });
    expect(read).toMatchObject({ size: 2 ** 40, whole: false });
    expect(read.bytes.length).toBe(64 * 1024);
    expect(read.bytes.subarray(0, 17).toString()).toBe('---\niplan: x\n---\n');
  });

  it('text is UTF-8 without NUL bytes; a BOM is dropped', () => {
    writeFileSync(at('bom.json'), '\uFEFF{}');
    expect(readTextFile(at('bom.json'), { maxBytes: 10 })).toBe('{}');
    writeFileSync(at('latin1'), Buffer.from('caf\xe9', 'latin1'));
    expect(problem(() => readTextFile(at('latin1'), { maxBytes: 10 }))).toBe('not-text: is not text (UTF-8)');
    expect(problem(() => readTextFile('/proc/self/environ', { maxBytes: 1 << 20 }))).toBe('not-text: is not text (UTF-8)');
  });
});

describe('plan files: too large, not text, a plan by name or marker, decided in one place', () => {
  const config = { planGlobs: undefined, framework: defaultFramework(), maxFileSize: 200 };

  it('gives the finding a plan gets, and nothing for a file that is no plan', () => {
    writeFileSync(at('big.iplan.md'), 'x'.repeat(300));
    writeFileSync(at('big.md'), 'x'.repeat(300));
    writeFileSync(at('marked.md'), `---\niplan: x\n---\n${'x'.repeat(300)}`);
    writeFileSync(at('binary.iplan.md'), Buffer.from([0x2d, 0, 1]));
    writeFileSync(at('binary.md'), Buffer.from([0x2d, 0, 1]));
    const ids = (screened: ReturnType<typeof readPlanFile>) => (screened.kind === 'unfit' ? [screened.isPlan, screened.findings.map((f) => f.ruleId)] : screened.kind);
    expect(ids(readPlanFile(at('big.iplan.md'), 'big.iplan.md', config))).toEqual([true, ['file-too-large']]);
    expect(ids(readPlanFile(at('big.md'), 'big.md', config))).toEqual([false, []]);
    expect(ids(readPlanFile(at('marked.md'), 'marked.md', config))).toEqual([true, ['file-too-large']]);
    expect(ids(readPlanFile(at('binary.iplan.md'), 'binary.iplan.md', config))).toEqual([true, ['file-not-text']]);
    expect(ids(readPlanFile(at('binary.md'), 'binary.md', config))).toEqual([false, []]);
    // The editor's text is judged by the same rule.
    expect(ids(screenText('x'.repeat(300), 'big.iplan.md', config))).toEqual([true, ['file-too-large']]);
    expect(ids(screenText(`---\niplan: x\n---\n${'é'.repeat(100)}`, 'small.md', config))).toEqual([true, ['file-too-large']]);
    expect(ids(screenText('short', 'big.iplan.md', config))).toBe('text');
  });
});

describe('JSON syntax errors', () => {
  const SECRET = 'SECRET-VALUE-42';

  it('agree with JSON.parse on what is valid, point inside the text, and never quote it', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '1', '-', '.', 'e', 'true', 'null', 'fals', '"a"', `"${SECRET}"`, SECRET, '\u0000', 'é');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) {
          expect(parseJson(text)).toEqual(JSON.parse(text));
          return;
        }
        let error: unknown;
        try {
          parseJson(text);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(JsonSyntaxError);
        const { line, column, message } = error as JsonSyntaxError;
        const lines = text.split(/\r\n|\r|\n/);
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(column).toBeLessThanOrEqual(lines[line - 1].length + 1);
        expect(message).not.toContain(SECRET);
        expect(message).not.toMatch(/expected valid JSON$/);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('deep nesting is located without a stack overflow', () => {
    expect(() => parseJson('['.repeat(1_000_000))).toThrow(/line 1, column 1000001: expected a value .*, but the file ends/);
  });
});
