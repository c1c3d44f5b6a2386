import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'cost-year-outside-period',
  defaultSeverity: 'error',
  criterion: 'financien',
  basis: 'inferred',
  needsData: true,
  description: localized('Geen `kosten`-regel valt buiten de planperiode.', 'No `kosten` entry lies outside the plan period.'),
  rationale: localized(
    'Bedragen buiten de planperiode horen niet bij dit plan en vertekenen de meerjarige totalen.',
    'Amounts outside the plan period do not belong to this plan and distort the multi-year totals.',
  ),
  example: {
    bad: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2028',
      '…',
      '  - jaar: 2028',
      '    vernieuwing: 500000',
      '    beheer_en_onderhoud: 2500000',
      '  - jaar: 2029',
      '    vernieuwing: 0',
      '    beheer_en_onderhoud: 2500000',
      'doelstellingen:',
    ],
    good: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2028',
      '…',
      '  - jaar: 2028',
      '    vernieuwing: 500000',
      '    beheer_en_onderhoud: 2500000',
      'doelstellingen:',
    ],
  },
  check({ data, valueRange, report }) {
    const { costs, years, period } = data!;
    if (!costs || !period || years.length === 0) return;
    for (const entry of costs) {
      if (entry.jaar === undefined || years.includes(entry.jaar)) continue;
      report({
        range: valueRange(`${entry.pointer}/jaar`),
        message: localized(
          `De kosten voor ${entry.jaar} vallen buiten de planperiode ${period.van}–${period.tot}; verwijder de regel of pas de planperiode aan.`,
          `The costs for ${entry.jaar} lie outside the plan period ${period.van}–${period.tot}; remove the entry or change the plan period.`,
        ),
      });
    }
  },
} satisfies Rule;
