/**
 * The iplan VS Code extension in the Node extension host (desktop, and remote ones): starts
 * dist/server.js over node IPC. All checking happens in the server.
 */
import type { ExtensionContext } from 'vscode';
import { activateWith } from './activate';
import { createLanguageClient } from './languageClient';

export { deactivate } from './activate';

export function activate(context: ExtensionContext): Promise<void> {
  return activateWith(context, (output) => createLanguageClient(context, output));
}
