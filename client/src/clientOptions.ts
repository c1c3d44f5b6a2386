/** The language client's options, the same in the Node and the web worker extension host. */
import { workspace, type LogOutputChannel } from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { FirstDiagnosticsTiming } from './firstDiagnostics';

export const CLIENT_ID = 'iplan';

/**
 * For Markdown documents of the given URI schemes. `initialization` adds to what the server is
 * told at start (the browser server learns where the rule documentation is).
 */
export function clientOptions(outputChannel: LogOutputChannel, schemes: readonly string[], initialization: Record<string, unknown> = {}): LanguageClientOptions {
  const timing = new FirstDiagnosticsTiming(outputChannel);
  return {
    documentSelector: schemes.map((scheme) => ({ scheme, language: 'markdown' })),
    outputChannel,
    // Pull diagnostics (the server offers them to clients that can pull): on open, on every
    // change (the server waits for a pause in the typing) and on save.
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      didOpen: (document, next) => {
        timing.opened();
        return next(document);
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        const uri = 'uri' in document ? document.uri : document;
        if (report?.kind === 'full') timing.arrived(uri.path.slice(uri.path.lastIndexOf('/') + 1), report.items.length);
        return report;
      },
    },
    // Settings at start-up, for servers that cannot ask; ours asks per document. Whether the
    // workspace is trusted decides if its framework files may be used (read again on restart).
    // Plain data: a Web Worker's messages are cloned, and the configuration object has methods.
    initializationOptions: () => ({ iplan: JSON.parse(JSON.stringify(workspace.getConfiguration('iplan'))) as unknown, trusted: workspace.isTrusted, ...initialization }),
    synchronize: {
      // Plans appearing or going (workspace diagnostics) and configuration or framework files changing.
      fileEvents: [workspace.createFileSystemWatcher('**/*.{md,markdown}'), workspace.createFileSystemWatcher('**/*.json')],
    },
  };
}
