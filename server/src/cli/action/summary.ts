/** The job summary the Action writes: counts per plan and every finding, in GitHub's Markdown. */
import type { LintResult } from '../results';
import { relativePosix } from '../../node/paths';

/** GitHub shows at most this much of a step's summary; the list of findings stops well before. */
const MAX_ROWS = 500;

const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

interface SummaryInput {
  results: LintResult[];
  cwd: string;
  /** Where a rule's documentation is, by id. */
  docs: (ruleId: string) => string;
  /** How many findings were annotated, and on what. */
  annotated: number;
  scope: 'changed' | 'all' | 'off';
  sarifFile?: string;
}

export function summary({ results, cwd, docs, annotated, scope, sarifFile }: SummaryInput): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const relative = (file: string) => relativePosix(cwd, file);
  const plans = `${results.length} ${results.length === 1 ? 'plan' : 'plans'}`;
  const lines = [`## iplan: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${plans}`, ''];
  if (results.length === 0) return `${lines.join('\n')}No I-plans were found.\n`;

  lines.push('| plan | errors | warnings |', '| --- | ---: | ---: |');
  for (const result of results) lines.push(`| \`${cell(relative(result.filePath))}\` | ${result.errorCount} | ${result.warningCount} |`);
  lines.push('');

  const findings = results.flatMap((result) => result.messages.map((message) => ({ file: relative(result.filePath), message })));
  if (findings.length > 0) {
    lines.push('| where | severity | rule | finding |', '| --- | --- | --- | --- |');
    for (const { file, message } of findings.slice(0, MAX_ROWS)) {
      lines.push(`| \`${cell(file)}:${message.line}\` | ${message.severity === 2 ? 'error' : 'warning'} | [\`${message.ruleId}\`](${docs(message.ruleId)}) | ${cell(message.message)} |`);
    }
    if (findings.length > MAX_ROWS) lines.push('', `… and ${findings.length - MAX_ROWS} more; the full list is in the step's log${sarifFile ? ' and the SARIF file' : ''}.`);
    lines.push('');
  }
  if (scope === 'changed') lines.push(`${annotated} of ${findings.length} findings are on lines this change touches; those are annotated in the diff.`);
  else if (scope === 'all') lines.push(`All ${annotated} findings are annotated.`);
  if (sarifFile) lines.push(`The SARIF report is \`${cell(sarifFile)}\`.`);
  return `${lines.join('\n')}\n`;
}
