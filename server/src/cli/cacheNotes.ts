/**
 * The one line on standard error about the result cache: a cache that was there but not used
 * (not written by this user on this machine, changed since, malformed, not a regular file; or no
 * secret to sign with), or one that could not be written. The check itself is not affected.
 */
import * as path from 'node:path';
import type { Locale } from '../core';
import type { CacheNote } from '../node/cache';
import { printable } from './formatters/printable';

const shown = (location: string, cwd: string) => printable(path.relative(cwd, location) || location);

export function cacheNoteLine(note: CacheNote, location: string, cwd: string, locale: Locale): string {
  const file = shown(location, cwd);
  if (note.kind === 'not-used') {
    return locale === 'nl'
      ? `iplan: de cache wordt niet gebruikt: ${printable(note.why.nl)}\n`
      : `iplan: the cache is not used: ${printable(note.why.en)}\n`;
  }
  return locale === 'nl'
    ? `iplan: de cache ${file} wordt genegeerd: ${printable(note.why.nl)}\n`
    : `iplan: the cache ${file} is ignored: ${printable(note.why.en)}\n`;
}

export function cacheNotWrittenLine(error: unknown, location: string, cwd: string, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const file = shown(location, cwd);
  return locale === 'nl' ? `iplan: de cache ${file} is niet geschreven: ${code}\n` : `iplan: the cache ${file} was not written: ${code}\n`;
}
