/**
 * A secret of this user on this machine, kept outside every repository: `cache-key` in the user's
 * cache folder (`$XDG_CACHE_HOME/iplan`, else `~/.cache/iplan`; `%LOCALAPPDATA%\iplan` on Windows,
 * `~/Library/Caches/iplan` on macOS), readable by the user only. The result cache is signed with
 * it, so a cache committed to a repository, restored in CI or edited by hand counts as absent.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, lstatSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core';
import { FileReadError, readRegularFile } from './readFile';
import { userCacheFolder } from './userCacheFolder';

const KEY = /^[0-9a-f]{64}\n?$/;

type UserSecret = { key: Buffer; file: string } | { problem: Localized; file: string };

/** Whether the file is this user's alone (owner and mode; Windows keeps the folder per user). */
function privateToUser(file: string): boolean | 'foreign' {
  if (process.platform === 'win32') return true;
  const stat = lstatSync(file);
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return 'foreign';
  return (stat.mode & 0o077) === 0;
}

/** A new key, written whole before it takes the name (two runs starting at once agree on one). */
function createKey(file: string, replace: boolean): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(temporary, 0o600);
    if (replace) renameSync(temporary, file);
    else linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Renamed into place.
    }
  }
}

/** This user's secret, made on first use; or why there is none (then the cache is not used). */
export function userSecret(env: NodeJS.ProcessEnv = process.env): UserSecret {
  const folder = userCacheFolder(env);
  const file = path.join(folder, 'cache-key');
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (let attempt = 0; attempt < 2; attempt++) {
      let bytes: Buffer | undefined;
      try {
        bytes = readRegularFile(file, { maxBytes: 1024, noFollow: true });
      } catch (error) {
        if (!(error instanceof FileReadError) || error.problem !== 'missing') {
          if (error instanceof FileReadError) return { file, problem: { nl: `${file} ${error.detail.nl}`, en: `${file} ${error.detail.en}` } };
          throw error;
        }
      }
      if (bytes === undefined) {
        createKey(file, false);
        continue;
      }
      const owner = privateToUser(file);
      if (owner === 'foreign') return { file, problem: { nl: `${file} is van een andere gebruiker`, en: `${file} belongs to another user` } };
      // Readable by others, or not a key: it cannot be trusted, so a new one replaces it.
      if (!owner || !KEY.test(bytes.toString('latin1'))) {
        createKey(file, true);
        continue;
      }
      return { file, key: Buffer.from(bytes.toString('latin1').trim(), 'hex') };
    }
    return { file, problem: { nl: `${file} kan niet worden aangemaakt`, en: `${file} cannot be created` } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { file, problem: { nl: `${file} kan niet worden aangemaakt (${code})`, en: `${file} cannot be created (${code})` } };
  }
}
