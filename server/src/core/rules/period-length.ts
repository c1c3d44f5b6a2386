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
