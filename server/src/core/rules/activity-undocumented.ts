import type { Rule } from '../rule';
import { localized } from '../types';

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default {
  id: 'activity-undocumented',
  defaultSeverity: 'warning',
  criterion: 'grote-activiteiten',
  basis: 'inferred',
  needsData: true,
  description: localized(
    'Elke activiteit uit de front matter wordt in het onderdeel Portfolio genoemd, met id of naam.',
    'Every activity in the front matter is mentioned in the Portfolio section, by id or name.',
  ),
  rationale: localized(
    'Een activiteit die alleen in de gegevens staat, wordt door lezers van het plan niet gezien.',
    'An activity that exists only in the data is never seen by readers of the plan.',
  ),
  check({ plan, data, facts, locate, keyRange, report }) {
    const index = plan.sections.findIndex((s) => s.frameworkId === 'portfolio');
    if (index < 0 || facts.emptySections.has(index)) return;
    const sections = plan.sections.filter((s) => s.frameworkId === 'portfolio');
    const text = fold(sections.flatMap((s) => [s.heading.text, ...s.blocks.map((b) => b.text)]).join('\n'));
    for (const activity of data!.activities) {
      const byId = activity.id && new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(activity.id))}(?![\\p{L}\\p{N}])`, 'u').test(text);
      const byName = activity.name && text.includes(fold(activity.name));
      if (byId || byName || (!activity.id && !activity.name)) continue;
      const pointer = locate(`${activity.pointer}/naam`) ? `${activity.pointer}/naam` : activity.pointer;
      report({
        range: keyRange(pointer),
        message: localized(
          `Activiteit ${activity.id ?? ''} ‘${activity.name ?? ''}’ wordt in het onderdeel Portfolio nergens genoemd; beschrijf haar daar (met id of naam).`,
          `Activity ${activity.id ?? ''} ‘${activity.name ?? ''}’ is not mentioned in the Portfolio section; describe it there (by id or name).`,
        ),
      });
    }
  },
} satisfies Rule;
