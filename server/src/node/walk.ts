/**
 * What a folder walk finds, the same for the CLI (folders and globs on its command line) and the
 * server (workspace diagnostics): regular Markdown files, in folders other than hidden ones,
 * `node_modules` and version-control folders.
 *
 * Symbolic links are never followed, to files or to folders. A link in a checked tree may point
 * anywhere (`plannen/notes.iplan.md -> ../.git/config` would put the repository's credentials in
 * a report), it may dangle, loop or point at a FIFO or a device; and what it points to inside the
 * tree is checked under its own name anyway.
 */
import { lstatSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

import { isMarkdownName, walksInto } from './walkRules';

export { isMarkdownName };

/**
 * The Markdown files and the folders to walk into of one folder, each sorted by name; undefined
 * when the folder cannot be read.
 */
export function readFolder(folder: string): { files: string[]; folders: string[] } | undefined {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  const folders: string[] = [];
  // A directory entry tells a link from its target: isFile() and isDirectory() are false for a link.
  for (const entry of entries) {
    if (entry.isDirectory() && walksInto(entry.name)) folders.push(path.join(folder, entry.name));
    else if (entry.isFile() && isMarkdownName(entry.name)) files.push(path.join(folder, entry.name));
  }
  return { files, folders };
}

/** Whether a path (a glob's match) is a regular file itself, not a link to one. */
export function isRegularFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}
