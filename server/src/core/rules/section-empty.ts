import { sectionContent } from '../facts';
import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'section-empty',
  defaultSeverity: 'error',
  criterion: 'opbouw',
  basis: 'inferred',
  description: localized(
    'Een onderdeel van het kader heeft inhoud, niet alleen een kop of een placeholder.',
    'A framework section has content, not just a heading or a placeholder.',
  ),
  rationale: localized(
    'Een lege kop suggereert dat een onderwerp behandeld is terwijl het dat niet is.',
    'An empty heading suggests a subject is covered when it is not.',
  ),
  example: {
    bad: ['## 11. I-vakmanschap', '', "## 12. Risico's en randvoorwaarden"],
    good: ['## 11. I-vakmanschap', '', 'We werven twintig vaste medewerkers.', '', "## 12. Risico's en randvoorwaarden"],
  },
  check({ plan, framework, facts, report }) {
    for (const index of facts.emptySections) {
      const section = plan.sections[index];
      if (!section.frameworkId) continue;
      const onlyPlaceholder = sectionContent(section, framework) === 'placeholder';
      report({
        range: section.heading.range,
        message: onlyPlaceholder
          ? localized(
              `Het onderdeel ‘${section.heading.text}’ bevat alleen een placeholder; schrijf de inhoud uit.`,
              `The section ‘${section.heading.text}’ holds only a placeholder; write its content.`,
            )
          : localized(
              `Het onderdeel ‘${section.heading.text}’ is leeg; het kader verwacht hier inhoud.`,
              `The section ‘${section.heading.text}’ is empty; the framework expects content here.`,
            ),
      });
    }
  },
} satisfies Rule;
