import { isAdopted } from '../frontMatterReading';
import type { Rule } from '../rule';
import { comparePositions, localized, type Range } from '../types';
import { impactGaps } from './landscape-impact';

/** Comments that are iplan's own directives are not text an author left behind. */
const DIRECTIVE = /^iplan-(?:disable|enable)/;

export default {
  id: 'placeholder',
  defaultSeverity: 'warning',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized(
    'Er staan geen placeholders meer in het plan (todo, tbd, n.t.b., nader te bepalen, PM, xxx, ???), ook niet in tabellen en commentaar; in een vastgesteld plan is dit een fout.',
    'No placeholders remain in the plan (todo, tbd, n.t.b., nader te bepalen, PM, xxx, ???), in tables and comments neither; in an adopted plan this is an error.',
  ),
  rationale: localized(
    'Een vastgesteld plan is af: open plekken betekenen dat het plan nog niet compleet is.',
    'An adopted plan is finished: open spots mean the plan is not yet complete.',
  ),
  example: {
    bad: ['## 11. I-vakmanschap', '', 'We werven TBD vaste medewerkers.'],
    good: ['## 11. I-vakmanschap', '', 'We werven twintig vaste medewerkers.'],
  },
  check({ plan, framework, facts, report, data, locate }) {
    const adopted = isAdopted(plan, framework);
    // Sections holding only a placeholder are reported as empty by section-empty.
    const skipped = [...facts.emptySections].map((index) => plan.sections[index].range);
    const inSkipped = (line: number) => skipped.some((r) => line >= r.start.line && line <= r.end.line);
    // A landscape impact that says only "nader te bepalen" is landscape-impact-incomplete's.
    const hollowImpacts = (data ? impactGaps(data, framework) : []).flatMap((gap) => gap.hollow.map((h) => locate(h.pointer)?.value)).filter((r) => r !== undefined);
    const inHollowImpact = (range: Range) => hollowImpacts.some((r) => comparePositions(r.start, range.start) <= 0 && comparePositions(range.end, r.end) <= 0);
    const spans: { offset: number; source: string }[] = [...plan.prose];
    if (plan.frontMatter) {
      spans.push(...plan.frontMatter.scalars);
      for (const comment of plan.frontMatter.comments) {
        const offset = plan.lines.offsetAt(comment.range.start);
        spans.push({ offset, source: plan.text.slice(offset, plan.lines.offsetAt(comment.range.end)) });
      }
    }
    for (const comment of plan.comments) {
      if (DIRECTIVE.test(comment.text)) continue;
      const offset = plan.lines.offsetAt(comment.range.start);
      spans.push({ offset, source: plan.text.slice(offset, plan.lines.offsetAt(comment.range.end)) });
    }
    const pattern = new RegExp(framework.placeholderPattern.source, framework.placeholderPattern.flags);
    for (const span of spans) {
      if (DIRECTIVE.test(span.source.replace(/^\s*(?:#|<!--)\s*/, ''))) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(span.source); m; m = pattern.exec(span.source)) {
        const range = plan.lines.range(span.offset + m.index, span.offset + m.index + m[0].length);
        if (inSkipped(range.start.line) || inHollowImpact(range)) continue;
        report({
          range,
          message: localized(
            `‘${m[0]}’ staat nog in het plan; vul de ontbrekende tekst of het ontbrekende gegeven in${adopted ? ' (het plan is vastgesteld)' : ' voordat het plan wordt vastgesteld'}.`,
            `‘${m[0]}’ is still in the plan; fill in the missing text or value${adopted ? ' (the plan is adopted)' : ' before the plan is adopted'}.`,
          ),
        });
      }
    }
  },
} satisfies Rule;
