/**
 * The iplan VS Code extension in the web worker extension host (vscode.dev, github.dev, GitLab's
 * Web IDE, code-server): the same client as on the desktop, with the language server in a Web
 * Worker (dist/web/server.js) and the files it reads handed over from `vscode.workspace.fs`.
 */
import { Uri, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import { CLIENT_ID, clientOptions } from './clientOptions';
import { serveFiles } from './editorFiles';

export { deactivate } from './activate';

/** The browser's Worker and Blob URLs (this file is built for browsers only). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * Where plans can live: on disk, untitled, and whatever file systems the workspace folders use
 * (`vscode-remote`, `vscode-vfs` on github.dev, …). Diff views and other read-only schemes are left out.
 */
function documentSchemes(): string[] {
  const schemes = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
  for (const folder of workspace.workspaceFolders ?? []) schemes.add(folder.uri.scheme);
  return [...schemes];
}

/**
 * The server's Web Worker, from the extension's own URI; where that is refused (an extension
 * served by a remote, as in code-server), from a Blob URL of the same bundle.
 */
async function startServerWorker(context: ExtensionContext, output: LogOutputChannel): Promise<MessageTransports> {
  const bundle = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  let worker;
  try {
    worker = new Worker(bundle.toString(true), { name: 'iplan-server' });
  } catch (error) {
    output.info(`The server's worker is started from a Blob URL (${error instanceof Error ? error.message : String(error)})`);
    const code = await workspace.fs.readFile(bundle);
    const url = URL.createObjectURL(new Blob([code], { type: 'application/javascript' }));
    worker = new Worker(url, { name: 'iplan-server' });
  }
  // The transports themselves: the host's Worker may be a wrapper that the client's `instanceof Worker` does not know.
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export function activate(context: ExtensionContext): Promise<void> {
  return activateWith(context, (output) => {
    const ruleDocs = Uri.joinPath(context.extensionUri, 'docs', 'rules.md').toString();
    const client = new LanguageClient(CLIENT_ID, 'I-plan', () => startServerWorker(context, output), clientOptions(output, documentSchemes(), { ruleDocs }));
    context.subscriptions.push(...serveFiles(client));
    return client;
  });
}
