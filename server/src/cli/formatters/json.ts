import type { Formatter } from '../results';
import { jsonForLogs } from './printable';

/** ESLint's JSON shape, exactly the keys docs/format.md §8 promises. */
export const json: Formatter = (results) =>
  jsonForLogs(
    results.map((result) => ({
      filePath: result.filePath,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      messages: result.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      })),
    })),
  ) + '\n';
