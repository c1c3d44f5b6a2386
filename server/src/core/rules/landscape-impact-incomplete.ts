import type { Rule } from '../rule';
import { localized } from '../types';
import { impactGaps } from './landscape-impact';
import { AND, list } from './util';

const quoted = (texts: string[]) => [...new Set(texts)].map((text) => `‘${text}’`);

export default {
  id: 'landscape-impact-incomplete',
  defaultSeverity: 'warning',
  criterion: 'landschapsimpact',
  basis: 'inferred',
  needsData: true,
  description: localized(
    'Een impact boven ‘geen’ noemt de geraakte systemen of gegevens en de maatregelen; ‘n.v.t.’, ‘geen’ of ‘-’ telt niet als noemen.',
    'An impact above ‘geen’ names the systems or data affected and the measures; ‘n.v.t.’, ‘none’ or ‘-’ does not count as naming them.',
  ),
  rationale: localized(
    'Alleen een niveau zegt niet wát er in het landschap verandert en hoe dat wordt opgevangen.',
    'A level alone does not say what changes in the landscape and how that is handled.',
  ),
  example: {
    bad: ['    landschapsimpact:', '      niveau: laag', '      gegevens: [Archiefstukken]'],
    good: [
      '    landschapsimpact:',
      '      niveau: laag',
      '      gegevens: [Archiefstukken]',
      '      maatregelen: Overdracht in jaarlijkse tranches.',
    ],
  },
  check({ data, framework, keyRange, report }) {
    for (const { item, niveau, missing, hollow } of impactGaps(data!, framework)) {
      const what = list(
        missing.map((m) => (m === 'systems' ? '`systemen` / `gegevens`' : '`maatregelen`')),
        AND,
      );
      const said = list(quoted(hollow.map((h) => h.text)), AND);
      const hollowNote = hollow.length > 0 ? localized(` (${said.nl} zegt niets)`, ` (${said.en} says nothing)`) : localized('', '');
      const name = item.id ?? `#${item.index + 1}`;
      const isObjective = item.kind === 'doelstelling';
      report({
        range: keyRange(`${item.pointer}/landschapsimpact`),
        message: localized(
          `De landschapsimpact van ${isObjective ? 'doelstelling' : 'activiteit'} ${name} is ‘${niveau}’ maar noemt geen ${what.nl}${hollowNote.nl}; zeg welke systemen of gegevens geraakt worden en wat eraan gedaan wordt.`,
          `The landscape impact of ${isObjective ? 'objective' : 'activity'} ${name} is ‘${niveau}’ but names no ${what.en}${hollowNote.en}; say which systems or data are affected and what is done about it.`,
        ),
      });
    }
  },
} satisfies Rule;
