// The installer of Debian tools, on paths that do not exist: the missing-program paths of a fresh
// machine, without touching the programs this machine has.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import config, { DEBIAN_TESTS } from '../../vitest.config.mjs';
import { DEBIAN_TOOLS, ensureDebianTools, installCommand, thisMachine, type DebianTool, type Machine } from './debian';

const ROOT = path.resolve(__dirname, '..', '..');

describe('ensureDebianTools', () => {
  let folder: string;
  let tool: DebianTool;
  let calls: string;

  /** A stand-in for apt-get: records its arguments; `install` creates the tool when told to. */
  function fakeAptGet(createsTool: boolean, exitCode = 0): string {
    const script = path.join(folder, 'apt-get');
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        `echo "$DEBIAN_FRONTEND $*" >> "${calls}"`,
        createsTool ? `if [ "$1" = install ]; then touch "${tool.executable}"; fi` : '',
        `exit ${exitCode}`,
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    return script;
  }

  const machine = (overrides: Partial<Machine>): Machine => ({ ...thisMachine(), log: () => undefined, ...overrides });
  const recorded = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-debian-'));
    tool = { executable: path.join(folder, 'bin', 'fake-browser'), aptPackage: 'fake-browser' };
    calls = path.join(folder, 'calls.log');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('does nothing when the program is there', () => {
    writeFileSync(path.join(folder, 'present'), '');
    const installed = ensureDebianTools([{ executable: path.join(folder, 'present'), aptPackage: 'x' }], machine({ isRoot: true, aptGet: fakeAptGet(true) }));
    expect(installed).toEqual([]);
    expect(recorded()).toEqual([]);
  });

  it('as root with apt-get: updates the lists once, installs the package, then finds the program', () => {
    mkdirSync(path.dirname(tool.executable));
    const installed = ensureDebianTools([tool], machine({ isRoot: true, aptGet: fakeAptGet(true) }));
    expect(installed).toEqual(['fake-browser']);
    expect(recorded()).toEqual(['noninteractive update -qq', 'noninteractive install -y -qq --no-install-recommends fake-browser']);
    expect(existsSync(tool.executable)).toBe(true);
  });

  it('not as root: fails with the one command to run, and runs nothing', () => {
    expect(() => ensureDebianTools([tool], machine({ isRoot: false, aptGet: fakeAptGet(true) }))).toThrow(
      `Install it with:\n  sudo apt-get update && sudo apt-get install -y fake-browser`,
    );
    expect(recorded()).toEqual([]);
  });

  it('without apt-get: fails with the command', () => {
    expect(() => ensureDebianTools([tool], machine({ isRoot: true, aptGet: undefined }))).toThrow(installCommand(['fake-browser']));
  });

  it('when apt-get fails, or installs without the program appearing: fails and says so', () => {
    expect(() => ensureDebianTools([tool], machine({ isRoot: true, aptGet: fakeAptGet(false, 100) }))).toThrow(/apt-get failed[\s\S]*sudo apt-get install -y fake-browser/);
    expect(() => ensureDebianTools([tool], machine({ isRoot: true, aptGet: fakeAptGet(false) }))).toThrow(`${tool.executable} is still missing`);
  });

  it('knows the package of every program the tests of its project run', () => {
    const chromium = readFileSync(path.join(ROOT, 'test', 'browser', 'chromium.ts'), 'utf8');
    expect(DEBIAN_TOOLS).toContainEqual({ executable: /CHROMIUM = '([^']+)'/.exec(chromium)?.[1], aptPackage: 'chromium' });
    const preCommit = readFileSync(path.join(ROOT, 'test', 'ci', 'pre-commit.test.ts'), 'utf8');
    expect(DEBIAN_TOOLS).toContainEqual({ executable: /PRE_COMMIT = '([^']+)'/.exec(preCommit)?.[1], aptPackage: 'pre-commit' });
    const print = readFileSync(path.join(ROOT, 'test', 'browser', 'print.test.ts'), 'utf8');
    for (const name of ['PDFTOTEXT', 'PDFTOPPM']) {
      expect(DEBIAN_TOOLS).toContainEqual({ executable: new RegExp(`${name} = '([^']+)'`).exec(print)?.[1], aptPackage: 'poppler-utils' });
    }
  });
});

describe('the test projects', () => {
  const projects = (config.test?.projects ?? []) as { test: { name: string; include?: string[]; exclude?: string[]; globalSetup?: string[] } }[];
  const byName = (name: string) => projects.find((p) => p.test.name === name)!.test;

  it('install the Debian tools once per run, in the global setup of the project that needs them', () => {
    expect(byName('debian').globalSetup).toEqual(['test/setup/debian.ts']);
    expect(byName('unit').globalSetup).toBeUndefined();
    expect(config.test?.globalSetup).toEqual(['test/setup/build.ts']);
  });

  it('put every browser test and the pre-commit test in that project and none in the other', () => {
    const browserTests = readdirSync(path.join(ROOT, 'test', 'browser')).filter((f) => f.endsWith('.test.ts'));
    expect(browserTests.length).toBeGreaterThan(0);
    expect(byName('debian').include).toEqual(DEBIAN_TESTS);
    expect(byName('unit').exclude).toEqual(DEBIAN_TESTS);
    expect(DEBIAN_TESTS).toEqual(['test/browser/**/*.test.ts', 'test/ci/pre-commit.test.ts']);
  });
});
