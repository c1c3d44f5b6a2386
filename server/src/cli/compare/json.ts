/**
 * `iplan compare --format json`: the comparison in the documented shape (docs/format.md, section
 * "Compare output"), the findings' messages in the run's language.
 */
import type { Finding, Locale } from '../../core';
import type { Comparison } from '../../core/review/compare';
import { jsonForLogs } from '../formatters/printable';

const finding = (f: Finding, locale: Locale) => ({ ruleId: f.ruleId, message: f.message[locale] });

function comparisonJson(comparison: Comparison, locale: Locale) {
  return {
    old: comparison.old,
    new: comparison.new,
    period: comparison.period,
    costs: comparison.costs,
    activities: comparison.activities,
    objectives: comparison.objectives,
    sections: comparison.sections.map(({ id, title, change, linesAdded, linesRemoved }) => ({ id, title, change, linesAdded, linesRemoved })),
    findings: { fixed: comparison.findings.fixed.map((f) => finding(f, locale)), new: comparison.findings.new.map((f) => finding(f, locale)) },
  };
}

export function compareJson(comparison: Comparison, locale: Locale): string {
  return `${jsonForLogs(comparisonJson(comparison, locale), 2)}\n`;
}
