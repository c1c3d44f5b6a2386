import { planLanguage } from '../facts';
import { sectionIdOf } from '../framework';
import type { Rule, RuleContext } from '../rule';
import { localized, type TextEdit } from '../types';
import { sectionTitle } from './util';

/**
 * Where a missing section belongs: after the nearest earlier framework section present, or
 * before the nearest later one, or at the end of the plan.
 */
function insertionOffset(context: RuleContext, order: number): { offset: number; atEnd: boolean } {
  const { plan, framework } = context;
  let after: number | undefined;
  let before: number | undefined;
  for (const section of plan.sections) {
    const definition = section.frameworkId ? framework.sectionById.get(section.frameworkId) : undefined;
    if (!definition) continue;
    if (definition.order < order) after = section.endOffset;
    else if (before === undefined) before = section.heading.offset;
  }
  const offset = after ?? before ?? plan.text.length;
  return { offset, atEnd: offset >= plan.text.length };
}

/** How many line breaks end the text (a regex anchored at $ would try every position of it). */
function trailingLineBreaks(text: string): number {
  let count = 0;
  let i = text.length - 1;
  while (i >= 0 && (text[i] === '\n' || text[i] === '\r')) {
    if (text[i] === '\r' || text[i - 1] !== '\r') count++;
    i--;
  }
  return count;
}

function sectionSkeleton(context: RuleContext, id: string): TextEdit {
  const { plan, framework } = context;
  const language = planLanguage(plan, framework);
  const definition = framework.sectionById.get(id)!;
  const eol = plan.lines.eol;
  const { offset, atEnd } = insertionOffset(context, definition.order);
  const guidance = definition.guidance ? `<!-- ${definition.guidance[language]} -->${eol}` : '';
  let newText = `## ${sectionTitle(context, id, language)}${eol}${eol}${guidance}${eol}`;
  if (atEnd) {
    const newlines = trailingLineBreaks(plan.text);
    newText = eol.repeat(Math.max(0, 2 - newlines)) + newText.replace(new RegExp(`${eol}$`), '');
  }
  const at = plan.lines.positionAt(offset);
  return { range: { start: at, end: at }, newText };
}

export default {
  id: 'section-missing',
  defaultSeverity: 'error',
  criterion: 'opbouw',
  basis: 'inferred',
  description: localized('Elk verplicht onderdeel van het kader staat in het plan.', 'Every required framework section is in the plan.'),
  rationale: localized(
    'Het kwaliteitskader vraagt een vaste opbouw, zodat plannen van alle ministeries vergelijkbaar zijn en niets wordt overgeslagen.',
    "The framework asks for a fixed structure, so that all ministries' plans can be compared and nothing is skipped.",
  ),
  fixable: true,
  example: {
    bad: [
      '## 10. Levenscyclusmanagement en legacy',
      '',
      'Twee maatwerksystemen worden uitgefaseerd.',
      '',
      "## 12. Risico's en randvoorwaarden",
    ],
    good: [
      '## 10. Levenscyclusmanagement en legacy',
      '',
      'Twee maatwerksystemen worden uitgefaseerd.',
      '',
      '## 11. I-vakmanschap',
      '',
      'We werven twintig vaste medewerkers.',
      '',
      "## 12. Risico's en randvoorwaarden",
    ],
    fixed: [
      '## 10. Levenscyclusmanagement en legacy',
      '',
      'Twee maatwerksystemen worden uitgefaseerd.',
      '',
      '## I-vakmanschap',
      '',
      '<!-- Kennis en kunde: werving, ontwikkeling en behoud van IV-personeel. -->',
      '',
      "## 12. Risico's en randvoorwaarden",
    ],
  },
  check(context) {
    const { plan, framework, report } = context;
    const present = new Set(plan.sections.map((s) => s.frameworkId));
    for (const definition of framework.definition.sections) {
      if (!definition.required || present.has(definition.id)) continue;
      const number = framework.sectionById.get(definition.id)!.order + 1;
      // A heading of another level with the section's title: the likely slip, named in the message.
      const lookalike = plan.headings.find((h) => h.depth !== 2 && sectionIdOf(framework, h.text) === definition.id);
      const hint = lookalike
        ? localized(
            `; de kop ‘${lookalike.text}’ op regel ${lookalike.range.start.line + 1} is van niveau ${lookalike.depth} en telt daarom niet`,
            `; the heading ‘${lookalike.text}’ on line ${lookalike.range.start.line + 1} is of level ${lookalike.depth} and so does not count`,
          )
        : localized('', '');
      report({
        range: plan.lines.lineRange(0),
        message: localized(
          `Het onderdeel ‘${definition.title.nl}’ ontbreekt; het kader vraagt het als onderdeel ${number}, als kop van niveau 2 (## ${definition.title.nl})${hint.nl}.`,
          `The section ‘${definition.title.en}’ is missing; the framework asks for it as section ${number}, as a level-2 heading (## ${definition.title.en})${hint.en}.`,
        ),
        related: lookalike
          ? [{ range: lookalike.range, message: localized('Kop met de titel van het onderdeel, maar niet van niveau 2', "Heading with the section's title, but not of level 2") }]
          : undefined,
        fix: {
          title: localized(`Onderdeel ‘${definition.title.nl}’ invoegen`, `Insert section ‘${definition.title.en}’`),
          edits: [sectionSkeleton(context, definition.id)],
        },
      });
    }
  },
} satisfies Rule;
