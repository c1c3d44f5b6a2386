/**
 * Turning the command line's files, folders and globs into a sorted list of Markdown files. What
 * a folder or a glob finds is decided by the walk the server shares (node/walk.ts): regular files
 * only, symbolic links never followed. A path named on the command line must be a regular file
 * or a folder, and not a link itself.
 */
import { lstatSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { matchesPlanGlobs } from '../core';
import type { ResolvedConfig } from '../node/config';
import { relativePosix } from '../node/paths';
import { kindOf } from '../node/readFile';
import { isMarkdownName, isRegularFile, readFolder } from '../node/walk';
import { UsageError } from './errors';

function walk(folder: string, into: string[]): void {
  const listed = readFolder(folder);
  if (!listed) return;
  into.push(...listed.files);
  for (const sub of listed.folders) walk(sub, into);
}

function named(arg: string, stat: Stats, into: Set<string>, absolute: string): void {
  if (stat.isSymbolicLink()) {
    throw new UsageError(
      `${arg} is a symbolic link; iplan does not follow links (name the file or folder it points to)`,
      `${arg} is een symbolische koppeling; iplan volgt geen koppelingen (noem het bestand of de map waarnaar ze wijst)`,
    );
  }
  if (stat.isDirectory()) {
    if (!readFolder(absolute)) throw new UsageError(`cannot read the folder ${arg}`, `de map ${arg} kan niet worden gelezen`);
    const found: string[] = [];
    walk(absolute, found);
    found.forEach((file) => into.add(file));
  } else if (stat.isFile()) {
    into.add(absolute);
  } else {
    const kind = kindOf(stat);
    throw new UsageError(`${arg} is ${kind.en}, not a regular file`, `${arg} is ${kind.nl}, geen gewoon bestand`);
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
      stat = lstatSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat) {
      named(arg, stat, files, absolute);
    } else if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new UsageError(`no files match the pattern "${arg}"`, `geen bestanden passen bij het patroon "${arg}"`);
      matches.filter((match) => isMarkdownName(match) && isRegularFile(match)).forEach((match) => files.add(path.resolve(match)));
    } else {
      throw new UsageError(`no such file or folder: ${arg}`, `bestand of map bestaat niet: ${arg}`);
    }
  }
  return [...files].sort();
}

/** The configuration's include and exclude globs, relative to the configuration file. */
function isIncluded(file: string, config: ResolvedConfig): boolean {
  const relative = relativePosix(config.baseDir, file);
  if (config.exclude && matchesPlanGlobs(relative, config.exclude)) return false;
  return !config.include || matchesPlanGlobs(relative, config.include);
}

/** The files a run looks at: what the command line names, less what each one's configuration excludes. */
export function includedFiles(args: string[], cwd: string, configFor: (file: string) => ResolvedConfig): string[] {
  return expandPaths(args, cwd).filter((file) => isIncluded(file, configFor(file)));
}
