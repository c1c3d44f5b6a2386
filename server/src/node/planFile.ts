/** A plan file from disk, screened as planScreen.ts decides (too large, not text, or text to check). */
import { HEAD_BYTES, screenBytes, type PlanConfig, type ScreenedPlan } from './planScreen';
import { readRegularFileOrHead } from './readFile';

export { screenText, type ScreenedPlan } from './planScreen';

/**
 * A plan file from disk, read with the limits of readFile.ts. Throws a FileReadError when it is
 * gone, not a regular file or (with `noFollow`) a symbolic link.
 */
export function readPlanFile(file: string, relativePath: string | undefined, config: PlanConfig, options: { noFollow?: boolean } = {}): ScreenedPlan {
  return screenBytes(readRegularFileOrHead(file, { maxBytes: config.maxFileSize, headBytes: HEAD_BYTES, noFollow: options.noFollow }), relativePath, config);
}
