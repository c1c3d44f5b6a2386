/** The disk, as configuration resolution reads it on Node (the CLI and the desktop server). */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { FileSystem } from './fileSystem';
import { readTextFile } from './readFile';

export const NODE_FILES: FileSystem = {
  paths: path,
  exists: (file) => existsSync(file),
  readText: (file, maxBytes) => readTextFile(file, { maxBytes }),
  fingerprint: (text) => createHash('sha256').update(text).digest('hex'),
};
