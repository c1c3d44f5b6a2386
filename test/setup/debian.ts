/**
 * Some tests drive programs from Debian's packages: Chromium (the HTML report and the preview in
 * a real browser), pre-commit (the hook definition as a user runs it) and poppler-utils (the
 * pages of a printed report read back). On a fresh machine they
 * may be missing. Running as root with apt-get (as CI does), this installs the missing ones, once
 * per test run; otherwise it stops the run with the one command that installs them. A missing
 * program never turns into a skipped test.
 *
 * It is the global setup of the test project that holds those tests (vitest.config.mts), so a run
 * of other tests neither installs nor needs them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface DebianTool {
  /** The program the tests run. */
  executable: string;
  /** The Debian package that provides it. */
  aptPackage: string;
}

export const DEBIAN_TOOLS: readonly DebianTool[] = [
  { executable: '/usr/bin/chromium', aptPackage: 'chromium' },
  { executable: '/usr/bin/pre-commit', aptPackage: 'pre-commit' },
  { executable: '/usr/bin/pdftotext', aptPackage: 'poppler-utils' },
  { executable: '/usr/bin/pdftoppm', aptPackage: 'poppler-utils' },
];

/** What the installer touches, injectable so that the missing-program paths can be tested. */
export interface Machine {
  exists(file: string): boolean;
  isRoot: boolean;
  /** apt-get's path, when the machine has it. */
  aptGet?: string;
  /** Runs a command to completion; throws when it fails. */
  run(command: string, args: string[]): void;
  log(line: string): void;
}

export function thisMachine(): Machine {
  return {
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    aptGet: existsSync('/usr/bin/apt-get') ? '/usr/bin/apt-get' : undefined,
    run(command, args) {
      execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    },
    log: (line) => console.log(line),
  };
}

/** The one command a person runs to install the packages. */
export function installCommand(packages: readonly string[]): string {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/** Makes sure every tool is there; returns the packages it installed. */
export function ensureDebianTools(tools: readonly DebianTool[], machine: Machine = thisMachine()): string[] {
  const missing = tools.filter((tool) => !machine.exists(tool.executable));
  if (missing.length === 0) return [];
  const packages = [...new Set(missing.map((tool) => tool.aptPackage))];
  const what = missing.map((tool) => `${tool.executable} (Debian package ${tool.aptPackage})`).join(', ');
  if (!machine.isRoot || !machine.aptGet) {
    throw new Error(`These tests need ${what}, which is not installed. Install it with:\n  ${installCommand(packages)}`);
  }
  machine.log(`Installing Debian packages the tests need: ${packages.join(' ')}`);
  try {
    machine.run(machine.aptGet, ['update', '-qq']);
    machine.run(machine.aptGet, ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } catch (error) {
    throw new Error(`Installing ${packages.join(' ')} with apt-get failed (${(error as Error).message.split('\n')[0]}). Install it with:\n  ${installCommand(packages)}`);
  }
  const still = missing.filter((tool) => !machine.exists(tool.executable));
  if (still.length > 0) {
    throw new Error(`apt-get installed ${packages.join(' ')}, yet ${still.map((t) => t.executable).join(', ')} is still missing.`);
  }
  return packages;
}

export default function setup(): void {
  ensureDebianTools(DEBIAN_TOOLS);
}
