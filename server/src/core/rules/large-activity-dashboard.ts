import type { Rule } from '../rule';
import { localized } from '../types';
import { requireKeyOfLargeActivities } from './large-activity';

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
  fixable: true,
  example: {
    bad: ['  - id: A1', '    naam: Vervanging zaaksysteem', '    totale_kosten: 7400000', '    acict: gemeld'],
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
      '    dashboard_nummer: null # TODO nummer op het Rijks ICT-dashboard',
      '    acict: gemeld',
    ],
  },
  check: requireKeyOfLargeActivities({
    key: 'dashboard_nummer',
    hint: 'nummer op het Rijks ICT-dashboard',
    ask: localized('vermeld het nummer op het Rijks ICT-dashboard', 'give its Rijks ICT-dashboard number'),
  }),
} satisfies Rule;
