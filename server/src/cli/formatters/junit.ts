import { relativePosix } from '../../node/paths';
import type { RuleDescriptor } from '../../node/ruleDocs';
import type { Formatter, LintMessage, LintResult } from '../results';
import { printable, xmlForLogs } from './printable';

/**
 * JUnit XML in the shape GitLab's and Azure DevOps' test reports read: one `<testsuite>` per
 * file, one `<testcase>` per rule (so passing rules show as passed tests).
 *
 * Errors fail a test case; warnings do not. A rule with only warnings is a passed test case
 * whose `<system-out>` lists them. Reasons: the JUnit report is the pass/fail view of the run,
 * and the run passes on warnings (exit 0 within `--max-warnings`), so a red test for a warning
 * would contradict the job's own status in GitLab's merge-request widget; the alternative,
 * `<skipped>`, would misreport a check that did run. Warnings still reach GitLab readers through
 * the `gitlab` (Code Quality) report, and Azure DevOps and Jenkins show `<system-out>`.
 *
 * GitLab shows a failure's text (not its attributes), so the findings are in the text, one
 * `line:column message` per line; `message` carries the same lines for Azure DevOps, which
 * shows that attribute as the error message.
 */

/** Characters XML 1.0 does not allow at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// A literal CR would be normalised away by every XML parser; a character reference survives.
const XML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const XML_ATTRIBUTE: Record<string, string> = {
  ...XML_TEXT,
  '"': '&quot;',
  "'": '&apos;',
  // Kept as character references so attribute-value normalisation does not turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Escape text content; characters XML cannot carry become U+FFFD. */
export const escapeXmlText = (text: string) =>
  text.replace(INVALID_XML, '\uFFFD').replace(/[&<>\r]/g, (c) => XML_TEXT[c]);

/** Escape an attribute value (double-quoted), keeping tabs and line breaks. */
export const escapeXmlAttribute = (text: string) =>
  text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => XML_ATTRIBUTE[c]);

const attributes = (attrs: Record<string, string | number>) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');

/** One finding a line: a line break in a plan's value must not start a finding of its own. */
const findingLine = (m: LintMessage) => `${m.line}:${m.column} ${printable(m.message)}`;

interface RuleOutcome {
  ruleId: string;
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** Every catalogue rule in catalogue order, then any other rule that reported, with its findings. */
function outcomes(result: LintResult, rules: RuleDescriptor[]): RuleOutcome[] {
  const byRule = new Map<string, RuleOutcome>();
  const outcome = (ruleId: string) => {
    let entry = byRule.get(ruleId);
    if (!entry) byRule.set(ruleId, (entry = { ruleId, errors: [], warnings: [] }));
    return entry;
  };
  for (const rule of rules) outcome(rule.id);
  for (const m of result.messages) (m.severity === 2 ? outcome(m.ruleId).errors : outcome(m.ruleId).warnings).push(m);
  return [...byRule.values()];
}

function testcase(outcome: RuleOutcome, file: string): string {
  const open = `    <testcase${attributes({ classname: file, name: outcome.ruleId, file })}`;
  const children: string[] = [];
  if (outcome.errors.length > 0) {
    const lines = outcome.errors.map(findingLine).join('\n');
    children.push(`      <failure${attributes({ type: 'error', message: lines })}>${escapeXmlText(lines)}</failure>`);
  }
  if (outcome.warnings.length > 0) {
    const lines = outcome.warnings.map((m) => `warning ${findingLine(m)}`).join('\n');
    children.push(`      <system-out>${escapeXmlText(lines)}</system-out>`);
  }
  if (children.length === 0) return `${open}/>`;
  return [`${open}>`, ...children, '    </testcase>'].join('\n');
}

export const junit: Formatter = (results, context) => {
  let tests = 0;
  let failures = 0;
  const suites = results.map((result) => {
    const file = relativePosix(context.cwd, result.filePath) || result.filePath;
    const cases = outcomes(result, context.rules);
    const failed = cases.filter((c) => c.errors.length > 0).length;
    tests += cases.length;
    failures += failed;
    const suite = attributes({ name: file, tests: cases.length, failures: failed, errors: 0, skipped: 0 });
    return [`  <testsuite${suite}>`, ...cases.map((c) => testcase(c, file)), '  </testsuite>'].join('\n');
  });
  return xmlForLogs([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'iplan', tests, failures, errors: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n'));
};
