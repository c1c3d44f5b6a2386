/**
 * Every file iplan reads — configuration, `extends`, framework and schema, plan, cache — is read
 * here, by the CLI and the server alike, trusted workspace or not. Only a regular file is read: a
 * folder, a FIFO, a device or a socket is refused before anything is read (and a FIFO is opened
 * without waiting for a writer), and never more than a set number of bytes, so `/dev/zero`, a
 * named pipe or a huge sparse file cannot hang a run or fill the memory. Errors say what the file
 * is, never what it holds.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Localized } from '../core';
import { decodeText, FileReadError, missingFile, notTextFile, tooLargeFile } from './fileSystem';

export { decodeText, FileReadError, READ_LIMITS } from './fileSystem';

interface ReadOptions {
  /** At most this many bytes; a larger file is a `too-large` error. */
  maxBytes: number;
  /** Refuse a symbolic link instead of reading its target (plans found by a folder walk). */
  noFollow?: boolean;
}

/** Opening never waits (a FIFO without a writer), never takes a terminal, and optionally refuses a link. */
const openFlags = (noFollow: boolean | undefined) =>
  constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);

/** What a file that is not a regular file is: a folder, a FIFO, a device, a socket. */
export function kindOf(stat: Stats): Localized {
  if (stat.isDirectory()) return { nl: 'een map', en: 'a folder' };
  if (stat.isFIFO()) return { nl: 'een named pipe (FIFO)', en: 'a named pipe (FIFO)' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { nl: 'een apparaat', en: 'a device' };
  if (stat.isSocket()) return { nl: 'een socket', en: 'a socket' };
  return { nl: 'geen gewoon bestand', en: 'not a regular file' };
}

const notAFile = (file: string, stat: Stats) => {
  const kind = kindOf(stat);
  return new FileReadError(file, 'not-a-file', { nl: `is ${kind.nl}, geen gewoon bestand`, en: `is ${kind.en}, not a regular file` });
};

const tooLarge = tooLargeFile;

function openError(file: string, error: NodeJS.ErrnoException, noFollow: boolean | undefined): FileReadError {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return missingFile(file);
    case 'ELOOP':
      return noFollow
        ? new FileReadError(file, 'link', { nl: 'is een symbolische koppeling (die wordt niet gevolgd)', en: 'is a symbolic link (links are not followed)' })
        : new FileReadError(file, 'unreadable', { nl: 'verwijst in een kring naar zichzelf', en: 'is a symbolic link that loops' });
    case 'EISDIR':
      return new FileReadError(file, 'not-a-file', { nl: 'is een map, geen gewoon bestand', en: 'is a folder, not a regular file' });
    default:
      return new FileReadError(file, 'unreadable', { nl: `kan niet worden gelezen (${error.code ?? error.message})`, en: `cannot be read (${error.code ?? error.message})` });
  }
}

/**
 * An open regular file: the size it claims, and its descriptor for reading. Checked before the
 * open (nothing but a regular file is ever opened) and again on the descriptor (in case the file
 * was swapped meanwhile).
 */
function openRegular(file: string, options: Pick<ReadOptions, 'noFollow'>): { fd: number; size: number } {
  try {
    const stat = options.noFollow ? lstatSync(file) : statSync(file);
    if (stat.isSymbolicLink()) throw openError(file, Object.assign(new Error('link'), { code: 'ELOOP' }), true);
    if (!stat.isFile()) throw notAFile(file, stat);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw openError(file, error as NodeJS.ErrnoException, options.noFollow);
  }
  let fd: number;
  try {
    fd = openSync(file, openFlags(options.noFollow));
  } catch (error) {
    throw openError(file, error as NodeJS.ErrnoException, options.noFollow);
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw notAFile(file, stat);
  }
  return { fd, size: stat.size };
}

/**
 * Reads to the end, but never more than `limit + 1` bytes: one byte over says the file is larger
 * than the limit, whatever size it claims (`/proc` files claim 0).
 */
function readUpTo(fd: number, sizeHint: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const want = Math.min(Math.max(sizeHint - total, 64 * 1024), limit + 1 - total);
    const chunk = Buffer.allocUnsafe(want);
    const read = readSync(fd, chunk, 0, want, null);
    if (read === 0) break;
    chunks.push(read === want ? chunk : chunk.subarray(0, read));
    total += read;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Runs a read on an open regular file and closes it; an I/O error becomes a FileReadError. */
function withRegularFile<T>(file: string, options: Pick<ReadOptions, 'noFollow'>, read: (fd: number, size: number) => T): T {
  const { fd, size } = openRegular(file, options);
  try {
    return read(fd, size);
  } catch (error) {
    throw error instanceof FileReadError ? error : openError(file, error as NodeJS.ErrnoException, options.noFollow);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a regular file of at most `maxBytes`, or a FileReadError. */
export function readRegularFile(file: string, options: ReadOptions): Buffer {
  return withRegularFile(file, options, (fd, size) => {
    if (size > options.maxBytes) throw tooLarge(file, size, options.maxBytes);
    const bytes = readUpTo(fd, size, options.maxBytes);
    if (bytes.length > options.maxBytes) throw tooLarge(file, bytes.length, options.maxBytes);
    return bytes;
  });
}

/**
 * A regular file read whole when it is within `maxBytes`, else only its first `headBytes` (a plan
 * too large to check is still recognised by its marker) and its size (at least `maxBytes + 1`).
 */
export function readRegularFileOrHead(file: string, options: ReadOptions & { headBytes: number }): { bytes: Buffer; size: number; whole: boolean } {
  return withRegularFile(file, options, (fd, size) => {
    if (size > options.maxBytes) return { bytes: readUpTo(fd, options.headBytes, options.headBytes - 1), size, whole: false };
    const bytes = readUpTo(fd, size, options.maxBytes);
    if (bytes.length > options.maxBytes) return { bytes: bytes.subarray(0, options.headBytes), size: bytes.length, whole: false };
    return { bytes, size: bytes.length, whole: true };
  });
}

/** UTF-8 text of a regular file, or a FileReadError. */
export function readTextFile(file: string, options: ReadOptions): string {
  const decoded = decodeText(readRegularFile(file, options));
  if ('notText' in decoded) throw notTextFile(file);
  return decoded.text;
}
