/**
 * *I-plan: Compare with…*: the plan in the editor against another version of it — the last
 * commit, a branch or a tag (read through VS Code's git extension), or another file — as the
 * reviewer's compare view beside the editor, following the plan while it is edited. The server
 * compares and renders; the other version's text is read here and sent along.
 */
import { l10n, QuickPickItemKind, Uri, window, workspace, type Disposable, type QuickPickItem, type TextDocument, type TextEditor } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../../server/src/lsp/protocol';
import { refsOf, repositoryOf, RefType, type GitRepository } from './git';
import { notAPlanDocument } from './previewDocument';
import { openPlanPanel, showPlanContent, UPDATE_DELAY_MS, type PlanPanel } from './preview';

/** The other version: how the reader names it, and its text. */
interface OtherVersion {
  label: string;
  text: string;
}

interface Choice extends QuickPickItem {
  read?: () => Promise<OtherVersion | undefined>;
}

interface ComparisonView extends PlanPanel {
  document: TextDocument;
  other: OtherVersion;
  timer?: NodeJS.Timeout;
}

const SHORT_COMMIT = 7;

/** The last segment of a URI's path (no Node `path` here: the extension runs in the browser too). */
const baseName = (uri: Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** A file's path from the repository's top, with forward slashes, as git names it. */
function pathInRepository(repository: GitRepository, file: Uri): string {
  const root = repository.rootUri.path.replace(/\/$/, '');
  return file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : workspace.asRelativePath(file, false);
}

export class ComparisonViews implements Disposable {
  private readonly views = new Map<string, ComparisonView>();
  private readonly disposables: Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      workspace.onDidChangeTextDocument((event) => this.scheduleUpdate(event.document)),
      workspace.onDidCloseTextDocument((document) => this.viewsOf(document).forEach((view) => view.panel.dispose())),
    );
  }

  /** Asks which version to compare the active plan with, then shows the comparison beside it. */
  async compareWith(editor: TextEditor | undefined = window.activeTextEditor): Promise<void> {
    if (!editor || editor.document.languageId !== 'markdown') {
      void window.showInformationMessage(l10n.t('Open an I-plan (Markdown) to compare it.'));
      return;
    }
    const document = editor.document;
    const other = await this.pickVersion(document);
    if (other) await this.show(document, other);
  }

  private async pickVersion(document: TextDocument): Promise<OtherVersion | undefined> {
    const repository = document.uri.scheme === 'file' ? await repositoryOf(document.uri) : undefined;
    const choices: Choice[] = repository ? await this.gitChoices(document, repository) : [];
    choices.push(
      { label: l10n.t('Other'), kind: QuickPickItemKind.Separator },
      {
        label: `$(file) ${l10n.t('A file…')}`,
        description: repository ? undefined : l10n.t('this plan is not in a git repository'),
        read: () => this.readFile(document),
      },
    );
    const picked = await window.showQuickPick(choices, {
      title: l10n.t('Compare {0} with…', baseName(document.uri)),
      placeHolder: l10n.t('The last commit, a branch, a tag or a file'),
      matchOnDescription: true,
    });
    return picked?.read?.();
  }

  private async gitChoices(document: TextDocument, repository: GitRepository): Promise<Choice[]> {
    const file = document.uri.fsPath;
    const relative = pathInRepository(repository, document.uri);
    // As `iplan compare` names a version read from git: <ref>:<path from the repository's top>.
    const fromGit = (ref: string) => async (): Promise<OtherVersion | undefined> => {
      try {
        return { label: `${ref}:${relative}`, text: await repository.show(ref, file) };
      } catch {
        void window.showErrorMessage(l10n.t('{0} is not in {1}.', relative, ref));
        return undefined;
      }
    };
    const head = repository.state.HEAD?.commit;
    const choices: Choice[] = [{ label: `$(git-commit) ${l10n.t('Last commit')}`, description: head ? `HEAD · ${head.slice(0, SHORT_COMMIT)}` : 'HEAD', read: fromGit('HEAD') }];
    const kinds: Record<RefType, [string, string]> = {
      [RefType.Head]: [l10n.t('Branches'), '$(git-branch)'],
      [RefType.RemoteHead]: [l10n.t('Remote branches'), '$(cloud)'],
      [RefType.Tag]: [l10n.t('Tags'), '$(tag)'],
    };
    let kind: RefType | undefined;
    for (const ref of await refsOf(repository).catch(() => [])) {
      if (ref.type !== kind) choices.push({ label: kinds[ref.type]?.[0] ?? '', kind: QuickPickItemKind.Separator });
      kind = ref.type;
      choices.push({ label: `${kinds[ref.type]?.[1] ?? ''} ${ref.name}`, description: ref.commit?.slice(0, SHORT_COMMIT), read: fromGit(ref.name!) });
    }
    return choices;
  }

  private async readFile(document: TextDocument): Promise<OtherVersion | undefined> {
    const [uri] =
      (await window.showOpenDialog({
        canSelectMany: false,
        defaultUri: document.uri.scheme === 'untitled' ? workspace.workspaceFolders?.[0]?.uri : Uri.joinPath(document.uri, '..'),
        filters: { Markdown: ['md', 'markdown'] },
        openLabel: l10n.t('Compare'),
      })) ?? [];
    if (!uri) return undefined;
    try {
      return { label: workspace.asRelativePath(uri, false), text: new TextDecoder('utf-8', { fatal: true }).decode(await workspace.fs.readFile(uri)) };
    } catch (error) {
      void window.showErrorMessage(l10n.t('{0} cannot be read: {1}', workspace.asRelativePath(uri, false), error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }

  private async show(document: TextDocument, other: OtherVersion): Promise<void> {
    const key = `${document.uri.toString()}\0${other.label}`;
    const existing = this.views.get(key);
    if (existing) {
      existing.other = other;
      existing.panel.reveal(undefined, true);
      await this.render(existing, true);
      return;
    }
    const title = l10n.t('{0} ↔ {1}', other.label, baseName(document.uri));
    const view: ComparisonView = { ...openPlanPanel('iplan.compare', title), document, other };
    this.views.set(key, view);
    view.panel.onDidDispose(() => {
      clearTimeout(view.timer);
      this.views.delete(key);
    });
    await this.render(view, true);
  }

  private viewsOf(document: TextDocument): ComparisonView[] {
    return [...this.views.values()].filter((view) => view.document === document);
  }

  private scheduleUpdate(document: TextDocument): void {
    for (const view of this.viewsOf(document)) {
      clearTimeout(view.timer);
      view.timer = setTimeout(() => void this.render(view, false), UPDATE_DELAY_MS);
    }
  }

  private async render(view: ComparisonView, full: boolean): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) {
      if (full) void window.showErrorMessage(l10n.t('The I-plan language server is not running. Use "I-plan: Restart server" and try again.'));
      return;
    }
    const params: CompareParams = {
      uri: client.code2ProtocolConverter.asUri(view.document.uri),
      oldText: view.other.text,
      oldLabel: view.other.label,
      newLabel: workspace.asRelativePath(view.document.uri, false),
    };
    let result: CompareResult;
    try {
      result = await client.sendRequest<CompareResult>(COMPARE_REQUEST, params);
    } catch {
      return;
    }
    if (![...this.views.values()].includes(view)) return;
    if (result.problem !== undefined) {
      view.panel.webview.html = notAPlanDocument(result.problem);
      view.showsPlan = false;
      return;
    }
    // No content and no reason: the document moved on meanwhile (a newer render follows) or its
    // check was stopped; as the preview does, the view keeps what it shows.
    if (result.html === undefined) {
      if (full && !result.isPlan) {
        view.panel.webview.html = notAPlanDocument(l10n.t('This file is not an I-plan: it has no `iplan:` key and its name does not match the plan globs.'));
        view.showsPlan = false;
      }
      return;
    }
    showPlanContent(view, { html: result.html, title: result.title ?? '', locale: result.locale ?? 'en' }, full);
  }

  dispose(): void {
    for (const view of this.views.values()) view.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
