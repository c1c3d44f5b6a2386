/** One file from disk through the core: read, screen, (cache,) lint. Shared by every CLI mode. */
import * as path from 'node:path';
import { lintText, type Finding, type Plan } from '../core';
import type { ResultCache } from '../node/cache';
import type { ResolvedConfig } from '../node/config';
import { relativePosix } from '../node/paths';
import { readPlanFile, type ScreenedPlan } from '../node/planFile';
import { FileReadError } from '../node/readFile';
import { UsageError } from './errors';

interface FileOutcome {
  isPlan: boolean;
  findings: Finding[];
  /** Present when the file was read as text. */
  text?: string;
  /** Present when the file was parsed (not for cache hits or unreadable files). */
  plan?: Plan;
}

/**
 * A listed file, read as readFile.ts reads (regular files only, never a link: the listing left
 * links out, so one now is a file swapped meanwhile); a file that cannot be read stops the run.
 */
export function readListedPlan(file: string, config: ResolvedConfig, cwd: string): ScreenedPlan {
  try {
    return readPlanFile(file, relativePosix(config.baseDir, file), config, { noFollow: true });
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    const shown = path.relative(cwd, file) || file;
    throw new UsageError(`cannot read ${shown}: ${error.detail.en}`, `${shown} kan niet worden gelezen: ${error.detail.nl}`);
  }
}

let parsed = false;

/** Whether this thread has parsed a plan (rather than only hit the cache or read nothing). */
export function hasParsed(): boolean {
  return parsed;
}

export function lintFile(file: string, config: ResolvedConfig, options: { cache?: ResultCache; toolVersion: string; cwd: string }): FileOutcome {
  const screened = readListedPlan(file, config, options.cwd);
  if (screened.kind === 'unfit') return { isPlan: screened.isPlan, findings: screened.findings };
  const { text } = screened;
  const key = options.cache ? options.cache.keyFor(file, text, config) : '';
  const cached = options.cache?.get(file, key);
  if (cached) return { ...cached, text };
  parsed = true;
  const outcome = lintText(text, config.framework, { relativePath: relativePosix(config.baseDir, file), planGlobs: config.planGlobs, rules: config.rules });
  options.cache?.set(file, key, { isPlan: outcome.isPlan, findings: outcome.findings });
  return { isPlan: outcome.isPlan, findings: outcome.findings, text, plan: outcome.plan };
}
