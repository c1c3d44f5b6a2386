/**
 * The Word importer is a bundle of its own (dist/importer.js, built by scripts/build.mjs),
 * required on first use: a plain check, in the CLI or the language server, never loads mammoth
 * or the HTML tools.
 */
import * as path from 'node:path';

type Importer = typeof import('../import');

let importer: Importer | undefined;

export function loadImporter(): Importer {
  // A path computed at run time, so the bundler leaves this require alone.
  const file = path.join(__dirname, 'importer.js');
  importer ??= require(file) as Importer;
  return importer;
}
