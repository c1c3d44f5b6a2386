import * as path from 'node:path';

/** `to` relative to `from`, with forward slashes: what globs, reports and cache keys compare. */
export function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
