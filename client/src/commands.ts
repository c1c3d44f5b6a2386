/** The commands: a new plan from the framework, restart the server, show its output. */
import { env, l10n, window, workspace } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { chooseLocale } from '../../server/src/core/locale';
import type { Locale } from '../../server/src/core/types';
import { NEW_PLAN_REQUEST, type NewPlanParams, type NewPlanResult } from '../../server/src/lsp/protocol';

/** Dutch or English: the `iplan.locale` setting (`auto` names none), else VS Code's display language. */
function templateLanguage(): Locale {
  return chooseLocale(workspace.getConfiguration('iplan').get<string>('locale'), env.language);
}

/** Opens an untitled Markdown document with a complete skeleton, made by the server from the framework in force. */
export async function newPlan(client: LanguageClient | undefined): Promise<void> {
  if (!client?.isRunning()) {
    void window.showErrorMessage(l10n.t('The I-plan language server is not running. Use "I-plan: Restart server" and try again.'));
    return;
  }
  const folder = window.activeTextEditor ? workspace.getWorkspaceFolder(window.activeTextEditor.document.uri) : workspace.workspaceFolders?.[0];
  const params: NewPlanParams = { language: templateLanguage(), uri: folder ? client.code2ProtocolConverter.asUri(folder.uri) : undefined };
  const result = await client.sendRequest<NewPlanResult>(NEW_PLAN_REQUEST, params);
  if (!result.text) {
    void window.showErrorMessage(l10n.t('No I-plan template could be made; see the I-plan output for details.'));
    return;
  }
  const document = await workspace.openTextDocument({ language: 'markdown', content: result.text });
  await window.showTextDocument(document);
}
