import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'section-duplicate',
  defaultSeverity: 'warning',
  criterion: 'opbouw',
  basis: 'inferred',
  description: localized('Elk onderdeel van het kader komt één keer voor.', 'Each framework section appears once.'),
  rationale: localized(
    'Twee koppen voor hetzelfde onderdeel maken onduidelijk welke tekst geldt.',
    'Two headings for the same section make it unclear which text counts.',
  ),
  example: {
    bad: ['## 11. I-vakmanschap', '', 'We werven twintig vaste medewerkers.', '', '## I-vakmanschap', '', 'We leiden ook zelf op.'],
    good: ['## 11. I-vakmanschap', '', 'We werven twintig vaste medewerkers.'],
  },
  check({ plan, report }) {
    const first = new Map<string, (typeof plan.sections)[number]>();
    for (const section of plan.sections) {
      if (!section.frameworkId) continue;
      const earlier = first.get(section.frameworkId);
      if (!earlier) {
        first.set(section.frameworkId, section);
        continue;
      }
      const line = earlier.heading.range.start.line + 1;
      report({
        range: section.heading.range,
        message: localized(
          `Het onderdeel ‘${section.heading.text}’ staat al op regel ${line}; voeg de teksten samen onder één kop.`,
          `The section ‘${section.heading.text}’ already appears on line ${line}; merge the texts under one heading.`,
        ),
        related: [{ range: earlier.heading.range, message: localized('Eerste voorkomen', 'First occurrence') }],
      });
    }
  },
} satisfies Rule;
