import { createHash } from 'node:crypto';
import type { LintMessage } from '../results';

/**
 * A fingerprint that survives unrelated edits: no line or column, only what the finding says
 * and where (rule, file, message), plus how many identical findings came before it in the file
 * so that two equal findings stay distinct. Shared by SARIF (partialFingerprints) and
 * GitLab (fingerprint); SHA-256 rather than GitLab's example MD5, which FIPS systems lack.
 */
export function findingFingerprints(messages: LintMessage[], relativePath: string): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const key = JSON.stringify([m.ruleId, m.message]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(JSON.stringify([m.ruleId, relativePath, m.message, occurrence])).digest('hex');
  });
}
