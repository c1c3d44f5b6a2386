import type { Rule } from '../rule';
import { localized } from '../types';
import { AND, list } from './util';

const nonEmptyList = (value: unknown) => Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim() !== '');

export default {
  id: 'landscape-impact-incomplete',
  defaultSeverity: 'warning',
  criterion: 'landschapsimpact',
  basis: 'inferred',
  needsData: true,
  description: localized(
    'Een impact boven ‘geen’ noemt de geraakte systemen of gegevens en de maatregelen.',
    'An impact above ‘geen’ names the systems or data affected and the measures.',
  ),
  rationale: localized(
    'Alleen een niveau zegt niet wát er in het landschap verandert en hoe dat wordt opgevangen.',
    'A level alone does not say what changes in the landscape and how that is handled.',
  ),
  check({ data, keyRange, report }) {
    for (const item of [...data!.objectives, ...data!.activities]) {
      const impact = item.raw.landschapsimpact;
      if (!impact || typeof impact !== 'object' || Array.isArray(impact)) continue;
      const { niveau, systemen, gegevens, maatregelen } = impact as Record<string, unknown>;
      if (typeof niveau !== 'string' || niveau === 'geen') continue;
      const missing: string[] = [];
      if (!nonEmptyList(systemen) && !nonEmptyList(gegevens)) missing.push('`systemen` / `gegevens`');
      if (typeof maatregelen !== 'string' || maatregelen.trim() === '') missing.push('`maatregelen`');
      if (missing.length === 0) continue;
      const what = list(missing, AND);
      const name = item.id ?? `#${item.index + 1}`;
      const isObjective = item.kind === 'doelstelling';
      report({
        range: keyRange(`${item.pointer}/landschapsimpact`),
        message: localized(
          `De landschapsimpact van ${isObjective ? 'doelstelling' : 'activiteit'} ${name} is ‘${niveau}’ maar noemt geen ${what.nl}; zeg welke systemen of gegevens geraakt worden en wat eraan gedaan wordt.`,
          `The landscape impact of ${isObjective ? 'objective' : 'activity'} ${name} is ‘${niveau}’ but names no ${what.en}; say which systems or data are affected and what is done about it.`,
        ),
      });
    }
  },
} satisfies Rule;
