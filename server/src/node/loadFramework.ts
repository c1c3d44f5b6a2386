/** Reading a framework definition and its front-matter schema from disk (CLI and server). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createFramework, defaultFramework, FrameworkError, type Framework } from '../core';

const cache = new Map<string, Framework>();

/** JSON from a file, or a FrameworkError that names the file and where the syntax breaks. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FrameworkError(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset).split(/\r\n|\r|\n/);
      throw new FrameworkError(file, '', `is not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}: ${message}`);
    }
    throw new FrameworkError(file, '', `is not valid JSON: ${message}`);
  }
}

/** The framework at `file` (compiled once per process), or the bundled one. */
export function loadFramework(file?: string): Framework {
  if (!file) return defaultFramework();
  const absolute = path.resolve(file);
  const cached = cache.get(absolute);
  if (cached) return cached;
  const definition = readJsonFile(absolute) as { frontMatterSchema?: unknown };
  const schemaName = typeof definition?.frontMatterSchema === 'string' ? definition.frontMatterSchema : undefined;
  // Schemas resolve only to local files beside the definition: nothing is ever fetched.
  if (schemaName && /^[a-z][a-z0-9+.-]*:/i.test(schemaName) && !schemaName.startsWith('file:')) {
    throw new FrameworkError(absolute, '/frontMatterSchema', `must be a local file path, not "${schemaName}"`);
  }
  const schemaFile = schemaName ? path.resolve(path.dirname(absolute), schemaName.replace(/^file:\/\//, '')) : undefined;
  const schema = schemaFile ? readJsonFile(schemaFile) : undefined;
  const framework = createFramework(definition, schema, { definition: absolute, schema: schemaFile ?? absolute });
  cache.set(absolute, framework);
  return framework;
}

/** Drops the compiled frameworks, so a changed file is read again (the editor calls this on change). */
export function forgetFrameworks(): void {
  cache.clear();
}
