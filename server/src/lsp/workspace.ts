/** Workspace folders, and the mapping between file URIs and paths. */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';

export interface Folder {
  uri: string;
  path: string;
}

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, …). */
export function uriToPath(uri: string): string | undefined {
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

export class Workspace {
  private folders: Folder[] = [];

  constructor(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null) {
    if (folders && folders.length > 0) this.set(folders);
    else if (rootUri) this.set([{ uri: rootUri, name: 'root' }]);
  }

  set(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders.flatMap((folder) => {
      const folderPath = uriToPath(folder.uri);
      return folderPath ? [{ uri: folder.uri, path: folderPath }] : [];
    });
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => folder.uri));
    const kept = this.folders.filter((folder) => !gone.has(folder.uri)).map((folder) => ({ uri: folder.uri, name: folder.uri }));
    this.set([...kept, ...added]);
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The innermost workspace folder that holds the file. */
  folderOf(filePath: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder.path, filePath);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!best || folder.path.length > best.path.length) best = folder;
    }
    return best;
  }
}
