import { chmodSync, closeSync, constants, lstatSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file so that readers see the old or the new content, never half of it: a temporary
 * file beside it, then a rename. The original's permissions are kept.
 *
 * What is replaced is the path itself: a symbolic link is replaced by the file, never written
 * through (a repository may hold `report.html -> /dev/sda` or `-> ~/.bashrc`). A name under /dev
 * or /proc (`-o /dev/stdout`, also when standard output is a file) and a named pipe or device
 * made on this machine are where the user asked the output to go: they are written into, as
 * replacing them would break them for every program. A folder is an error. A new file gets
 * `newFileMode` (default 0644).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, newFileMode = 0o644): void {
  let own: Stats | undefined;
  try {
    own = lstatSync(file);
  } catch {
    own = undefined;
  }
  if (isSystemName(file) || (own && !own.isFile() && !own.isSymbolicLink())) {
    if (!own) throw Object.assign(new Error(`ENOENT: ${file} does not exist`), { code: 'ENOENT' });
    writeInto(file, statSync(file), content);
    return;
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const mode = own?.isFile() ? own.mode & 0o7777 : undefined;
  try {
    writeFileSync(temporary, content, { encoding: 'utf8', mode: mode ?? newFileMode });
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file may never have been created.
    }
    throw error;
  }
}

function writeInto(file: string, target: Stats, content: string | Uint8Array): void {
  if (target.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file} is a folder`), { code: 'EISDIR' });
  if (target.isFIFO()) {
    // Opening a pipe for writing waits for a reader: make sure there is one (ENXIO when not).
    closeSync(openSync(file, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0)));
  }
  writeFileSync(file, content, { encoding: 'utf8', flag: 'w' });
}

/** A path under /dev or /proc: the system's, never replaced. */
function isSystemName(file: string): boolean {
  return process.platform !== 'win32' && /^\/(?:dev|proc)\//.test(path.resolve(file));
}
