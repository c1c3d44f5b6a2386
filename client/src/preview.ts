/**
 * The reviewer's preview beside the editor: the plan rendered by the server (sanitized, findings
 * in place, scorecard, cost chart), updated while typing, following the editor's scroll, and
 * revealing a line when a finding or scorecard row is clicked.
 */
import {
  l10n,
  Range,
  Selection,
  TextEditorRevealType,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type TextDocument,
  type TextEditor,
  type WebviewPanel,
} from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { notAPlanDocument, previewDocument } from './previewDocument';
import type { ExtensionToPreview, PreviewToExtension } from './previewScript';

/** How long typing pauses before a view beside the editor follows it. */
export const UPDATE_DELAY_MS = 250;

/** A webview beside the editor that shows what the server renders (the preview, a comparison). */
export interface PlanPanel {
  panel: WebviewPanel;
  nonce: string;
  /** Whether the webview holds the rendered page (and so takes content updates). */
  showsPlan: boolean;
}

/** Opens a webview beside the editor for rendered content. */
export function openPlanPanel(viewType: string, title: string): PlanPanel {
  const panel = window.createWebviewPanel(
    viewType,
    title,
    { viewColumn: ViewColumn.Beside, preserveFocus: true },
    // Everything it shows is inline (styles and one script by nonce); it loads nothing.
    { enableScripts: true, localResourceRoots: [], enableCommandUris: false },
  );
  return { panel, nonce: newNonce(), showsPlan: false };
}

/**
 * The server renders the content; the page around it is ours. The first load (or the first time
 * there is content) sets the whole page; later ones swap the content and keep the scroll.
 * `page`: the server's id of the content, which patches are made from.
 */
export function showPlanContent(view: PlanPanel, content: { html: string; title: string; locale: string; page?: string }, full: boolean): void {
  const { webview } = view.panel;
  if (full || !view.showsPlan) {
    webview.html = previewDocument({ content: content.html, title: content.title, lang: content.locale, nonce: view.nonce, cspSource: webview.cspSource, page: content.page });
    view.showsPlan = true;
  } else {
    void webview.postMessage({ type: 'update', html: content.html, page: content.page } satisfies ExtensionToPreview);
  }
}

/**
 * `load`: the whole webview document; `whole`: the whole content as an update; `update`: what
 * changed of the page the webview has, as the server can say it (a patch, else the whole).
 */
type Render = 'load' | 'whole' | 'update';
const RENDER_ORDER: readonly Render[] = ['update', 'whole', 'load'];

interface Preview extends PlanPanel {
  document: TextDocument;
  timer?: NodeJS.Timeout;
  /** The newest page sent to the webview (its id), which the next is asked as a patch of. */
  page?: string;
  /** The render running, and whether another must follow it (renders never overlap, so patches arrive in order). */
  rendering?: Promise<void>;
  again?: Render;
}

export class PreviewManager implements Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly disposables: Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      workspace.onDidChangeTextDocument((event) => this.scheduleUpdate(event.document)),
      window.onDidChangeTextEditorVisibleRanges((event) => this.followScroll(event.textEditor)),
      workspace.onDidCloseTextDocument((document) => this.previews.get(document.uri.toString())?.panel.dispose()),
    );
  }

  /** Opens (or shows) the preview of the active Markdown editor's plan beside it. */
  async open(editor: TextEditor | undefined = window.activeTextEditor): Promise<void> {
    if (!editor || editor.document.languageId !== 'markdown') {
      void window.showInformationMessage(l10n.t('Open an I-plan (Markdown) to preview it.'));
      return;
    }
    const key = editor.document.uri.toString();
    const existing = this.previews.get(key);
    if (existing) {
      existing.panel.reveal(ViewColumn.Beside, true);
      return;
    }
    const preview: Preview = { ...openPlanPanel('iplan.preview', l10n.t('Preview {0}', workspace.asRelativePath(editor.document.uri, false))), document: editor.document };
    const { panel } = preview;
    this.previews.set(key, preview);
    panel.onDidDispose(() => {
      clearTimeout(preview.timer);
      this.previews.delete(key);
    });
    panel.webview.onDidReceiveMessage((message: PreviewToExtension) => {
      if (message?.type === 'reveal' && Number.isInteger(message.line)) void this.reveal(preview, message.line);
      // Loaded with an older page than the newest (the editor brought a hidden view back from its
      // first page), or a patch did not fit: the whole page again.
      if (message?.type === 'resync' && preview.showsPlan && message.page !== preview.page) void this.queueRender(preview, 'whole');
    });
    await this.queueRender(preview, 'load');
  }

  private scheduleUpdate(document: TextDocument): void {
    const preview = this.previews.get(document.uri.toString());
    if (!preview) return;
    clearTimeout(preview.timer);
    preview.timer = setTimeout(() => void this.queueRender(preview, 'update'), UPDATE_DELAY_MS);
  }

  /** One render at a time: one asked for meanwhile follows (the most whole of those asked for). */
  private async queueRender(preview: Preview, how: Render): Promise<void> {
    if (preview.rendering) {
      preview.again = RENDER_ORDER[Math.max(RENDER_ORDER.indexOf(how), preview.again ? RENDER_ORDER.indexOf(preview.again) : 0)];
      return;
    }
    preview.rendering = this.render(preview, how);
    await preview.rendering;
    preview.rendering = undefined;
    const again = preview.again;
    preview.again = undefined;
    if (again) await this.queueRender(preview, again);
  }

  private async render(preview: Preview, how: Render): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    const params: PreviewParams = { uri: client.code2ProtocolConverter.asUri(preview.document.uri), shown: how === 'update' ? preview.page : undefined };
    let result: PreviewResult;
    try {
      result = await client.sendRequest<PreviewResult>(PREVIEW_REQUEST, params);
    } catch {
      return;
    }
    if (!this.previews.has(preview.document.uri.toString())) return;
    const { webview } = preview.panel;
    if (result.isPlan && result.patch) {
      if (result.page && preview.showsPlan && result.patch.from === preview.page) {
        preview.page = result.page;
        void webview.postMessage({ type: 'patch', patch: result.patch, page: result.page } satisfies ExtensionToPreview);
      } else {
        preview.again = 'whole';
      }
      return;
    }
    if (!result.isPlan || result.html === undefined) {
      if (how === 'load') webview.html = notAPlanDocument(l10n.t('This file is not an I-plan: it has no `iplan:` key and its name does not match the plan globs.'));
      return;
    }
    preview.page = result.page;
    showPlanContent(preview, { html: result.html, title: result.title ?? '', locale: result.locale ?? 'en', page: result.page }, how === 'load');
  }

  private followScroll(editor: TextEditor): void {
    const preview = this.previews.get(editor.document.uri.toString());
    const top = editor.visibleRanges[0]?.start.line;
    if (preview && top !== undefined) void preview.panel.webview.postMessage({ type: 'scrollTo', line: top } satisfies ExtensionToPreview);
  }

  private async reveal(preview: Preview, line: number): Promise<void> {
    const visible = window.visibleTextEditors.find((editor) => editor.document === preview.document);
    const editor = await window.showTextDocument(preview.document, { viewColumn: visible?.viewColumn ?? ViewColumn.One, preserveFocus: false });
    const target = Math.max(0, Math.min(line, preview.document.lineCount - 1));
    const position = preview.document.lineAt(target).range.start;
    editor.selection = new Selection(position, position);
    editor.revealRange(new Range(position, position), TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const preview of this.previews.values()) preview.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function newNonce(): string {
  // Web Crypto: in Node's extension host and the browser's alike.
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
