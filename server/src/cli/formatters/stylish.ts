import * as path from 'node:path';
import type { Formatter } from '../results';
import { printable, printablePath } from './printable';


const WORDS = {
  nl: {
    error: 'fout',
    warning: 'waarschuwing',
    errors: 'fouten',
    warnings: 'waarschuwingen',
    problem: 'probleem',
    problems: 'problemen',
    exceeded: (rule: string, found: number, accepted: number) => `(${rule}: ${found} gevonden, ${accepted} geaccepteerd in de onderdrukkingen; daarom staan ze er alle ${found})`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    errors: 'errors',
    warnings: 'warnings',
    problem: 'problem',
    problems: 'problems',
    exceeded: (rule: string, found: number, accepted: number) => `(${rule}: ${found} found, ${accepted} accepted in the suppressions; so all ${found} are shown)`,
  },
} as const;

/**
 * ESLint's "stylish": findings grouped per file, aligned columns, a summary line. Messages and
 * file names carry plan text, so they are printed escaped (see printable.ts). Coloured only when
 * the caller says so (`context.color`): the CLI knows whether the report goes to a terminal.
 */
export const stylish: Formatter = (results, context) => {
  const paint = (code: number, text: string) => (context.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const words = WORDS[context.locale];
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    out.push('', paint(4, printablePath(path.relative(context.cwd, result.filePath) || result.filePath)));
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? words.error : words.warning,
      printable(m.message),
      printable(m.ruleId),
    ]);
    const widths = [0, 1].map((col) => Math.max(...rows.map((row) => row[col].length)));
    for (const [i, row] of rows.entries()) {
      const severity = row[1].padEnd(widths[1]);
      out.push(
        `  ${paint(2, row[0].padEnd(widths[0]))}  ${paint(result.messages[i].severity === 2 ? 31 : 33, severity)}  ${row[2]}  ${paint(2, row[3])}`,
      );
    }
    for (const { ruleId, accepted, found } of result.exceededSuppressions ?? []) {
      out.push(paint(2, `  ${words.exceeded(printable(ruleId), found, accepted)}`));
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} ${total === 1 ? words.problem : words.problems} (${errors} ${errors === 1 ? words.error : words.errors}, ${warnings} ${warnings === 1 ? words.warning : words.warnings})`;
  out.push('', paint(errors > 0 ? 31 : 33, summary), '');
  return out.join('\n');
};
