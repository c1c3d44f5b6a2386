/** One file from disk through the core: read, guard, (cache,) lint. Shared by every CLI mode. */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { lintText, matchesPlanGlobs, mayHaveMarker, notTextFinding, tooLargeFinding, type Finding, type Plan } from '../core';
import type { ResultCache } from '../node/cache';
import type { ResolvedConfig } from '../node/config';
import { UsageError } from './errors';

export interface FileOutcome {
  isPlan: boolean;
  findings: Finding[];
  /** Present when the file was read as text. */
  text?: string;
  /** Present when the file was parsed (not for cache hits or unreadable files). */
  plan?: Plan;
}

const HEAD_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function lintFile(file: string, config: ResolvedConfig, options: { cache?: ResultCache; toolVersion: string; cwd: string }): FileOutcome {
  const relativePath = path.relative(config.baseDir, file).split(path.sep).join('/');
  const globs = config.planGlobs;
  const byGlob = () => matchesPlanGlobs(relativePath, globs ?? config.framework.definition.planGlobs ?? ['**/*.iplan.md']);
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > config.maxFileSize) {
      const head = readHead(file);
      const isPlan = byGlob() || mayHaveMarker(head.toString('utf8'));
      return { isPlan, findings: isPlan ? [tooLargeFinding(size, config.maxFileSize)] : [] };
    }
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${path.relative(options.cwd, file) || file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('binary');
    text = utf8.decode(bytes);
  } catch (error) {
    const isPlan = byGlob();
    return { isPlan, findings: isPlan ? [notTextFinding((error as Error).message === 'binary' ? 'binary' : 'encoding')] : [] };
  }
  const key = options.cache ? options.cache.keyFor(file, text, config) : '';
  const cached = options.cache?.get(file, key);
  if (cached) return { ...cached, text };
  const outcome = lintText(text, config.framework, { relativePath, planGlobs: globs, rules: config.rules });
  options.cache?.set(file, key, { isPlan: outcome.isPlan, findings: outcome.findings });
  return { isPlan: outcome.isPlan, findings: outcome.findings, text, plan: outcome.plan };
}

/** The first bytes only: a file too large to check is not read whole just to find its marker. */
function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}
