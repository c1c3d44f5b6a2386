/** Workspace folders, by URI and by the name the file system gives them (a disk path or a URI). */
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { PathApi } from '../node/fileSystem';
import type { Locator } from './platform';

export interface Folder {
  uri: string;
  path: string;
}

export class Workspace {
  private folders: Folder[] = [];

  constructor(
    folders: readonly WorkspaceFolder[] | null | undefined,
    rootUri: string | null | undefined,
    private readonly locator: Locator,
    private readonly paths: PathApi,
  ) {
    if (folders && folders.length > 0) this.set(folders);
    else if (rootUri) this.set([{ uri: rootUri, name: 'root' }]);
  }

  set(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders.flatMap((folder) => {
      const folderPath = this.locator.toPath(folder.uri);
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
      const relative = this.paths.relative(folder.path, filePath);
      if (relative.startsWith('..') || this.paths.isAbsolute(relative)) continue;
      if (!best || folder.path.length > best.path.length) best = folder;
    }
    return best;
  }
}
