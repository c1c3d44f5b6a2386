/**
 * The iplan language server's wiring, the same on Node (main.ts) and in a browser's Web Worker
 * (browserMain.ts): every handler is guarded so an exception is logged and answered with a
 * neutral result, and the server keeps running. Parsing and checking happen away from the
 * handlers (a CheckService), so on Node this thread always answers: hover, completion and
 * cancellation too while a huge or hostile document is being checked.
 */
import { TOOL_VERSION } from '../node/version';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLocale, type Locale } from '../core';
import { CONFIG_FILE_NAMES } from '../node/configResolver';
import type { PathApi } from '../node/fileSystem';
import { Checker } from './checker';
import type { CheckHostEvents, CheckService } from './checkService';
import { FIX_ALL_KIND } from './codeActions';
import { completionKind, frontMatterCompletion, sectionCompletion } from './completion';
import { documentLines } from './documentLines';
import { DiagnosticsService } from './diagnostics';
import { connectionLog, guard } from './guard';
import { t } from './messages';
import {
  COMPARE_REQUEST,
  IDLE_NOTIFICATION,
  IMPORT_DOCX_REQUEST,
  NEW_PLAN_REQUEST,
  PLAN_INFO_REQUEST,
  PREVIEW_REQUEST,
  type CompareParams,
  type CompareResult,
  type ImportDocxParams,
  type ImportDocxResult,
  type NewPlanParams,
  type NewPlanResult,
  type PlanInfo,
  type PlanInfoParams,
  type PreviewParams,
  type PreviewResult,
} from './protocol';
import type { Locator, WorkspaceFiles } from './platform';
import { SettingsStore } from './settings';
import { SuppressionFiles, type SuppressionSource } from './suppressions';
import { markStart } from './startTimeline';
import { Workspace } from './workspace';

/**
 * Where the server runs: how it checks, names files and lists the workspace's, and what it reads
 * itself (the suppressions file; `files`, and `loadFiles` where files are fetched on demand).
 */
interface ServerPlatform extends SuppressionSource {
  startChecks(events: CheckHostEvents): CheckService;
  locator: Locator;
  paths: PathApi;
  workspaceFiles: WorkspaceFiles;
  /** Where a rule's documentation is, for diagnostics' links. */
  docsUri(ruleId: string): string;
  /** Told the client's hello before anything else. */
  initialize?(params: InitializeParams): void;
  /** Files changed (the client's file events): what was read of them is stale. */
  filesChanged?(uris: string[]): void;
  /** The checks are idle (after checking): a moment for work that must not delay an answer. */
  idle?(): void;
}

interface Services {
  settings: SettingsStore;
  workspace: Workspace;
  checker: Checker;
  diagnostics: DiagnosticsService;
  dynamicConfiguration: boolean;
  workspaceFolders: boolean;
}

/** Wires the server to a connection and listens. */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(TextDocument);
  const log = connectionLog(connection);
  let services: Services | undefined;

  /** The language of the server's own messages, once the client said it. */
  let messageLocale: Locale = 'en';
  const host = platform.startChecks({
    log,
    onProblem: (problem) =>
      // A broken framework or configuration file: the user hears it once, not per document.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `iplan: ${t(messageLocale, 'configProblem', problem)}`,
      }),
    onUntrustedFramework: (file) =>
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `iplan: ${t(messageLocale, 'untrustedFramework', file)}`,
      }),
    // A check about to start after a pause in the typing is work still to do: its own idle follows.
    onIdle: () => {
      if (services?.diagnostics.scheduled) return;
      platform.idle?.();
      void connection.sendNotification(IDLE_NOTIFICATION);
    },
  });

  connection.onInitialize((params): InitializeResult => {
    markStart('initialize');
    platform.initialize?.(params);
    const capabilities = params.capabilities;
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    const workspace = new Workspace(params.workspaceFolders, params.rootUri, platform.locator, platform.paths);
    const settings = new SettingsStore(connection, capabilities.workspace?.configuration === true, params.initializationOptions, log);
    const clientLocale = params.locale ? parseLocale(params.locale) : undefined;
    // The client says whether the editor trusts the workspace; other clients are trusted.
    const trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
    messageLocale = clientLocale ?? 'en';
    host.setUp({ folders: [...workspace.all()], clientLocale, trusted, generation: 0 });
    const checker = new Checker(host, settings, clientLocale, log);
    const canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    const suppressions = new SuppressionFiles(workspace, platform, log, (problem) => {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `iplan: ${t(messageLocale, 'suppressionsProblem', problem)}`,
      });
    });
    const diagnostics = new DiagnosticsService({
      connection,
      documents,
      checker,
      settings,
      workspace,
      mode: pull ? 'pull' : 'push',
      canRefresh,
      log,
      platform,
      suppressions,
    });
    services = {
      settings,
      workspace,
      checker,
      diagnostics,
      dynamicConfiguration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    };
    log.info(`iplan language server ${TOOL_VERSION} (${pull ? 'pull' : 'push'} diagnostics)`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [' ', ':'] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'I-plan' },
        diagnosticProvider: pull ? { identifier: 'iplan', interFileDependencies: false, workspaceDiagnostics: true } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'iplan', version: TOOL_VERSION },
    };
  });


  connection.onInitialized(
    guard(log, 'initialized', undefined, async () => {
      if (!services) return;
      if (services.dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'iplan' });
      if (services.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard(log, 'didChangeWorkspaceFolders', undefined, async (event) => {
            services!.workspace.change(event.added, event.removed);
            host.setFolders([...services!.workspace.all()]);
            services!.checker.invalidate();
            await services!.diagnostics.refresh();
          }),
        );
      }
    }),
  );

  /**
   * The last configuration change, settled once its settings are compared with those read before
   * (and everything is invalidated if they differ). Every request that reads a check (diagnostics,
   * code actions, completion, hover, symbols, plan info, preview, compare) waits for it, so it
   * reflects the change as a request after a notification should.
   */
  let settling: Promise<unknown> = Promise.resolve();

  connection.onDidChangeConfiguration(
    guard(log, 'didChangeConfiguration', undefined, async (params) => {
      if (!services) return;
      const { settings, checker, diagnostics } = services;
      const differs = settling
        .then(() => settings.changed(params.settings))
        .catch(() => true)
        .then((changed) => {
          if (changed) checker.invalidate();
          return changed;
        });
      settling = differs;
      if (await differs) await diagnostics.refresh();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(log, 'didChangeWatchedFiles', undefined, async (params) => {
      if (!services) return;
      platform.filesChanged?.(params.changes.map((change) => change.uri));
      services.diagnostics.filesChanged();
      // Configuration and framework files (JSON) change what every plan is checked against.
      if (params.changes.some((change) => /\.json$/i.test(change.uri) || CONFIG_FILE_NAMES.some((name) => change.uri.endsWith(`/${name}`)))) {
        services.checker.invalidate();
        await services.diagnostics.refresh();
      }
    }),
  );

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  documents.onDidChangeContent((event) => {
    const delay = justOpened.delete(event.document.uri) ? 0 : undefined;
    // A check of an older version is pointless now: it stops, whatever it was doing.
    services?.checker.supersede(event.document.uri, event.document.version);
    services?.diagnostics.schedule(event.document, delay);
  });
  documents.onDidClose((event) => {
    justOpened.delete(event.document.uri);
    services?.diagnostics.closed(event.document.uri);
  });

  /** The summary of a document's current version (checked once, shared by every feature). */
  async function current(uri: string) {
    const document = documents.get(uri);
    if (!document || !services) return undefined;
    await settling;
    return services.checker.analyze(uri, document.version, document.getText());
  }

  connection.languages.diagnostics.on(
    guard(log, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
      await settling;
      return services ? services.diagnostics.documentReport(params, token) : { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard(log, 'workspace/diagnostic', { items: [] }, async (params, token) => {
      await settling;
      return services ? services.diagnostics.workspaceReport(params, token) : { items: [] };
    }),
  );

  connection.onCodeAction(
    guard(log, 'textDocument/codeAction', [], async (params, token) => {
      await settling;
      const document = documents.get(params.textDocument.uri);
      if (!document || !services) return [];
      return unlessCancelled(token, services.checker.feature('codeActions', { document, request: { params }, fallback: [], token, documents }));
    }),
  );

  connection.onCompletion(
    guard(log, 'textDocument/completion', [], async (params) => {
      await settling;
      const document = documents.get(params.textDocument.uri);
      if (!document || !services) return [];
      const lines = documentLines(document);
      const kind = completionKind(lines, params.position);
      if (!kind) return [];
      // Completion never waits for a check of this keystroke: the latest summary will do, or while
      // a document's first check runs, what it is checked with.
      const analysis = await services.checker.latestOrConfigured(document.uri, document.version, document.getText());
      const framework = services.checker.framework(analysis);
      if (!analysis || !framework) return [];
      const context = { framework, locale: analysis.locale, facts: analysis.facts, year: new Date().getFullYear() };
      if (kind === 'frontMatter') {
        // Any Markdown file with front matter may be becoming a plan: offer the keys once `iplan:` is there or the name says so.
        if (!analysis.isPlan && !/^iplan[ \t]*:/m.test(document.getText())) return [];
        return frontMatterCompletion(lines, params.position, context);
      }
      if (!analysis.isPlan || !analysis.facts) return [];
      return sectionCompletion(lines, params.position, { ...context, facts: analysis.facts });
    }),
  );

  connection.onHover(
    guard(log, 'textDocument/hover', null, async (params, token) => {
      await settling;
      const document = documents.get(params.textDocument.uri);
      if (!document || !services) return null;
      return services.checker.hover(document, params.position, token, documents);
    }),
  );

  connection.onDocumentSymbol(
    guard(log, 'textDocument/documentSymbol', [], async (params, token) => {
      await settling;
      const document = documents.get(params.textDocument.uri);
      if (!document || !services) return [];
      return unlessCancelled(token, services.checker.feature('symbols', { document, request: {}, fallback: [], token, documents }));
    }),
  );

  connection.onRequest(
    PLAN_INFO_REQUEST,
    guard(log, PLAN_INFO_REQUEST, { isPlan: false, known: false } as PlanInfo, async (params: PlanInfoParams): Promise<PlanInfo> => {
      const analysis = await current(params.uri);
      return analysis ? { isPlan: analysis.isPlan, known: true } : { isPlan: false, known: false };
    }),
  );

  /** What a view beside the editor gets when the worker did not render: whether the document is a plan, as far as known. */
  const unrendered = (document: TextDocument) => {
    const latest = services?.checker.latest(document.uri);
    return { isPlan: latest?.version === document.version && latest.isPlan, version: document.version };
  };

  connection.onRequest(
    PREVIEW_REQUEST,
    guard(log, PREVIEW_REQUEST, { isPlan: false } as PreviewResult, async (params: PreviewParams, token): Promise<PreviewResult> => {
      await settling;
      // Rendered in the check worker, from the parsed plan of the current version.
      const document = documents.get(params.uri);
      if (!document || !services) return { isPlan: false };
      return services.checker.feature('preview', { document, request: { params }, fallback: unrendered(document), token, documents });
    }),
  );

  connection.onRequest(
    COMPARE_REQUEST,
    guard(log, COMPARE_REQUEST, { isPlan: false } as CompareResult, async (params: CompareParams, token): Promise<CompareResult> => {
      await settling;
      // Compared and rendered in the check worker: the current version's parsed plan against the
      // other version's text, which is parsed and checked there too.
      const document = documents.get(params.uri);
      if (!document || !services) return { isPlan: false };
      const request: CompareParams = { uri: params.uri, oldText: String(params.oldText ?? ''), oldLabel: String(params.oldLabel ?? ''), newLabel: String(params.newLabel ?? '') };
      return services.checker.feature('compare', { document, request: { params: request }, fallback: unrendered(document), token, documents });
    }),
  );

  connection.onRequest(
    NEW_PLAN_REQUEST,
    guard(log, NEW_PLAN_REQUEST, { text: '' } as NewPlanResult, async (params: NewPlanParams): Promise<NewPlanResult> => {
      if (!services) return { text: '' };
      return services.checker.newPlan(params, params?.uri ?? services.workspace.all()[0]?.uri);
    }),
  );

  connection.onRequest(
    IMPORT_DOCX_REQUEST,
    guard(log, IMPORT_DOCX_REQUEST, { error: 'internal error' } as ImportDocxResult, async (params: ImportDocxParams): Promise<ImportDocxResult> => {
      if (!services) return { error: 'the server is not initialised' };
      return services.checker.importDocx(params, params.uri ?? services.workspace.all()[0]?.uri);
    }),
  );

  // The worker holds no state worth keeping: it is ended with the session.
  connection.onShutdown(() => host.dispose());

  documents.listen(connection);
  connection.listen();
}

/**
 * The answer, or the RequestCancelled error when the editor cancelled the request while it waited
 * (for a check, say): LSP asks for the error, and an empty answer would say "nothing here".
 */
async function unlessCancelled<R>(token: CancellationToken, answer: Promise<R>): Promise<R | ResponseError<void>> {
  const result = await answer;
  return token.isCancellationRequested ? new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'cancelled') : result;
}
