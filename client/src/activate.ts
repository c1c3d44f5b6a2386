/**
 * The extension's activation, the same for VS Code's Node extension host (extension.ts) and its
 * web worker host (browserExtension.ts): the language client, the status bar, the preview, the
 * compare view and the commands. Only how the server is started differs.
 */
import { commands, env, UIKind, Uri, window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { newPlan } from './commands';
import { ComparisonViews } from './compare';
import { importWord } from './importWord';
import { PreviewManager } from './preview';
import { PlanStatus } from './statusBar';

let client: BaseLanguageClient | undefined;

/**
 * Where this extension runs, read from the host itself (its UI kind, and whether it has Node's
 * `process`): "web worker" only in the web worker extension host. Logged at start, so a user (and
 * the web end-to-end test) can see which entry VS Code ran.
 */
function extensionHostKind(): string {
  const ui = env.uiKind === UIKind.Web ? 'web' : 'desktop';
  return typeof process === 'undefined' ? `web worker (uiKind ${ui}, no process)` : `node (uiKind ${ui}, process ${process.platform})`;
}

export async function activateWith(context: ExtensionContext, createClient: (output: LogOutputChannel) => BaseLanguageClient): Promise<void> {
  const activatedAt = performance.now();
  const output = window.createOutputChannel('I-plan', { log: true });
  output.info(`I-plan ${context.extension.packageJSON.version as string}, extension host: ${extensionHostKind()}`);
  const status = new PlanStatus(() => client);
  const previews = new PreviewManager(() => client);
  const comparisons = new ComparisonViews(() => client);
  context.subscriptions.push(
    output,
    status,
    previews,
    comparisons,
    commands.registerCommand('iplan.openPreviewToSide', () => previews.open()),
    commands.registerCommand('iplan.compareWith', () => comparisons.compareWith()),
    commands.registerCommand('iplan.newPlan', () => newPlan(client)),
    commands.registerCommand('iplan.importWord', (uri?: Uri) => importWord(client, output, uri instanceof Uri ? uri : undefined)),
    commands.registerCommand('iplan.restartServer', async () => {
      await restart();
      status.reset();
    }),
    commands.registerCommand('iplan.showOutput', () => output.show(true)),
    // Trust granted: restart, so the workspace's framework file is used from now on.
    workspace.onDidGrantWorkspaceTrust(() => restart()),
  );
  client = createClient(output);
  try {
    await client.start();
    // With the server's own start-up line (its first diagnostics), where a slow start went.
    output.info(`The language server answered its start ${Math.round(performance.now() - activatedAt)} ms after activation`);
  } catch (error) {
    output.error(`The I-plan language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  void status.update();
}

/** Stops the server and starts a new one (in the browser: a new Web Worker). */
async function restart(): Promise<void> {
  if (!client) return;
  if (client.isRunning()) await client.stop();
  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
