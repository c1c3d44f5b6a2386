/**
 * The browser server's files, read here through `vscode.workspace.fs` (the server in a Web
 * Worker has no disk): configuration, `extends`, framework and schema files, and for workspace
 * diagnostics the workspace's folders, time stamps and plans. Any file system VS Code has —
 * `vscode-remote://`, `vscode-vfs://`, `file://` — reads the same.
 */
import { FileSystemError, FileType, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILES_REQUEST,
  STAT_REQUEST,
  type DirectoryEntry,
  type ReadDirectoryParams,
  type ReadFileResult,
  type ReadFilesParams,
  type StatParams,
} from '../../server/src/lsp/protocol';
import { READ_LIMITS } from '../../server/src/node/fileSystem';

/** Bytes as base64 (a message carries text), in chunks that fit an argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function readFile(uri: string): Promise<ReadFileResult> {
  try {
    const target = Uri.parse(uri, true);
    const stat = await workspace.fs.stat(target);
    if (stat.type & FileType.Directory) return { uri, problem: 'not-a-file' };
    // Never more than the largest file the server would read (it says what is too large).
    if (stat.size > READ_LIMITS.cache) return { uri, tooLarge: stat.size };
    return { uri, base64: toBase64(await workspace.fs.readFile(target)) };
  } catch (error) {
    if (error instanceof FileSystemError && error.code === 'FileNotFound') return { uri, problem: 'missing' };
    if (error instanceof FileSystemError && error.code === 'FileIsADirectory') return { uri, problem: 'not-a-file' };
    // No file system for the scheme, a malformed URI: there is no such file to read.
    if (!(error instanceof FileSystemError)) return { uri, problem: 'missing' };
    return { uri, problem: 'unreadable' };
  }
}

function entryKind(type: FileType): DirectoryEntry[1] {
  if (type & FileType.SymbolicLink) return 'link';
  if (type === FileType.File) return 'file';
  if (type === FileType.Directory) return 'folder';
  return 'other';
}

/** Answers the browser server's file requests. */
export function serveFiles(client: BaseLanguageClient): Disposable[] {
  return [
    client.onRequest(READ_FILES_REQUEST, async ({ uris }: ReadFilesParams): Promise<ReadFileResult[]> => Promise.all(uris.map(readFile))),
    client.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }: ReadDirectoryParams): Promise<DirectoryEntry[] | null> => {
      try {
        return (await workspace.fs.readDirectory(Uri.parse(uri, true))).map(([name, type]) => [name, entryKind(type)]);
      } catch {
        return null;
      }
    }),
    client.onRequest(STAT_REQUEST, async ({ uri }: StatParams): Promise<string | null> => {
      try {
        const stat = await workspace.fs.stat(Uri.parse(uri, true));
        return `${stat.mtime}:${stat.size}`;
      } catch {
        return null;
      }
    }),
  ];
}
