/**
 * The editor's side of bulk suppressions: the same `iplan-suppressions.json` the CLI writes,
 * at the root of the workspace folder (or where `iplan.suppressionsLocation` says). What it
 * accepts is shown as a hint that says so, or hidden (`iplan.suppressions`); what goes beyond a
 * count is shown as usual, all findings of that rule, as the CLI reports them. The file is read
 * through the platform's files: from disk on Node, through the editor in the browser.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Locale } from '../core';
import { FilesNotLoaded, type FileSystem } from '../node/fileSystem';
import { applySuppressions, SUPPRESSIONS_FILE, Suppressions, type RuleCounts } from '../node/suppressions';
import { describeError, type Log } from './guard';
import { t } from './messages';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

/** How many times a read may ask the editor for files it has not handed over yet. */
const MAX_FETCH_ROUNDS = 4;

/** Where the server reads files: the disk, or the editor's files with a way to ask for more. */
export interface SuppressionSource {
  files: FileSystem;
  /** Fetches what a FilesNotLoaded asked for (the browser); absent where every file is at hand. */
  loadFiles?(files: string[]): Promise<void>;
}

export class SuppressionFiles {
  private readonly byLocation = new Map<string, Promise<Suppressions | undefined>>();

  constructor(
    private readonly workspace: Workspace,
    private readonly source: SuppressionSource,
    private readonly log: Log,
    /** Told once about each suppressions file that cannot be read. */
    private readonly onProblem: (message: string) => void,
  ) {}

  /** The accepted counts for a plan (as the file system names it), read once per file until `invalidate`. */
  async countsFor(filePath: string, settings: Settings): Promise<{ counts: RuleCounts; file: string } | undefined> {
    const paths = this.source.files.paths;
    const root = this.workspace.folderOf(filePath)?.path ?? paths.dirname(filePath);
    const location = paths.resolve(root, settings.suppressionsLocation ?? SUPPRESSIONS_FILE);
    let reading = this.byLocation.get(location);
    if (!reading) {
      reading = this.read(location);
      this.byLocation.set(location, reading);
    }
    const counts = (await reading)?.countsFor(filePath);
    return counts && { counts, file: paths.basename(location) };
  }

  /** The file may have changed (a watched JSON file changed, or the settings). */
  invalidate(): void {
    this.byLocation.clear();
  }

  private async read(location: string): Promise<Suppressions | undefined> {
    for (let round = 0; ; round++) {
      try {
        return Suppressions.read(location, this.source.files);
      } catch (error) {
        if (error instanceof FilesNotLoaded && this.source.loadFiles && round < MAX_FETCH_ROUNDS) {
          try {
            await this.source.loadFiles(error.files);
            continue;
          } catch (fetchError) {
            error = fetchError;
          }
        }
        // A broken file suppresses nothing; the user hears once what is wrong with it.
        const problem = describeError(error);
        this.log.error(`Suppressions not used: ${problem}`);
        this.onProblem(error instanceof Error ? error.message : problem);
        return undefined;
      }
    }
  }
}

/**
 * The diagnostics of a plan's findings with its suppressions applied: accepted ones as hints
 * with a note (`hint`) or left out (`hide`). A hint keeps its range and rule, so the quick fixes
 * stay at hand, but it is no error or warning in the Problems view or the status bar.
 */
export function suppressedDiagnostics(
  findings: readonly Finding[],
  toDiagnostic: (finding: Finding) => Diagnostic,
  suppression: { counts: RuleCounts; file: string; mode: Settings['suppressions']; locale: Locale },
): Diagnostic[] {
  const { suppressed } = applySuppressions(findings, suppression.counts);
  const accepted = new Set(suppressed);
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    if (!accepted.has(finding)) diagnostics.push(toDiagnostic(finding));
    else if (suppression.mode === 'hint') {
      const diagnostic = toDiagnostic(finding);
      diagnostics.push({ ...diagnostic, severity: DiagnosticSeverity.Hint, message: `${diagnostic.message} ${t(suppression.locale, 'suppressed', suppression.file)}` });
    }
  }
  return diagnostics;
}
