/** Hand-made results for the report-format tests: two files with findings, one without. */
import * as path from 'node:path';
import type { FormatContext, LintMessage, LintResult } from '../../server/src/cli/results';
import type { RuleDescriptor } from '../../server/src/node/ruleDocs';

export const cwd = path.resolve('/srv/iplan-workspace');

const rule = (id: string, defaultSeverity: 'error' | 'warning', criterion: string): RuleDescriptor => ({
  id,
  defaultSeverity,
  criterion,
  description: { nl: `Beschrijving van ${id}`, en: `Description of ${id}` },
  rationale: { nl: `Waarom ${id} <&"'> ertoe doet.`, en: `Why ${id} <&"'> matters.` },
  helpUri: `https://example.org/iplan/rules/${id}`,
});

export const rules: RuleDescriptor[] = [
  rule('section-missing', 'error', 'K1'),
  rule('cost-table-mismatch', 'error', 'K7'),
  rule('placeholder', 'warning', 'K2'),
  rule('period-length', 'warning', 'K3'),
  rule('activity-undocumented', 'warning', 'K9'),
];

export const context: FormatContext = { cwd, locale: 'en', rules, toolVersion: '0.1.0' };

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

/** A message full of characters every format must escape. */
export const NASTY = 'Cost 50% off: "a, b" <&\'> [x](1)\nsecond line\r\nthird\u0001 end';

export const bzkPath = path.join(cwd, 'plans', 'bzk.iplan.md');
export const oddPath = path.join(cwd, 'plans', 'sub dir', 'a, b: c <&"\'>% ü.iplan.md');
export const cleanPath = path.join(cwd, 'plans', 'clean.iplan.md');

const result = (filePath: string, messages: LintMessage[]): LintResult => ({
  filePath,
  errorCount: messages.filter((m) => m.severity === 2).length,
  warningCount: messages.filter((m) => m.severity === 1).length,
  messages,
});

export const bzkMessages: LintMessage[] = [
  { ruleId: 'section-missing', severity: 2, message: 'Section "Financiën" is missing.', ...at(1, 1, 1, 4) },
  {
    ruleId: 'cost-table-mismatch',
    severity: 2,
    message: 'Table says 12.500.000 for 2026, front matter says 12.000.000.',
    ...at(40, 15, 40, 25),
    related: [{ message: 'kosten[1].vernieuwing in the front matter', ...at(12, 20, 12, 28) }],
  },
  { ruleId: 'placeholder', severity: 1, message: 'Placeholder "TODO" left in the text.', ...at(20, 3, 20, 7) },
  { ruleId: 'placeholder', severity: 1, message: 'Placeholder "TODO" left in the text.', ...at(25, 1, 26, 1) },
  { ruleId: 'placeholder', severity: 2, message: NASTY, ...at(30, 2, 32, 5) },
];

export const oddMessages: LintMessage[] = [
  { ruleId: 'period-length', severity: 1, message: 'The period is 7 years, more than 5.', ...at(6, 12, 6, 30) },
  { ruleId: 'unused-disable', severity: 1, message: 'Disable for "placeholder" suppresses nothing.', ...at(3, 1, 3, 40) },
  { ruleId: 'section-missing', severity: 2, message: NASTY, ...at(1, 1, 1, 4) },
];

export const results: LintResult[] = [
  result(bzkPath, bzkMessages),
  result(oddPath, oddMessages),
  result(cleanPath, []),
];

/** The same findings, every one moved down by `shift` lines (an unrelated edit above them). */
export function shifted(shift: number): LintResult[] {
  return results.map((r) => ({
    ...r,
    messages: r.messages.map((m) => ({
      ...m,
      line: m.line + shift,
      endLine: m.endLine + shift,
      related: m.related?.map((x) => ({ ...x, line: x.line + shift, endLine: x.endLine + shift })),
    })),
  }));
}

/** Forward-slash path relative to cwd, as every report writes it. */
export const relative = (filePath: string) => path.relative(cwd, filePath).split(path.sep).join('/');
