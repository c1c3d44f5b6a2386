import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'period-length',
  defaultSeverity: 'warning',
  criterion: 'planperiode',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'De planperiode beslaat drie tot vijf jaar (instelbaar in het kader).',
    'The plan period spans three to five years (set in the framework).',
  ),
  rationale: localized(
    'Het plan bevat de prioritaire IV-doelstellingen voor de komende drie tot vijf jaar (Kamerstuk 26643 nr. 932).',
    'The plan holds the priority IV objectives for the next three to five years (Kamerstuk 26643 no. 932).',
  ),
  example: {
    bad: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2027',
      '…',
      '  - jaar: 2027',
      '    vernieuwing: 1500000',
      '    beheer_en_onderhoud: 2000000',
      '…',
      '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |',
      '| **Totaal** | 2.500.000 | 4.000.000 | 6.500.000 |',
    ],
    good: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2028',
      '…',
      '  - jaar: 2027',
      '    vernieuwing: 1500000',
      '    beheer_en_onderhoud: 2000000',
      '  - jaar: 2028',
      '    vernieuwing: 500000',
      '    beheer_en_onderhoud: 2500000',
      '…',
      '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |',
      '| 2028 | 500.000 | 2.500.000 | 3.000.000 |',
      '| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |',
    ],
  },
  check({ data, framework, keyRange, report }) {
    const period = data!.period;
    if (!period || period.tot < period.van) return;
    const years = period.tot - period.van + 1;
    const { planPeriodMinYears: min, planPeriodMaxYears: max } = framework.definition.thresholds;
    if (years >= min && years <= max) return;
    report({
      range: keyRange('/planperiode'),
      message: localized(
        `De planperiode ${period.van}–${period.tot} beslaat ${years} ${years === 1 ? 'jaar' : 'jaar'}; het kader verwacht ${min} tot ${max} jaar.`,
        `The plan period ${period.van}–${period.tot} spans ${years} ${years === 1 ? 'year' : 'years'}; the framework expects ${min} to ${max} years.`,
      ),
    });
  },
} satisfies Rule;
