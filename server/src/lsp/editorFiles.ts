/**
 * The browser server's files: what the client read through `vscode.workspace.fs` and handed
 * over, by URI. Configuration resolution asks synchronously; a file not handed over yet throws
 * FilesNotLoaded, the check host fetches it from the client and runs the job again. File events
 * from the client drop what changed.
 */
import { CONFIG_FILE_NAMES } from '../node/configResolver';
import { decodeText, FileReadError, FilesNotLoaded, missingFile, notTextFile, tooLargeFile, type FileSystem } from '../node/fileSystem';
import { screenBytes, type PlanConfig, type ScreenedPlan } from '../node/planScreen';
import { splitUri, uriPaths } from '../node/uriPaths';
import type { ReadFileResult } from './protocol';

type Entry = { bytes: Uint8Array } | { problem: NonNullable<ReadFileResult['problem']> } | { tooLarge: number };

const problemError = (file: string, problem: NonNullable<ReadFileResult['problem']>) =>
  problem === 'missing'
    ? missingFile(file)
    : problem === 'not-a-file'
      ? new FileReadError(file, 'not-a-file', { nl: 'is een map, geen gewoon bestand', en: 'is a folder, not a regular file' })
      : new FileReadError(file, 'unreadable', { nl: 'kan niet worden gelezen', en: 'cannot be read' });

/** The bytes of base64 text (the client's answer). */
function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A 53-bit string hash (cyrb53): enough to tell configurations apart in a key. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

export class EditorFiles implements FileSystem {
  readonly paths = uriPaths;
  private readonly entries = new Map<string, Entry>();

  /** What the client answered. */
  store(results: readonly ReadFileResult[]): void {
    for (const result of results) {
      this.entries.set(
        result.uri,
        result.base64 !== undefined
          ? { bytes: fromBase64(result.base64) }
          : result.tooLarge !== undefined
            ? { tooLarge: result.tooLarge }
            : { problem: result.problem ?? 'unreadable' },
      );
    }
  }

  /** Changed files: read again when next asked for. */
  forget(uris: readonly string[]): void {
    for (const uri of uris) this.entries.delete(uri);
  }

  exists(file: string): boolean {
    const entry = this.entries.get(file);
    if (!entry) throw new FilesNotLoaded(this.withNeighbours(file));
    return !('problem' in entry);
  }

  readText(file: string, maxBytes: number): string {
    const entry = this.entry(file);
    if ('tooLarge' in entry) throw tooLargeFile(file, entry.tooLarge, maxBytes);
    const bytes = entry.bytes;
    if (bytes.length > maxBytes) throw tooLargeFile(file, bytes.length, maxBytes);
    const decoded = decodeText(bytes);
    if ('notText' in decoded) throw notTextFile(file);
    return decoded.text;
  }

  fingerprint(text: string): string {
    return hash53(text);
  }

  /** A plan file (workspace diagnostics), screened as on disk; its bytes are let go once read. */
  readPlan(file: string, relativePath: string | undefined, config: PlanConfig): ScreenedPlan {
    const entry = this.entry(file);
    this.entries.delete(file);
    if ('tooLarge' in entry) return screenBytes({ bytes: new Uint8Array(0), size: entry.tooLarge, whole: false }, relativePath, config);
    const size = entry.bytes.length;
    return screenBytes({ bytes: entry.bytes, size, whole: size <= config.maxFileSize }, relativePath, config);
  }

  private entry(file: string): { bytes: Uint8Array } | { tooLarge: number } {
    const entry = this.entries.get(file);
    if (!entry) throw new FilesNotLoaded([file]);
    if ('problem' in entry) throw problemError(file, entry.problem);
    return entry;
  }

  /**
   * A configuration file's name is looked for in a folder and every folder above it: all of them
   * are asked for at once, so a plan's configuration takes one round trip, not one per folder.
   */
  private withNeighbours(file: string): string[] {
    if (!CONFIG_FILE_NAMES.includes(uriPaths.basename(file)) || !splitUri(file)) return [file];
    const wanted: string[] = [];
    for (let folder = uriPaths.dirname(file); ; ) {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = uriPaths.join(folder, name);
        if (!this.entries.has(candidate)) wanted.push(candidate);
      }
      const parent = uriPaths.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    return wanted;
  }
}
