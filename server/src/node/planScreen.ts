/**
 * Whether a file is an I-plan and whether it can be checked at all, decided once for the CLI and
 * the server: a file above `maxFileSize` gets `file-too-large` and one that is not UTF-8 text gets
 * `file-not-text`, without being parsed; such a file is a plan by its name, or (when too large)
 * by the marker in its first 64 KiB. Text that can be checked goes to the core, which decides the
 * rest (`lintText`). Reads nothing: the bytes come from the disk (planFile.ts) or the editor.
 */
import { matchesPlanGlobs, mayHaveMarker, notTextFinding, planGlobsFor, tooLargeFinding } from '../core';
import type { Finding } from '../core';
import type { ResolvedConfig } from './configResolver';
import { decodeText, utf8Length } from './fileSystem';

export const HEAD_BYTES = 64 * 1024;

export type ScreenedPlan =
  /** Text to check. */
  | { kind: 'text'; text: string }
  /** Not checked: the finding says why (none when the file is no plan). */
  | { kind: 'unfit'; isPlan: boolean; findings: Finding[] };

export type PlanConfig = Pick<ResolvedConfig, 'planGlobs' | 'framework' | 'maxFileSize'>;


/** A plan by its path (relative to the configuration, forward slashes). */
export function isPlanByName(relativePath: string | undefined, config: Pick<ResolvedConfig, 'planGlobs' | 'framework'>): boolean {
  return relativePath !== undefined && matchesPlanGlobs(relativePath, planGlobsFor(config.framework, config.planGlobs));
}

function tooLarge(size: number, head: string, relativePath: string | undefined, config: PlanConfig): ScreenedPlan {
  const isPlan = isPlanByName(relativePath, config) || mayHaveMarker(head);
  return { kind: 'unfit', isPlan, findings: isPlan ? [tooLargeFinding(size, config.maxFileSize)] : [] };
}

/** Text the editor holds: checked, unless it is larger than the limit. */
export function screenText(text: string, relativePath: string | undefined, config: PlanConfig): ScreenedPlan {
  const size = utf8Length(text);
  return size > config.maxFileSize ? tooLarge(size, text.slice(0, HEAD_BYTES), relativePath, config) : { kind: 'text', text };
}

/**
 * A file's bytes: all of them when `whole`, else its first ones and its `size` (more than
 * `maxFileSize`).
 */
export function screenBytes(read: { bytes: Uint8Array; size: number; whole: boolean }, relativePath: string | undefined, config: PlanConfig): ScreenedPlan {
  if (!read.whole) return tooLarge(read.size, new TextDecoder().decode(read.bytes.subarray(0, HEAD_BYTES)), relativePath, config);
  const decoded = decodeText(read.bytes);
  if ('notText' in decoded) {
    const isPlan = isPlanByName(relativePath, config);
    return { kind: 'unfit', isPlan, findings: isPlan ? [notTextFinding(decoded.notText)] : [] };
  }
  return { kind: 'text', text: decoded.text };
}
