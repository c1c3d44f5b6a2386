import { homedir } from 'node:os';
import * as path from 'node:path';

/** The user's cache folder for iplan (the result cache's key, the CLI's code cache). */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'iplan');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'iplan');
  const home = env.HOME || homedir();
  return process.platform === 'darwin' ? path.join(home, 'Library', 'Caches', 'iplan') : path.join(home, '.cache', 'iplan');
}
