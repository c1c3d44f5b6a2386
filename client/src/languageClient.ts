/** The language client: starts dist/server.js over node IPC for Markdown files. */
import * as path from 'node:path';
import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/protocol';

export const CLIENT_ID = 'iplan';

export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel,
    // Pull diagnostics (the server offers them to clients that can pull): on open, on every
    // change (the server waits for a pause in the typing) and on save.
    diagnosticPullOptions: { onChange: true, onSave: true },
    // Settings at start-up, for servers that cannot ask; ours asks per document. Whether the
    // workspace is trusted decides if its framework files may be used (read again on restart).
    initializationOptions: () => ({ iplan: workspace.getConfiguration('iplan'), trusted: workspace.isTrusted }),
    synchronize: {
      // Plans appearing or going (workspace diagnostics) and configuration or framework files changing.
      fileEvents: [workspace.createFileSystemWatcher('**/*.{md,markdown}'), workspace.createFileSystemWatcher('**/*.json')],
    },
  };
  return new LanguageClient(CLIENT_ID, 'I-plan', serverOptions, clientOptions);
}
