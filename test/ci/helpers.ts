// Scratch git repositories with plans in them, for the CI integrations' tests.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' },
  }).trim();
}

export function initRepository(folder: string): void {
  mkdirSync(folder, { recursive: true });
  git(folder, 'init', '-q', '-b', 'main');
}

export function commitAll(folder: string, message: string): string {
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '-m', message);
  return git(folder, 'rev-parse', 'HEAD');
}

/** Copies an example plan into the repository, under `to` (a path relative to it). */
export function addExample(folder: string, example: string, to: string): void {
  mkdirSync(path.dirname(path.join(folder, to)), { recursive: true });
  copyFileSync(path.join(ROOT, 'examples', example), path.join(folder, to));
}
