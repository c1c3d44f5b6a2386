import { relativePosix } from '../../node/paths';
import { jsonForLogs } from './printable';
import type { Formatter, LintMessage } from '../results';
import { findingFingerprints } from './fingerprint';

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


export const gitlab: Formatter = (results, context) => {
  const issues = results.flatMap((result) => {
    const file = relativePosix(context.cwd, result.filePath) || result.filePath;
    const prints = findingFingerprints(result.messages, file);
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
  return jsonForLogs(issues, 2) + '\n';
};
