import type { Rule } from '../rule';
import { localized } from '../types';
import { addKeyFix, isMissing, largeActivities, thresholdText } from './large-activity';
import { euros } from '../money';

export default {
  id: 'large-activity-acict',
  defaultSeverity: 'error',
  criterion: 'grote-activiteiten',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'Een activiteit van € 5.000.000 of meer heeft een AcICT-status (`acict`).',
    'An activity of € 5,000,000 or more has an AcICT status (`acict`).',
  ),
  rationale: localized(
    'Sinds 1 juli 2024 wordt elk project of programma met een ICT-component van minstens € 5 mln bij het Adviescollege ICT-toetsing gemeld.',
    'Since 1 July 2024 every project or programme with an ICT component of at least € 5 million is notified to the Adviescollege ICT-toetsing.',
  ),
  check(context) {
    for (const { activity, cost } of largeActivities(context)) {
      if (!isMissing(activity.raw.acict)) continue;
      const name = activity.name ?? activity.id ?? `#${activity.index + 1}`;
      context.report({
        range: context.keyRange(`${activity.pointer}/totale_kosten`),
        message: localized(
          `Activiteit ‘${name}’ kost ${euros(cost).nl} (vanaf ${thresholdText(context).nl} een grote ICT-activiteit) maar heeft geen \`acict\`; verwacht gemeld, getoetst of niet-van-toepassing.`,
          `Activity ‘${name}’ costs ${euros(cost).en} (a large ICT activity from ${thresholdText(context).en}) but has no \`acict\`; expected gemeld, getoetst or niet-van-toepassing.`,
        ),
        fix: addKeyFix(context, activity, 'acict', 'gemeld | getoetst | niet-van-toepassing'),
      });
    }
  },
} satisfies Rule;
