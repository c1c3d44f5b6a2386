import type { Rule } from '../rule';
import { localized } from '../types';
import { addKeyFix, isMissing, largeActivities, thresholdText } from './large-activity';
import { euros } from '../money';

export default {
  id: 'large-activity-dashboard',
  defaultSeverity: 'error',
  criterion: 'grote-activiteiten',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'Een activiteit van € 5.000.000 of meer heeft een `dashboard_nummer` van het Rijks ICT-dashboard.',
    'An activity of € 5,000,000 or more has a Rijks ICT-dashboard number (`dashboard_nummer`).',
  ),
  rationale: localized(
    'Elke activiteit met een ICT-component van minstens € 5 mln over de hele looptijd staat op het Rijks ICT-dashboard.',
    'Every activity with an ICT component of at least € 5 million over its whole life is registered on the Rijks ICT-dashboard.',
  ),
  check(context) {
    for (const { activity, cost } of largeActivities(context)) {
      if (!isMissing(activity.raw.dashboard_nummer)) continue;
      const name = activity.name ?? activity.id ?? `#${activity.index + 1}`;
      context.report({
        range: context.keyRange(`${activity.pointer}/totale_kosten`),
        message: localized(
          `Activiteit ‘${name}’ kost ${euros(cost).nl} (vanaf ${thresholdText(context).nl} een grote ICT-activiteit) maar heeft geen \`dashboard_nummer\`; vermeld het nummer op het Rijks ICT-dashboard.`,
          `Activity ‘${name}’ costs ${euros(cost).en} (a large ICT activity from ${thresholdText(context).en}) but has no \`dashboard_nummer\`; give its Rijks ICT-dashboard number.`,
        ),
        fix: addKeyFix(context, activity, 'dashboard_nummer', 'nummer op het Rijks ICT-dashboard'),
      });
    }
  },
} satisfies Rule;
