/** The language client in the Node extension host: starts dist/server.js over node IPC. */
import * as path from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/protocol';
import { CLIENT_ID, clientOptions } from './clientOptions';


export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  // The Node server reads files from disk: documents on disk and untitled ones.
  return new LanguageClient(CLIENT_ID, 'I-plan', serverOptions, clientOptions(outputChannel, ['file', 'untitled']));
}
