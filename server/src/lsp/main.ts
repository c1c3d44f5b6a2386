/**
 * The iplan language server: wiring only. The transport (stdio, node-ipc, socket, pipe) comes
 * from the command line; every handler is guarded so an exception is logged and answered with a
 * neutral result, and the server keeps running.
 */
import { TOOL_VERSION } from '../node/version';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planTemplate } from '../core';
import { CONFIG_FILE_NAMES } from '../node/config';
import { parseLocale } from '../node/locale';
import { Analyzer } from './analysis';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completionKind, documentLines, frontMatterCompletion, sectionCompletion } from './completion';
import { DiagnosticsService } from './diagnostics';
import { connectionLog, describeError, guard } from './guard';
import { hover } from './hover';
import { t } from './messages';
import {
  NEW_PLAN_REQUEST,
  PLAN_INFO_REQUEST,
  PREVIEW_REQUEST,
  type NewPlanParams,
  type NewPlanResult,
  type PlanInfo,
  type PlanInfoParams,
  type PreviewParams,
  type PreviewResult,
} from './protocol';
import { planTitle, renderPlan } from '../render';
import { ruleDocsUri } from '../node/ruleDocs';
import { SettingsStore } from './settings';
import { documentSymbols } from './symbols';
import { Workspace } from './workspace';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const log = connectionLog(connection);

interface Services {
  settings: SettingsStore;
  workspace: Workspace;
  analyzer: Analyzer;
  diagnostics: DiagnosticsService;
  dynamicConfiguration: boolean;
  workspaceFolders: boolean;
}
let services: Services | undefined;

process.on('uncaughtException', (error) => log.error(`Uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (error) => log.error(`Unhandled rejection: ${describeError(error)}`));

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  const pull = capabilities.textDocument?.diagnostic !== undefined;
  const workspace = new Workspace(params.workspaceFolders, params.rootUri);
  const settings = new SettingsStore(connection, capabilities.workspace?.configuration === true, params.initializationOptions, log);
  const clientLocale = params.locale ? parseLocale(params.locale) : undefined;
  // The client says whether the editor trusts the workspace; other clients are trusted.
  const trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
  const analyzer = new Analyzer(
    settings,
    workspace,
    clientLocale,
    log,
    (problem) => {
      // A broken framework or configuration file: the user hears it once, not per document.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `iplan: ${t(clientLocale ?? 'en', 'configProblem', problem)}`,
      });
    },
    trusted,
    (file) =>
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `iplan: ${t(clientLocale ?? 'en', 'untrustedFramework', file)}`,
      }),
  );
  const canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
  const diagnostics = new DiagnosticsService(connection, documents, analyzer, settings, workspace, pull ? 'pull' : 'push', canRefresh, log);
  services = {
    settings,
    workspace,
    analyzer,
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
          services!.analyzer.invalidate();
          await services!.diagnostics.refresh();
        }),
      );
    }
  }),
);

connection.onDidChangeConfiguration(
  guard(log, 'didChangeConfiguration', undefined, async (params) => {
    if (!services) return;
    services.settings.changed(params.settings);
    services.analyzer.invalidate();
    await services.diagnostics.refresh();
  }),
);

connection.onDidChangeWatchedFiles(
  guard(log, 'didChangeWatchedFiles', undefined, async (params) => {
    if (!services) return;
    services.diagnostics.filesChanged();
    // Configuration and framework files (JSON) change what every plan is checked against.
    if (params.changes.some((change) => /\.json$/i.test(change.uri) || CONFIG_FILE_NAMES.some((name) => change.uri.endsWith(`/${name}`)))) {
      services.analyzer.invalidate();
      await services.diagnostics.refresh();
    }
  }),
);

const justOpened = new Set<string>();
documents.onDidOpen((event) => justOpened.add(event.document.uri));
documents.onDidChangeContent((event) => {
  const delay = justOpened.delete(event.document.uri) ? 0 : undefined;
  services?.diagnostics.schedule(event.document, delay);
});
documents.onDidClose((event) => {
  justOpened.delete(event.document.uri);
  services?.diagnostics.closed(event.document.uri);
});

/** The analysis of a document's current version (parsed once, shared by every feature). */
async function current(uri: string) {
  const document = documents.get(uri);
  if (!document || !services) return undefined;
  return services.analyzer.analyze(uri, document.version, document.getText());
}

connection.languages.diagnostics.on(
  guard(log, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params, token) =>
    services ? services.diagnostics.documentReport(params, token) : { kind: DocumentDiagnosticReportKind.Full, items: [] },
  ),
);

connection.languages.diagnostics.onWorkspace(
  guard(log, 'workspace/diagnostic', { items: [] }, (params, token) => (services ? services.diagnostics.workspaceReport(params, token) : { items: [] })),
);

connection.onCodeAction(
  guard(log, 'textDocument/codeAction', [], async (params) => {
    const analysis = await current(params.textDocument.uri);
    return analysis ? codeActions(params, analysis) : [];
  }),
);

connection.onCompletion(
  guard(log, 'textDocument/completion', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !services) return [];
    const lines = documentLines(document);
    const kind = completionKind(lines, params.position);
    if (!kind) return [];
    // Completion never waits for a parse of this keystroke: the latest analysis will do.
    const latest = services.analyzer.latest(document.uri);
    const analysis = latest && !latest.planDropped ? latest : await current(document.uri);
    if (!analysis?.framework) return [];
    const context = { framework: analysis.framework, locale: analysis.locale, plan: analysis.plan, year: new Date().getFullYear() };
    if (kind === 'frontMatter') {
      // Any Markdown file with front matter may be becoming a plan: offer the keys once `iplan:` is there or the name says so.
      if (!analysis.isPlan && !/^iplan[ \t]*:/m.test(document.getText())) return [];
      return frontMatterCompletion(lines, params.position, context);
    }
    if (!analysis.isPlan || !analysis.plan) return [];
    return sectionCompletion(lines, params.position, { ...context, plan: analysis.plan });
  }),
);

connection.onHover(
  guard(log, 'textDocument/hover', null, async (params) => {
    const analysis = await current(params.textDocument.uri);
    if (!analysis?.isPlan || !analysis.plan || !analysis.framework) return null;
    return hover(params.position, { plan: analysis.plan, framework: analysis.framework, locale: analysis.locale });
  }),
);

connection.onDocumentSymbol(
  guard(log, 'textDocument/documentSymbol', [], async (params) => {
    const analysis = await current(params.textDocument.uri);
    if (!analysis?.isPlan || !analysis.plan || !analysis.framework) return [];
    return documentSymbols(analysis.plan, analysis.framework, analysis.locale);
  }),
);

connection.onRequest(
  PLAN_INFO_REQUEST,
  guard(log, PLAN_INFO_REQUEST, { isPlan: false } as PlanInfo, async (params: PlanInfoParams): Promise<PlanInfo> => {
    const analysis = await current(params.uri);
    return { isPlan: analysis?.isPlan === true };
  }),
);

connection.onRequest(
  PREVIEW_REQUEST,
  guard(log, PREVIEW_REQUEST, { isPlan: false } as PreviewResult, async (params: PreviewParams): Promise<PreviewResult> => {
    const analysis = await current(params.uri);
    if (!analysis?.isPlan || !analysis.plan || !analysis.framework) return { isPlan: analysis?.isPlan === true, version: analysis?.version };
    const { plan, findings, framework, locale } = analysis;
    return {
      isPlan: true,
      version: analysis.version,
      html: renderPlan(plan, findings, framework, { locale, mode: 'preview', documentUri: params.uri, docsUri: ruleDocsUri }),
      title: planTitle(plan, locale),
      locale,
    };
  }),
);

connection.onRequest(
  NEW_PLAN_REQUEST,
  guard(log, NEW_PLAN_REQUEST, { text: '' } as NewPlanResult, async (params: NewPlanParams): Promise<NewPlanResult> => {
    if (!services) return { text: '' };
    const { framework, locale } = await services.analyzer.frameworkFor(params?.uri ?? services.workspace.all()[0]?.uri);
    return { text: planTemplate(framework, { language: params?.language ?? locale, startYear: new Date().getFullYear() + 1 }) };
  }),
);

documents.listen(connection);
connection.listen();
