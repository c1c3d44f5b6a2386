/**
 * The project's modules as the architecture tests see them: every import and export of every
 * TypeScript file, read with the TypeScript compiler's parser (syntax only, no type checking).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Import {
  /** A repository path (`server/src/core/index.ts`) for a relative import, else the package name. */
  target: string;
  /** A file of this repository (a relative import), not a package. */
  local: boolean;
  /** The names taken; `*` for a namespace import or `export * from`. */
  names: string[];
  /** For `export { a as b } from`: the names passed on (`b`), in the order of `names`. */
  exportedAs?: string[];
  /** `export … from`: the names are passed on, not used here. */
  reexport: boolean;
  line: number;
}

export interface Module {
  /** Repository path with forward slashes. */
  file: string;
  imports: Import[];
  /** Names this file declares and exports (re-exports are imports). */
  exports: { name: string; line: number }[];
}

function filesUnder(folder: string, pattern: RegExp): string[] {
  const absolute = path.join(ROOT, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !file.endsWith('.d.ts') && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .sort();
}

/** The file a relative specifier names, as the bundler and `moduleResolution: Bundler` find it. */
function resolveRelative(from: string, specifier: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`, `${base}.mts`]) {
    const absolute = path.join(ROOT, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  return base;
}

const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const hasExportModifier = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

export function readModule(file: string, text = readFileSync(path.join(ROOT, file), 'utf8')): Module {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const target = (specifier: string) =>
    specifier.startsWith('.') ? { target: resolveRelative(file, specifier), local: true } : { target: packageName(specifier), local: false };
  const module: Module = { file, imports: [], exports: [] };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.push('*');
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const element of clause.namedBindings.elements) names.push((element.propertyName ?? element.name).text);
      }
      module.imports.push({ ...target(node.moduleSpecifier.text), names, reexport: false, line: lineOf(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const elements = clause && ts.isNamedExports(clause) ? clause.elements : undefined;
      const names = elements ? elements.map((e) => (e.propertyName ?? e.name).text) : ['*'];
      const exportedAs = elements ? elements.map((e) => e.name.text) : ['*'];
      module.imports.push({ ...target(node.moduleSpecifier.text), names, exportedAs, reexport: true, line: lineOf(node) });
    } else if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const element of node.exportClause.elements) module.exports.push({ name: element.name.text, line: lineOf(node) });
    } else if (ts.isExportAssignment(node)) {
      module.exports.push({ name: 'default', line: lineOf(node) });
    } else if (
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) ||
      (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require')
    ) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) module.imports.push({ ...target(argument.text), names: ['*'], reexport: false, line: lineOf(node) });
    } else if (hasExportModifier(node)) {
      const isDefault = ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) module.exports.push({ name: declaration.name.text, line: lineOf(node) });
        }
      } else if ('name' in node && node.name && ts.isIdentifier(node.name as ts.Node)) {
        module.exports.push({ name: isDefault ? 'default' : (node.name as ts.Identifier).text, line: lineOf(node) });
      } else if (isDefault) {
        module.exports.push({ name: 'default', line: lineOf(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return module;
}

/** The shipped sources: the server (core, render, node, cli, lsp, …) and the client. */
export function sourceModules(): Module[] {
  return [...filesUnder('server/src', /\.ts$/), ...filesUnder('client/src', /\.ts$/)].map((file) => readModule(file));
}

/** Everything else that may use the sources: tests, scripts and benchmarks. */
export function otherModules(): Module[] {
  return ['test', 'scripts', 'bench'].flatMap((folder) => filesUnder(folder, /\.(?:ts|mts|mjs)$/)).map((file) => readModule(file));
}
