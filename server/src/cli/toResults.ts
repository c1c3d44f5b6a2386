/** Findings (0-based ranges, both languages) → the CLI's result shape (1-based, one language). */
import type { Finding, Locale, Range } from '../core';
import type { LintMessage, LintResult, Span } from './results';

function toSpan(range: Range): Span {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function toLintResult(filePath: string, findings: Finding[], locale: Locale): LintResult {
  const messages: LintMessage[] = findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message[locale],
    ...toSpan(finding.range),
    ...(finding.related?.length
      ? { related: finding.related.map((r) => ({ ...toSpan(r.range), message: r.message[locale] })) }
      : {}),
  }));
  return {
    filePath,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    messages,
  };
}
