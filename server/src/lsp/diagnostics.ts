/**
 * Findings as LSP diagnostics, delivered either by push (publishDiagnostics, debounced) or by
 * pull (textDocument/diagnostic and workspace/diagnostic) — never both, or an editor shows each
 * problem twice.
 */
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale } from '../core';
import { publicRuleDocsUri } from '../node/publicDocs';
import { CONFIG_PROBLEM_CODE, INTERNAL_ERROR_CODE } from './analysis';
import type { Checker } from './checker';
import type { AnalysisSummary } from './checkProtocol';
import { describeError, yieldToEventLoop, type Log } from './guard';
import type { SettingsStore } from './settings';
import type { Locator, WorkspaceFiles } from './platform';
import type { Workspace } from './workspace';
import { suppressedDiagnostics, type SuppressionFiles } from './suppressions';
import { PlanFileIndex, type FileResult } from './workspaceFiles';
import { markStart, startLine } from './startTimeline';

const DEBOUNCE_MS = 150;

function toDiagnostic(finding: Finding, uri: string, locale: Locale, docsUri: (ruleId: string) => string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'iplan',
    code: finding.ruleId,
    message: finding.message[locale],
  };
  if (finding.ruleId !== CONFIG_PROBLEM_CODE && finding.ruleId !== INTERNAL_ERROR_CODE) {
    diagnostic.codeDescription = { href: docsUri(finding.ruleId) };
  }
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: related.range },
      message: related.message[locale],
    }));
  }
  return diagnostic;
}

const converted = new WeakMap<AnalysisSummary, Diagnostic[]>();

/**
 * The analysis's diagnostics, converted once (the suppressions and settings that apply change
 * only with a new generation, hence new analyses). Non-plans have none.
 */
export function diagnosticsOf(analysis: AnalysisSummary, docsUri: (ruleId: string) => string = publicRuleDocsUri, suppression?: SuppressionView): Diagnostic[] {
  let diagnostics = converted.get(analysis);
  if (!diagnostics) {
    const convert = (finding: Finding) => toDiagnostic(finding, analysis.uri, analysis.locale, docsUri);
    if (!analysis.isPlan) diagnostics = [];
    else if (suppression) diagnostics = suppressedDiagnostics(analysis.findings, convert, { ...suppression, locale: analysis.locale });
    else diagnostics = analysis.findings.map(convert);
    converted.set(analysis, diagnostics);
  }
  return diagnostics;
}

type SuppressionView = Omit<Parameters<typeof suppressedDiagnostics>[2], 'locale'>;

/** Without data, so the VS Code client treats it as a plain cancellation and pulls again. */
const cancelled = () => new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.RequestCancelled, 'cancelled');
/** The server gave up on an outdated version; the client pulls again for the current one. */
const outdated = () => new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'a newer version arrived');

interface DiagnosticsPlatform {
  locator: Locator;
  workspaceFiles: WorkspaceFiles;
  /** The page that documents a rule, linked from its diagnostics. */
  docsUri(ruleId: string): string;
}

/** What the diagnostics service works with. */
interface DiagnosticsOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  checker: Checker;
  settings: SettingsStore;
  workspace: Workspace;
  /** Pull when the client asks for diagnostics (LSP 3.17), else push. */
  mode: 'push' | 'pull';
  /** Whether the client can be asked to pull all diagnostics again. */
  canRefresh: boolean;
  log: Log;
  platform: DiagnosticsPlatform;
  suppressions: SuppressionFiles;
}

export class DiagnosticsService {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When each document's last check started (performance.now()). */
  private readonly lastCheck = new Map<string, number>();
  /** Push mode: documents that were sent a non-empty list, so they get an empty one on close. */
  private readonly published = new Set<string>();
  private readonly files: PlanFileIndex;

  private readonly connection: Connection;
  private readonly documents: TextDocuments<TextDocument>;
  private readonly checker: Checker;
  private readonly settings: SettingsStore;
  readonly mode: 'push' | 'pull';
  private readonly canRefresh: boolean;
  private readonly log: Log;
  private readonly platform: DiagnosticsPlatform;
  private readonly suppressions: SuppressionFiles;

  constructor(options: DiagnosticsOptions) {
    ({
      connection: this.connection,
      documents: this.documents,
      checker: this.checker,
      settings: this.settings,
      mode: this.mode,
      canRefresh: this.canRefresh,
      log: this.log,
      platform: this.platform,
      suppressions: this.suppressions,
    } = options);
    this.files = new PlanFileIndex(options.workspace, options.platform.workspaceFiles);
  }

  // ---- push ----

  /**
   * Checks the document: at once when it was quiet (one keystroke after a pause gets its
   * diagnostics without waiting), else after a pause in the typing, which a newer edit restarts.
   */
  schedule(document: TextDocument, delay = this.isQuiet(document.uri) ? 0 : DEBOUNCE_MS): void {
    if (this.mode !== 'push') return;
    const uri = document.uri;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri).catch((error) => this.log.error(`[publishDiagnostics] ${describeError(error)}`));
      }, delay),
    );
  }

  /** Whether a check waits for a pause in the typing. */
  get scheduled(): boolean {
    return this.timers.size > 0;
  }

  /** No check pending and none started within the debounce time. */
  private isQuiet(uri: string): boolean {
    return !this.timers.has(uri) && performance.now() - (this.lastCheck.get(uri) ?? -Infinity) >= DEBOUNCE_MS;
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    this.lastCheck.set(uri, performance.now());
    const analysis = await this.checker.analyze(uri, version, document.getText());
    // A newer version arrived while this one was checked: its own check will publish.
    if (!analysis || this.documents.get(uri)?.version !== version) return;
    // Every check is published, an empty list too: a client then knows the version was checked.
    const diagnostics = await this.shown(analysis);
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.delivered();
  }

  /** Diagnostics went out: the first time, the log says how the server's start went. */
  private delivered(): void {
    markStart('first diagnostics');
    const line = startLine();
    if (line) this.log.info(line);
  }

  /** The document was closed: stop its check; in push mode clear what it showed. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastCheck.delete(uri);
    this.checker.forget(uri);
    if (this.mode === 'push' && this.published.delete(uri)) {
      this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    }
  }

  /** The diagnostics the editor shows: with the suppressions file that applies to the plan. */
  private async shown(analysis: AnalysisSummary): Promise<Diagnostic[]> {
    const filePath = analysis.isPlan ? this.platform.locator.toPath(analysis.uri) : undefined;
    if (!filePath) return diagnosticsOf(analysis, this.platform.docsUri);
    const settings = await this.settings.forResource(analysis.uri);
    const applying = await this.suppressions.countsFor(filePath, settings);
    return diagnosticsOf(analysis, this.platform.docsUri, applying && { ...applying, mode: settings.suppressions });
  }

  /** Settings, configuration or suppressions changed: check again what the editor shows. */
  async refresh(): Promise<void> {
    this.files.invalidate();
    this.suppressions.invalidate();
    if (this.mode === 'push') {
      for (const document of this.documents.all()) this.schedule(document, 0);
    } else if (this.canRefresh) {
      await this.connection.languages.diagnostics.refresh();
    }
  }

  /** Files were created or deleted on disk. */
  filesChanged(): void {
    this.files.invalidate();
  }

  // ---- pull ----

  private resultId(analysis: AnalysisSummary): string {
    return `${analysis.generation}:${analysis.version ?? 0}`;
  }

  async documentReport(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>> {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    const previous = this.checker.latest(document.uri);
    if (previous && previous.version !== version && !this.isQuiet(document.uri)) {
      // Being edited (clients pull on every change): wait for a pause in the typing. When a newer
      // version comes meanwhile, this pull is cancelled and the client pulls that one.
      await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
      if (token.isCancellationRequested) return cancelled();
      if (this.documents.get(document.uri)?.version !== version) return outdated();
    }
    this.lastCheck.set(document.uri, performance.now());
    const analysis = await this.checker.analyze(document.uri, version, document.getText());
    if (token.isCancellationRequested) return cancelled();
    // A newer version stopped this check: the client pulls again for that one.
    if (!analysis) return outdated();
    const resultId = this.resultId(analysis);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = await this.shown(analysis);
    this.delivered();
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  /**
   * Plans on disk in every workspace folder that are not open (open ones are pulled per
   * document). A file's report is recomputed only when its size or time stamp changed; between
   * files the server yields, so edits and other requests are answered meanwhile.
   */
  async workspaceReport(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport | ResponseError<DiagnosticServerCancellationData>> {
    const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
    const openPaths = new Set(this.documents.all().flatMap((document) => this.platform.locator.toPath(document.uri) ?? []));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const seen = new Set<string>();
    const generation = this.checker.generation;
    const files = await this.files.list(token);
    if (!files) return cancelled();
    for (const file of files) {
      if (token.isCancellationRequested) return cancelled();
      if (openPaths.has(file.path)) continue;
      const uri = this.platform.locator.toUri(file.path);
      seen.add(uri);
      // Opened since the report began: its own pull checks it, and the worker's time goes there
      // (checking it from disk as well held up the first diagnostics of a plan opened at start).
      if (this.documents.get(uri)) continue;
      const stamp = await this.files.stamp(file.path);
      if (!stamp) continue;
      const resultId = `${generation}:disk:${stamp}`;
      const prior = previous.get(uri);
      if (prior === resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
        continue;
      }
      let result = this.files.cached(file.path, resultId);
      if (!result) {
        result = await this.checkFile(uri, file.path);
        this.files.remember(file.path, resultId, result);
        await yieldToEventLoop();
      }
      // Non-plans are left out, unless the client still shows something for them.
      if (result.isPlan || prior !== undefined) {
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: result.diagnostics });
      }
    }
    // Files that went away (deleted, or renamed from .md) lose what they showed.
    for (const uri of previous.keys()) {
      const filePath = this.platform.locator.toPath(uri);
      if (seen.has(uri) || (filePath && openPaths.has(filePath))) continue;
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    return { items };
  }

  /** A file on disk, read and screened in the check worker as the CLI does it (see Analyzer.lintDisk). */
  private async checkFile(uri: string, filePath: string): Promise<FileResult> {
    const settings = await this.settings.forResource(uri);
    const analysis = await this.checker.lint(uri, filePath, settings);
    return { isPlan: analysis.isPlan, diagnostics: await this.shown(analysis) };
  }
}
