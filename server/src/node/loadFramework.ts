/** Reading a framework definition and its front-matter schema from disk (CLI and server). */
import type { Framework } from '../core';
import { forgetFrameworks, loadFrameworkFrom, readJsonFrom } from './frameworkFiles';
import { NODE_FILES } from './nodeFiles';

export { forgetFrameworks };

/** JSON from a file on disk (see readJsonFrom). */
export function readJsonFile(file: string, maxBytes: number): unknown {
  return readJsonFrom(NODE_FILES, file, maxBytes);
}

/** The framework at `file` on disk (compiled once per process), or the bundled one. */
export function loadFramework(file?: string): Framework {
  return loadFrameworkFrom(NODE_FILES, file);
}
