/**
 * *I-plan: Import from Word…*: pick a .docx, let the server convert it, write `<name>.iplan.md`
 * beside it (asking before replacing a file) and open it. Files go through `workspace.fs`, so the
 * command does not depend on a local disk.
 */
import { l10n, Uri, window, workspace, type LogOutputChannel } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { IMPORT_DOCX_REQUEST, type ImportDocxParams, type ImportDocxResult } from '../../server/src/lsp/protocol';

/** `plan.docx` → `plan.iplan.md` in the same folder. */
function importTarget(source: Uri): Uri {
  return source.with({ path: source.path.replace(/\.docx$/i, '') + '.iplan.md' });
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function importWord(client: LanguageClient | undefined, output: LogOutputChannel, picked?: Uri): Promise<void> {
  if (!client?.isRunning()) {
    void window.showErrorMessage(l10n.t('The I-plan language server is not running. Use "I-plan: Restart server" and try again.'));
    return;
  }
  const source =
    picked ??
    (
      await window.showOpenDialog({
        canSelectMany: false,
        openLabel: l10n.t('Import'),
        title: l10n.t('Import a Word plan'),
        filters: { [l10n.t('Word documents')]: ['docx'] },
        defaultUri: workspace.workspaceFolders?.[0]?.uri,
      })
    )?.[0];
  if (!source) return;
  const target = importTarget(source);
  const name = source.path.split('/').pop() ?? source.path;
  const targetName = target.path.split('/').pop() ?? target.path;
  if (await exists(target)) {
    const replace = l10n.t('Replace');
    const answer = await window.showWarningMessage(l10n.t('{0} already exists. Replace it with the import of {1}?', targetName, name), { modal: true }, replace);
    if (answer !== replace) return;
  }
  const bytes = await workspace.fs.readFile(source);
  const folder = Uri.joinPath(target, '..');
  const params: ImportDocxParams = { base64: toBase64(bytes), name, uri: client.code2ProtocolConverter.asUri(folder) };
  const result = await client.sendRequest<ImportDocxResult>(IMPORT_DOCX_REQUEST, params);
  if (result.text === undefined) {
    void window.showErrorMessage(l10n.t('Import from Word failed: {0}', result.error ?? l10n.t('see the I-plan output for details')));
    return;
  }
  await workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  if (result.report) output.info(result.report.trimEnd());
  await window.showTextDocument(await workspace.openTextDocument(target));
  const summary = result.summary;
  if (summary) {
    const show = l10n.t('Show report');
    const message = l10n.t(
      'Imported {0}: {1} of {2} sections recognised, {3} points left for the author; the checker reports {4} errors and {5} warnings.',
      name,
      summary.recognised,
      summary.required,
      summary.left,
      summary.errors,
      summary.warnings,
    );
    void window.showInformationMessage(message, show).then((answer) => {
      if (answer === show) output.show(true);
    });
  }
}
