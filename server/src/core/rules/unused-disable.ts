import type { Plan } from '../plan';
import type { Rule } from '../rule';
import { localized, type Range } from '../types';

/** The comment's line with its line ending when the comment stands alone on it, else the comment. */
function wholeLineIfAlone(plan: Plan, range: Range): Range {
  const { line } = range.start;
  const text = plan.lines.lineText(line);
  const alone = range.end.line === line && text.slice(0, range.start.character).trim() === '' && text.slice(range.end.character).trim() === '';
  if (!alone) return range;
  const end = line + 1 < plan.lines.lineCount ? { line: line + 1, character: 0 } : { line, character: text.length };
  return { start: { line, character: 0 }, end };
}

/** Runs after every other rule: it reports the inline directives that suppressed nothing. */
export default {
  id: 'unused-disable',
  defaultSeverity: 'warning',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized(
    'Een `iplan-disable`-opmerking zet alleen regels uit die op die plek iets melden.',
    'An `iplan-disable` comment only switches off rules that report something there.',
  ),
  rationale: localized(
    'Een overbodige uitzondering blijft staan als de fout al lang is opgelost en verbergt dan een volgende fout.',
    'A needless exception stays after the defect is long fixed, and then hides the next one.',
  ),
  fixable: true,
  example: {
    bad: ['## 11. I-vakmanschap', '', '<!-- iplan-disable-next-line placeholder -->', 'We werven twintig vaste medewerkers.'],
    good: ['## 11. I-vakmanschap', '', 'We werven twintig vaste medewerkers.'],
  },
  check({ plan, unusedDirectives, report }) {
    for (const directive of unusedDirectives ?? []) {
      const what = directive.ruleIds.length > 0 ? directive.ruleIds.join(', ') : undefined;
      report({
        range: directive.range,
        message: localized(
          `Deze iplan-${directive.kind} zet ${what ? `‘${what}’` : 'alle regels'} uit, maar er is hier niets te melden; verwijder de opmerking.`,
          `This iplan-${directive.kind} switches off ${what ? `‘${what}’` : 'every rule'}, but there is nothing to report here; remove the comment.`,
        ),
        fix: {
          title: localized('Overbodige opmerking verwijderen', 'Remove the needless comment'),
          edits: [{ range: wholeLineIfAlone(plan, directive.range), newText: '' }],
        },
      });
    }
  },
} satisfies Rule;
