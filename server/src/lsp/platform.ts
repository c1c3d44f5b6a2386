/**
 * What the language server needs from where it runs. On Node (nodePlatform.ts) files are paths on
 * disk, a worker thread checks, and a content-keyed cache spares parses; in a browser's Web Worker
 * (browserMain.ts) files are URIs the client reads through VS Code, and the server's own worker
 * checks. Everything else — the wiring, the analysis, the features — is the same code.
 */
import type { FileSystem } from '../node/fileSystem';
import type { ResolvedConfig } from '../node/configResolver';
import type { PlanConfig, ScreenedPlan } from '../node/planScreen';
import type { CachedOutcome } from '../node/cacheFile';

/** Between document URIs and the names the file system uses. */
export interface Locator {
  /** The file's name for the file system; undefined when it has none (untitled, another scheme). */
  toPath(uri: string): string | undefined;
  /** The URI the client knows a file by. */
  toUri(filePath: string): string;
}

/** A results cache keyed by content and configuration (the CLI's, in memory). */
interface ResultStore {
  keyFor(filePath: string, text: string, config: ResolvedConfig): string | undefined;
  get(filePath: string, key: string): CachedOutcome | undefined;
  set(filePath: string, key: string, outcome: CachedOutcome): void;
}

/** What the analysis reads and where. */
export interface AnalysisPlatform {
  files: FileSystem;
  locator: Locator;
  /** Where an untitled document outside every workspace folder looks for configuration. */
  cwd(): string;
  /** A plan file (workspace diagnostics), screened; a FileReadError when it cannot be read. */
  readPlan(filePath: string, relativePath: string | undefined, config: PlanConfig): ScreenedPlan;
  /**
   * Results of plan files read from disk (not open in the editor), keyed by content and
   * configuration; it lives in memory for as long as the server runs. None in a browser.
   */
  resultCache?: ResultStore;
}

/** The Markdown files and subfolders of one folder (regular files only, links never followed). */
interface FolderListing {
  files: string[];
  folders: string[];
}

/** What workspace diagnostics read: folder listings and time stamps. */
export interface WorkspaceFiles {
  readFolder(folder: string): Promise<FolderListing | undefined>;
  /** Size and time stamp, which change whenever the content does; undefined when gone. */
  stamp(filePath: string): Promise<string | undefined>;
}
