/** Findings (0-based ranges, both languages) → the CLI's result shape (1-based, one language). */
import type { Finding, Locale, Range } from '../core';
import type { ExceededSuppression } from '../node/suppressions';
import type { LintMessage, LintResult, Span } from './results';

function toSpan(range: Range): Span {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** `suppression`: what the suppressions file accepted of this plan, and which of its counts were exceeded. */
export function toLintResult(
  filePath: string,
  findings: readonly Finding[],
  locale: Locale,
  suppression: { suppressed: readonly Finding[]; exceeded: readonly ExceededSuppression[] } = { suppressed: [], exceeded: [] },
): LintResult {
  const toMessage = (finding: Finding): LintMessage => ({
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message[locale],
    ...toSpan(finding.range),
    ...(finding.related?.length
      ? { related: finding.related.map((r) => ({ ...toSpan(r.range), message: r.message[locale] })) }
      : {}),
  });
  const messages = findings.map(toMessage);
  return {
    filePath,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    messages,
    ...(suppression.suppressed.length > 0 ? { suppressedMessages: suppression.suppressed.map(toMessage) } : {}),
    ...(suppression.exceeded.length > 0 ? { exceededSuppressions: [...suppression.exceeded] } : {}),
  };
}
