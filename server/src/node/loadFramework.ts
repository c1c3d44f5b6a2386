/** Reading a framework definition and its front-matter schema from disk (CLI and server). */
import * as path from 'node:path';
import { createFramework, defaultFramework, FrameworkError, type Framework } from '../core';
import { JsonSyntaxError, parseJson } from './json';
import { FileReadError, READ_LIMITS, readTextFile } from './readFile';

const cache = new Map<string, Framework>();

/**
 * JSON from a configuration, framework or schema file. A file that cannot be read is a
 * FileReadError (what it is, never what it holds); a syntax error is a FrameworkError that names
 * the file and where the syntax breaks, without quoting it.
 */
export function readJsonFile(file: string, maxBytes: number): unknown {
  const text = readTextFile(file, { maxBytes });
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new FrameworkError(file, '', error.message);
    throw error;
  }
}

/** A framework or schema file's JSON; any problem with it is a FrameworkError. */
function readFrameworkJson(file: string): unknown {
  try {
    return readJsonFile(file, READ_LIMITS.framework);
  } catch (error) {
    if (error instanceof FileReadError) throw new FrameworkError(file, '', error.detail.en);
    throw error;
  }
}

/** The framework at `file` (compiled once per process), or the bundled one. */
export function loadFramework(file?: string): Framework {
  if (!file) return defaultFramework();
  const absolute = path.resolve(file);
  const cached = cache.get(absolute);
  if (cached) return cached;
  const definition = readFrameworkJson(absolute) as { frontMatterSchema?: unknown };
  const schemaName = typeof definition?.frontMatterSchema === 'string' ? definition.frontMatterSchema : undefined;
  // Schemas resolve only to local files beside the definition: nothing is ever fetched.
  if (schemaName && /^[a-z][a-z0-9+.-]*:/i.test(schemaName) && !schemaName.startsWith('file:')) {
    throw new FrameworkError(absolute, '/frontMatterSchema', `must be a local file path, not "${schemaName}"`);
  }
  const schemaFile = schemaName ? path.resolve(path.dirname(absolute), schemaName.replace(/^file:\/\//, '')) : undefined;
  const schema = schemaFile ? readFrameworkJson(schemaFile) : undefined;
  const framework = createFramework(definition, schema, { definition: absolute, schema: schemaFile ?? absolute });
  cache.set(absolute, framework);
  return framework;
}

/** Drops the compiled frameworks, so a changed file is read again (the editor calls this on change). */
export function forgetFrameworks(): void {
  cache.clear();
}
