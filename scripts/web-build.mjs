// The web bundles of the extension (VS Code for the Web): the client for the web worker extension
// host and the language server for a Web Worker. Neither may hold a Node built-in: the plugin
// below fails the build on any import of one (`node:fs`, `path`, `worker_threads`, …), naming
// the file that imports it.
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]]));

/** Is this import specifier a Node built-in (`node:x`, `fs`, `fs/promises`)? */
export function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);
}

/** An esbuild plugin that fails the build on every import of a Node built-in. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || !isNodeBuiltin(args.path)) return undefined;
      const importer = args.importer ? path.relative(process.cwd(), args.importer) : '(entry)';
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${importer}: the web bundles run in a browser, without Node` }] };
    });
  },
};

/** esbuild options of the web bundles, given the shared ones (version, minify, source maps). */
export function webEntries(outdir) {
  const web = {
    platform: 'browser',
    target: 'es2022',
    plugins: [noNodeBuiltins],
    // No Node: nothing to inject for import.meta.url, and `process` stays undefined.
    inject: [],
    define: { 'import.meta.url': '"about:blank"' },
  };
  return [
    { ...web, entryPoints: ['client/src/browserExtension.ts'], outfile: `${outdir}/web/client.js`, format: 'cjs', external: ['vscode'] },
    // A Web Worker has no DOM: packages' `worker` builds before their `browser` ones (micromark's
    // entity decoder would otherwise reach for `document`).
    { ...web, entryPoints: ['server/src/lsp/browserMain.ts'], outfile: `${outdir}/web/server.js`, format: 'iife', conditions: ['worker'] },
  ];
}
