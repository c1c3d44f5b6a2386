/** Turning the command line's files, folders and globs into a sorted list of Markdown files. */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors';

const MARKDOWN = /\.(?:md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

function walk(folder: string, into: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(path.join(folder, entry.name), into);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) {
      into.push(path.join(folder, entry.name));
    }
  }
}

/**
 * Files named on the command line are checked as given; folders are searched for Markdown;
 * anything else is a glob. A path that does not exist and matches nothing is a usage error.
 */
export function expandPaths(args: string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(absolute, found);
      found.forEach((f) => files.add(f));
    } else if (stat) {
      files.add(absolute);
    } else if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new UsageError(`no files match the pattern "${arg}"`, `geen bestanden passen bij het patroon "${arg}"`);
      matches.filter((m) => MARKDOWN.test(m) || !isDynamicPattern(arg)).forEach((m) => files.add(path.resolve(m)));
    } else {
      throw new UsageError(`no such file or folder: ${arg}`, `bestand of map bestaat niet: ${arg}`);
    }
  }
  return [...files].sort();
}
