import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'period-invalid',
  defaultSeverity: 'error',
  criterion: 'planperiode',
  basis: 'inferred',
  needsData: true,
  description: localized('De planperiode eindigt niet vóór ze begint.', 'The plan period does not end before it starts.'),
  rationale: localized(
    'Een periode waarvan `tot` vóór `van` ligt, heeft geen planjaren; kosten en doelstellingen hangen eraan.',
    'A period whose `tot` lies before `van` has no plan years; costs and objectives depend on it.',
  ),
  example: {
    bad: ['planperiode:', '  van: 2028', '  tot: 2026'],
    good: ['planperiode:', '  van: 2026', '  tot: 2028'],
  },
  check({ data, keyRange, report }) {
    const period = data!.period;
    if (!period || period.tot >= period.van) return;
    report({
      range: keyRange('/planperiode'),
      message: localized(
        `De planperiode loopt van ${period.van} tot ${period.tot}: \`tot\` ligt vóór \`van\`. Verwacht bijvoorbeeld { van: ${period.tot}, tot: ${period.van} }.`,
        `The plan period runs from ${period.van} to ${period.tot}: \`tot\` lies before \`van\`. Expected, for example, { van: ${period.tot}, tot: ${period.van} }.`,
      ),
    });
  },
} satisfies Rule;
