import { relativePosix } from '../../node/paths';
import type { Formatter, LintMessage } from '../results';

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`.
 * The file is relative to the cwd (the workspace in a job); the title is the rule id.
 */

/** Command data: GitHub unescapes %25, %0D and %0A. */
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Command properties: as data, plus `:` and `,`, which delimit properties. */
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Our spans end exclusively; GitHub's annotation ends are inclusive, and it accepts columns only
 * on a single-line annotation.
 */
function position(m: LintMessage): Record<string, number> {
  const endLine = m.endLine > m.line && m.endColumn <= 1 ? m.endLine - 1 : Math.max(m.endLine, m.line);
  // A span running to the start of a later line covers whole lines: no columns.
  if (endLine !== m.line || m.endLine !== m.line) return { line: m.line, endLine };
  return { line: m.line, endLine, col: m.column, endColumn: Math.max(m.column, m.endColumn - 1) };
}

function command(m: LintMessage, file: string): string {
  const properties = { file, ...position(m), title: m.ruleId };
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${m.severity === 2 ? 'error' : 'warning'} ${list}::${escapeData(m.message)}`;
}

export const github: Formatter = (results, context) => {
  const lines = results.flatMap((result) => {
    const file = relativePosix(context.cwd, result.filePath) || result.filePath;
    return result.messages.map((m) => command(m, file));
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
