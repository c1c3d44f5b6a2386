/**
 * The status-bar item on an I-plan: its error and warning counts; a click opens the Problems
 * view. Hidden for every other file.
 */
import { commands, l10n, languages, StatusBarAlignment, window, workspace, DiagnosticSeverity, type Disposable, type StatusBarItem, type TextDocument } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PLAN_INFO_REQUEST, type PlanInfo, type PlanInfoParams } from '../../server/src/lsp/protocol';

export class PlanStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly disposables: Disposable[] = [];
  /** Whether a document version is a plan, as the server said. */
  private readonly known = new Map<string, { version: number; isPlan: boolean }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item = window.createStatusBarItem('iplan.status', StatusBarAlignment.Left, 50);
    this.item.name = l10n.t('I-plan');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics((event) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === window.activeTextEditor?.document) this.schedule();
      }),
      workspace.onDidCloseTextDocument((document) => this.known.delete(document.uri.toString())),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 300);
  }

  async update(): Promise<void> {
    const document = window.activeTextEditor?.document;
    const isPlan = document !== undefined && document.languageId === 'markdown' && (await this.isPlan(document));
    // The preview's editor-title button shows for I-plans only.
    void commands.executeCommand('setContext', 'iplan.isPlan', isPlan);
    if (!isPlan) {
      this.item.hide();
      return;
    }
    if (document !== window.activeTextEditor?.document) return; // moved on meanwhile
    const diagnostics = languages.getDiagnostics(document.uri).filter((d) => d.source === 'iplan');
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
    this.item.text = errors + warnings === 0 ? `$(pass) I-plan` : `$(checklist) I-plan $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = l10n.t('I-plan: {0} errors, {1} warnings. Click to open the Problems view.', errors, warnings);
    this.item.show();
  }

  private async isPlan(document: TextDocument): Promise<boolean> {
    const key = document.uri.toString();
    const known = this.known.get(key);
    if (known && known.version === document.version) return known.isPlan;
    const client = this.client();
    if (!client?.isRunning()) return known?.isPlan ?? false;
    try {
      const info = await client.sendRequest<PlanInfo>(PLAN_INFO_REQUEST, { uri: client.code2ProtocolConverter.asUri(document.uri) } satisfies PlanInfoParams);
      // Asked before the server had the document (didOpen and this request race): ask again on
      // the next diagnostics, rather than hide the item for this whole version.
      if (!info.known) return known?.isPlan ?? false;
      this.known.set(key, { version: document.version, isPlan: info.isPlan });
      return info.isPlan;
    } catch {
      return known?.isPlan ?? false;
    }
  }

  /** After a restart the server may see plans differently (settings). */
  reset(): void {
    this.known.clear();
    void this.update();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
