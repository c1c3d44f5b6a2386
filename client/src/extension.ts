/**
 * The iplan VS Code extension: starts the language server for Markdown files and adds the
 * status-bar item and the commands. All checking happens in the server.
 */
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newPlan } from './commands';
import { importWord } from './importWord';
import { createLanguageClient } from './languageClient';
import { PreviewManager } from './preview';
import { PlanStatus } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('I-plan', { log: true });
  const status = new PlanStatus(() => client);
  const previews = new PreviewManager(() => client);
  context.subscriptions.push(
    output,
    status,
    previews,
    commands.registerCommand('iplan.openPreviewToSide', () => previews.open()),
    commands.registerCommand('iplan.newPlan', () => newPlan(client)),
    commands.registerCommand('iplan.importWord', (uri?: Uri) => importWord(client, output, uri instanceof Uri ? uri : undefined)),
    commands.registerCommand('iplan.restartServer', async () => {
      if (client) await client.restart();
      status.reset();
    }),
    commands.registerCommand('iplan.showOutput', () => output.show(true)),
    // Trust granted: restart, so the workspace's framework file is used from now on.
    workspace.onDidGrantWorkspaceTrust(() => client?.restart()),
  );
  client = createLanguageClient(context, output);
  try {
    await client.start();
  } catch (error) {
    output.error(`The I-plan language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  void status.update();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
