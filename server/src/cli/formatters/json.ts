import type { Formatter, LintMessage } from '../results';
import { jsonForLogs } from './printable';

const message = (m: LintMessage) => ({
  ruleId: m.ruleId,
  severity: m.severity,
  message: m.message,
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
});

/**
 * ESLint's JSON shape, exactly the keys docs/format.md §8 promises; `suppressedMessages` as
 * ESLint writes it for bulk suppressions, only for plans that have some.
 */
export const json: Formatter = (results) =>
  jsonForLogs(
    results.map((result) => ({
      filePath: result.filePath,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      messages: result.messages.map(message),
      ...(result.suppressedMessages
        ? { suppressedMessages: result.suppressedMessages.map((m) => ({ ...message(m), suppressions: [{ kind: 'file', justification: '' }] })) }
        : {}),
    })),
  ) + '\n';
