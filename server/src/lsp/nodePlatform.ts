/** The language server on Node: files are paths on disk (see platform.ts). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResultCache } from '../node/cache';
import { NODE_FILES } from '../node/nodeFiles';
import { readPlanFile } from '../node/planFile';
import { TOOL_VERSION } from '../node/version';
import { readFolder } from '../node/walk';
import type { AnalysisPlatform, Locator, WorkspaceFiles } from './platform';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, …). */
function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * A `file:` URI written the way VS Code writes it (every character outside `A-Za-z0-9-._~/`
 * percent-encoded), so URIs we make from disk paths compare equal to the client's.
 */
export function pathToUri(filePath: string): string {
  let normalized = path.resolve(filePath).replace(/\\/g, '/');
  if (/^[a-zA-Z]:/.test(normalized)) normalized = `/${normalized[0].toLowerCase()}${normalized.slice(1)}`;
  let encoded = '';
  for (const ch of normalized) {
    if (/[A-Za-z0-9\-._~/]/.test(ch)) encoded += ch;
    else encoded += [...Buffer.from(ch, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return `file://${encoded}`;
}

export const NODE_LOCATOR: Locator = { toPath: uriToPath, toUri: pathToUri };

export function nodeAnalysisPlatform(): AnalysisPlatform {
  return {
    files: NODE_FILES,
    locator: NODE_LOCATOR,
    cwd: () => process.cwd(),
    // As the CLI reads it: a regular file, never a link, within the size limit.
    readPlan: (filePath, relativePath, config) => readPlanFile(filePath, relativePath, config, { noFollow: true }),
    // Files on disk share the CLI's content-keyed cache (in memory).
    resultCache: new ResultCache(undefined, TOOL_VERSION),
  };
}

/** The CLI's walk (node/walk.ts) and the disk's time stamps. */
export const NODE_WORKSPACE_FILES: WorkspaceFiles = {
  readFolder: async (folder) => readFolder(folder),
  stamp: async (filePath) => {
    try {
      const stat = await fs.stat(filePath);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return undefined;
    }
  },
};
