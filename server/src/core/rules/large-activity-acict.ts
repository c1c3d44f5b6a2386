import type { Rule } from '../rule';
import { localized } from '../types';
import { requireKeyOfLargeActivities } from './large-activity';

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
  fixable: true,
  example: {
    bad: ['  - id: A1', '    naam: Vervanging zaaksysteem', '    totale_kosten: 7400000', '    dashboard_nummer: BZK-0042'],
    good: [
      '  - id: A1',
      '    naam: Vervanging zaaksysteem',
      '    totale_kosten: 7400000',
      '    dashboard_nummer: BZK-0042',
      '    acict: gemeld',
    ],
    fixed: [
      '  - id: A1',
      '    naam: Vervanging zaaksysteem',
      '    totale_kosten: 7400000',
      '    acict: null # TODO gemeld | getoetst | niet-van-toepassing',
      '    dashboard_nummer: BZK-0042',
    ],
  },
  check: requireKeyOfLargeActivities({
    key: 'acict',
    hint: 'gemeld | getoetst | niet-van-toepassing',
    ask: localized('verwacht gemeld, getoetst of niet-van-toepassing', 'expected gemeld, getoetst or niet-van-toepassing'),
  }),
} satisfies Rule;
