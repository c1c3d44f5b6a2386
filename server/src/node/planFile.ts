/**
 * Whether a file is an I-plan and whether it can be checked at all, decided once for the CLI and
 * the server: a file above `maxFileSize` gets `file-too-large` and one that is not UTF-8 text gets
 * `file-not-text`, without being parsed; such a file is a plan by its name, or (when too large)
 * by the marker in its first 64 KiB. Text that can be checked goes to the core, which decides the
 * rest (`lintText`).
 */
import { matchesPlanGlobs, mayHaveMarker, notTextFinding, tooLargeFinding, type Finding } from '../core';
import type { ResolvedConfig } from './config';
import { decodeText, readRegularFileOrHead } from './readFile';

const HEAD_BYTES = 64 * 1024;

export type ScreenedPlan =
  /** Text to check. */
  | { kind: 'text'; text: string }
  /** Not checked: the finding says why (none when the file is no plan). */
  | { kind: 'unfit'; isPlan: boolean; findings: Finding[] };

type PlanConfig = Pick<ResolvedConfig, 'planGlobs' | 'framework' | 'maxFileSize'>;

/** The globs that make a file a plan: the configuration's, else the framework's, else `**\/*.iplan.md`. */
export function planGlobsOf(config: Pick<ResolvedConfig, 'planGlobs' | 'framework'>): readonly string[] {
  return config.planGlobs ?? config.framework.definition.planGlobs ?? ['**/*.iplan.md'];
}

/** A plan by its path (relative to the configuration, forward slashes). */
export function isPlanByName(relativePath: string | undefined, config: Pick<ResolvedConfig, 'planGlobs' | 'framework'>): boolean {
  return relativePath !== undefined && matchesPlanGlobs(relativePath, planGlobsOf(config));
}

function tooLarge(size: number, head: string, relativePath: string | undefined, config: PlanConfig): ScreenedPlan {
  const isPlan = isPlanByName(relativePath, config) || mayHaveMarker(head);
  return { kind: 'unfit', isPlan, findings: isPlan ? [tooLargeFinding(size, config.maxFileSize)] : [] };
}

/** Text the editor holds: checked, unless it is larger than the limit. */
export function screenText(text: string, relativePath: string | undefined, config: PlanConfig): ScreenedPlan {
  const size = Buffer.byteLength(text, 'utf8');
  return size > config.maxFileSize ? tooLarge(size, text.slice(0, HEAD_BYTES), relativePath, config) : { kind: 'text', text };
}

/**
 * A plan file from disk, read with the limits of readFile.ts. Throws a FileReadError when it is
 * gone, not a regular file or (with `noFollow`) a symbolic link.
 */
export function readPlanFile(file: string, relativePath: string | undefined, config: PlanConfig, options: { noFollow?: boolean } = {}): ScreenedPlan {
  const { bytes, size, whole } = readRegularFileOrHead(file, { maxBytes: config.maxFileSize, headBytes: HEAD_BYTES, noFollow: options.noFollow });
  if (!whole) return tooLarge(size, bytes.toString('utf8'), relativePath, config);
  const decoded = decodeText(bytes);
  if ('notText' in decoded) {
    const isPlan = isPlanByName(relativePath, config);
    return { kind: 'unfit', isPlan, findings: isPlan ? [notTextFinding(decoded.notText)] : [] };
  }
  return { kind: 'text', text: decoded.text };
}
