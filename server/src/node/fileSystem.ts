/**
 * What resolving a configuration reads, without saying where from: Node's disk (nodeFiles.ts)
 * for the CLI and the desktop server, or the files the editor handed to the server in the
 * browser (lsp/editorFiles.ts). Paths are whatever the file system calls them: disk paths on
 * Node, URIs in the browser; only `paths` takes them apart.
 */
import type { Localized } from '../core';

/** The path operations of a file system (Node's `path`, or uriPaths.ts for URIs). */
export interface PathApi {
  readonly sep: string;
  dirname(file: string): string;
  basename(file: string): string;
  join(...parts: string[]): string;
  resolve(...parts: string[]): string;
  relative(from: string, to: string): string;
  isAbsolute(file: string): boolean;
}

export interface FileSystem {
  readonly paths: PathApi;
  /** Whether a file is there (a configuration file beside a plan, say). */
  exists(file: string): boolean;
  /** UTF-8 text of a regular file of at most `maxBytes`, or a FileReadError. */
  readText(file: string, maxBytes: number): string;
  /** A digest of a configuration, for cache keys (any string that changes whenever it does). */
  fingerprint(text: string): string;
}

/**
 * Thrown by a file system that does not hold a file yet (the browser's, before the editor sent
 * it): the caller fetches `files` and asks again. Nothing else catches it.
 */
export class FilesNotLoaded extends Error {
  constructor(readonly files: string[]) {
    super(`not loaded yet: ${files.join(', ')}`);
    this.name = 'FilesNotLoaded';
  }
}

const MiB = 1024 * 1024;

/** Caps for the files that are not plans (plans have `maxFileSize`). */
export const READ_LIMITS = {
  configuration: 1 * MiB,
  framework: 8 * MiB,
  cache: 128 * MiB,
  /** Counts per plan and rule: a repository of thousands of plans stays far below. */
  suppressions: 16 * MiB,
} as const;

type FileProblem = 'missing' | 'not-a-file' | 'link' | 'too-large' | 'not-text' | 'unreadable';

/** A file that cannot be read as asked: what it is or why, in both languages, without its content. */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
    readonly detail: Localized,
  ) {
    super(`${file}: ${detail.en}`);
    this.name = 'FileReadError';
  }
}

export const missingFile = (file: string) => new FileReadError(file, 'missing', { nl: 'bestaat niet', en: 'does not exist' });

export const notTextFile = (file: string) => new FileReadError(file, 'not-text', { nl: 'is geen tekst (UTF-8)', en: 'is not text (UTF-8)' });

export const tooLargeFile = (file: string, size: number, maxBytes: number) =>
  new FileReadError(file, 'too-large', {
    nl: `is groter dan ${maxBytes.toLocaleString('nl-NL')} bytes${size > maxBytes ? ` (${size.toLocaleString('nl-NL')})` : ''}`,
    en: `is larger than ${maxBytes.toLocaleString('en-GB')} bytes${size > maxBytes ? ` (${size.toLocaleString('en-GB')})` : ''}`,
  });

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of bytes, a leading BOM dropped; or why they are no text: a NUL byte (binary) or not UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string } | { notText: 'binary' | 'encoding' } {
  if (bytes.includes(0)) return { notText: 'binary' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { notText: 'encoding' };
  }
}

/** How many bytes `text` takes in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
