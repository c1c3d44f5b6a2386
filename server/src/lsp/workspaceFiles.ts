/**
 * The Markdown files of the workspace folders, for workspace diagnostics: listed by the walk the
 * CLI uses (regular files only, no links followed, hidden and dependency folders skipped; on disk,
 * or in the browser through the editor's file system),
 * relisted when files are created or deleted or after a while, and each file's diagnostics kept
 * until its size or time stamp changes.
 */
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { yieldToEventLoop } from './guard';
import type { WorkspaceFiles } from './platform';
import type { Workspace } from './workspace';

/** A listing is trusted this long without file events. */
const LISTING_TTL_MS = 30_000;
/** Bounds for pathological trees: the scan must end. */
const MAX_FILES = 20_000;
const MAX_DEPTH = 32;

interface ListedFile {
  path: string;
}

export interface FileResult {
  isPlan: boolean;
  diagnostics: Diagnostic[];
}

export class PlanFileIndex {
  private listing?: { at: number; files: ListedFile[] };
  private readonly results = new Map<string, { resultId: string; result: FileResult }>();

  constructor(
    private readonly workspace: Workspace,
    private readonly files: WorkspaceFiles,
  ) {}

  invalidate(): void {
    this.listing = undefined;
  }

  /** The Markdown files of all folders; undefined when cancelled. */
  async list(token: CancellationToken): Promise<ListedFile[] | undefined> {
    if (this.listing && Date.now() - this.listing.at < LISTING_TTL_MS) return this.listing.files;
    const files: ListedFile[] = [];
    for (const folder of this.workspace.all()) {
      const complete = await this.walk(folder.path, 0, files, token);
      if (!complete) return undefined;
    }
    this.listing = { at: Date.now(), files };
    const listed = new Set(files.map((file) => file.path));
    for (const key of this.results.keys()) if (!listed.has(key)) this.results.delete(key);
    return files;
  }

  /** The CLI's walk (node/walk.ts, or the editor's folders), a folder at a time, yielding between folders. */
  private async walk(folder: string, depth: number, files: ListedFile[], token: CancellationToken): Promise<boolean> {
    if (token.isCancellationRequested) return false;
    if (depth > MAX_DEPTH || files.length >= MAX_FILES) return true;
    const listed = await this.files.readFolder(folder);
    if (!listed) return true;
    for (const file of listed.files) {
      files.push({ path: file });
      if (files.length >= MAX_FILES) return true;
    }
    for (const sub of listed.folders) {
      if (!(await this.walk(sub, depth + 1, files, token))) return false;
    }
    await yieldToEventLoop();
    return true;
  }

  /** Size and time stamp, which change whenever the content does; undefined when gone. */
  stamp(filePath: string): Promise<string | undefined> {
    return this.files.stamp(filePath);
  }

  cached(filePath: string, resultId: string): FileResult | undefined {
    const entry = this.results.get(filePath);
    return entry?.resultId === resultId ? entry.result : undefined;
  }

  remember(filePath: string, resultId: string, result: FileResult): void {
    this.results.set(filePath, { resultId, result });
  }
}
