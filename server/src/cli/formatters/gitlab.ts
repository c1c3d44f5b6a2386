import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Formatter, LintMessage } from '../results';

/**
 * GitLab Code Quality report: a JSON array of Code Climate issues. GitLab needs description,
 * check_name, fingerprint, severity, location.path (relative to the repository root, which is
 * the cwd a CI job runs in) and location.lines.begin; `type`, `categories` and `engine_name`
 * are the Code Climate fields other readers expect.
 *
 * Severity: GitLab knows info, minor, major, critical and blocker. An error fails the run but
 * is a content defect in a plan, not an outage, so error → major and warning → minor; critical
 * and blocker stay free for what a department may want to escalate later.
 */

const SEVERITY = { 2: 'major', 1: 'minor' } as const;

/** Our end is exclusive: a span ending at column 1 of a later line ends on the line before. */
const lastLine = (m: LintMessage) => (m.endLine > m.line && m.endColumn <= 1 ? m.endLine - 1 : Math.max(m.endLine, m.line));

/**
 * GitLab matches issues across pipelines by fingerprint, so it must survive unrelated edits:
 * no line numbers, only rule, file and message, plus the occurrence index among identical
 * findings in the file so that every issue in the report has its own fingerprint. SHA-256
 * rather than GitLab's example MD5: any hex string does, and MD5 is unavailable under FIPS.
 */
function fingerprints(messages: LintMessage[], relativePath: string): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const key = JSON.stringify([m.ruleId, m.message]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(JSON.stringify([m.ruleId, relativePath, m.message, occurrence])).digest('hex');
  });
}

export const gitlab: Formatter = (results, context) => {
  const issues = results.flatMap((result) => {
    const file = path.relative(context.cwd, result.filePath).split(path.sep).join('/') || result.filePath;
    const prints = fingerprints(result.messages, file);
    return result.messages.map((m, i) => ({
      type: 'issue',
      engine_name: 'iplan',
      check_name: m.ruleId,
      description: m.message || m.ruleId,
      categories: ['Style'],
      severity: SEVERITY[m.severity],
      fingerprint: prints[i],
      location: { path: file, lines: { begin: m.line, end: lastLine(m) } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
