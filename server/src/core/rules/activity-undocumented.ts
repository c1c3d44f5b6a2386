import { withoutHtmlComments } from '../htmlComments';
import type { Rule } from '../rule';
import { localized } from '../types';

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** `word` occurs in `text` with no letter or digit right before or after it (A1 is not in A10). */
function mentionsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 1 && /[\udc00-\udfff]/.test(text[at - 1]) ? text.slice(at - 2, at) : text.slice(at - 1, at);
    const after = text.codePointAt(at + word.length);
    if (!WORD_CHARACTER.test(before) && (after === undefined || !WORD_CHARACTER.test(String.fromCodePoint(after)))) return true;
  }
  return false;
}

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
  example: {
    bad: [
      '  - id: A2',
      '    naam: Inrichting e-depot',
      '…',
      '## 6. Portfolio en grote ICT-activiteiten',
      '',
      'Activiteit A1 staat op het Rijks ICT-dashboard.',
    ],
    good: [
      '  - id: A2',
      '    naam: Inrichting e-depot',
      '…',
      '## 6. Portfolio en grote ICT-activiteiten',
      '',
      'Activiteit A1 staat op het Rijks ICT-dashboard; de Inrichting e-depot is klein.',
    ],
  },
  check({ plan, data, facts, locate, keyRange, report }) {
    const index = plan.sections.findIndex((s) => s.frameworkId === 'portfolio');
    if (index < 0 || facts.emptySections.has(index)) return;
    const sections = plan.sections.filter((s) => s.frameworkId === 'portfolio');
    // What a reader sees: an activity named only in an HTML comment is not described.
    const text = fold(withoutHtmlComments(sections.flatMap((s) => [s.heading.text, ...s.blocks.map((b) => b.text)]).join('\n')));
    for (const activity of data!.activities) {
      const byId = activity.id && mentionsWord(text, fold(activity.id));
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
