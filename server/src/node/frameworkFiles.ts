/** Reading a framework definition and its front-matter schema from a file system (disk or the editor's). */
import { createFramework, defaultFramework, FrameworkError, type Framework } from '../core';
import { FileReadError, READ_LIMITS, type FileSystem } from './fileSystem';
import { JsonSyntaxError, parseJson } from './json';

const caches = new Map<FileSystem, Map<string, Framework>>();

/**
 * JSON from a configuration, framework or schema file. A file that cannot be read is a
 * FileReadError (what it is, never what it holds); a syntax error is a FrameworkError that names
 * the file and where the syntax breaks, without quoting it.
 */
export function readJsonFrom(files: FileSystem, file: string, maxBytes: number): unknown {
  const text = files.readText(file, maxBytes);
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new FrameworkError(file, '', error.message);
    throw error;
  }
}

/** A framework or schema file's JSON; any problem with it is a FrameworkError. */
function readFrameworkJson(files: FileSystem, file: string): unknown {
  try {
    return readJsonFrom(files, file, READ_LIMITS.framework);
  } catch (error) {
    if (error instanceof FileReadError) throw new FrameworkError(file, '', error.detail.en);
    throw error;
  }
}

/** The framework at `file` (compiled once per file system), or the bundled one. */
export function loadFrameworkFrom(files: FileSystem, file?: string): Framework {
  if (!file) return defaultFramework();
  const absolute = files.paths.resolve(file);
  let cache = caches.get(files);
  if (!cache) caches.set(files, (cache = new Map()));
  const cached = cache.get(absolute);
  if (cached) return cached;
  const definition = readFrameworkJson(files, absolute) as { frontMatterSchema?: unknown };
  const schemaName = typeof definition?.frontMatterSchema === 'string' ? definition.frontMatterSchema : undefined;
  // Schemas resolve only to local files beside the definition: nothing is ever fetched.
  if (schemaName && /^[a-z][a-z0-9+.-]*:/i.test(schemaName) && !schemaName.startsWith('file:')) {
    throw new FrameworkError(absolute, '/frontMatterSchema', `must be a local file path, not "${schemaName}"`);
  }
  const schemaFile = schemaName ? files.paths.resolve(files.paths.dirname(absolute), schemaName.replace(/^file:\/\//, '')) : undefined;
  const schema = schemaFile ? readFrameworkJson(files, schemaFile) : undefined;
  const framework = createFramework(definition, schema, { definition: absolute, schema: schemaFile ?? absolute });
  cache.set(absolute, framework);
  return framework;
}

/** Drops the compiled frameworks, so a changed file is read again (the editor calls this on change). */
export function forgetFrameworks(): void {
  caches.clear();
}
