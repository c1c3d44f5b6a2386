import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'landscape-impact-missing',
  defaultSeverity: 'error',
  criterion: 'landschapsimpact',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'Elke doelstelling en activiteit heeft een `landschapsimpact`.',
    'Every objective and activity has a `landschapsimpact`.',
  ),
  rationale: localized(
    'Het kwaliteitskader is er om de gevolgen van beleid voor het hele bestaande ICT- en gegevenslandschap zichtbaar te maken.',
    'The framework exists to make the consequences of policy for the whole existing ICT and data landscape visible.',
  ),
  check({ data, locate, keyRange, report }) {
    for (const item of [...data!.objectives, ...data!.activities]) {
      if (item.raw.landschapsimpact !== undefined && item.raw.landschapsimpact !== null) continue;
      const isObjective = item.kind === 'doelstelling';
      const name = item.id ?? `#${item.index + 1}`;
      report({
        range: locate(`${item.pointer}/id`) ? keyRange(`${item.pointer}/id`) : keyRange(item.pointer),
        message: localized(
          `${isObjective ? 'Doelstelling' : 'Activiteit'} ${name} heeft geen \`landschapsimpact\`; geef niveau (geen, laag, midden, hoog), de geraakte systemen en gegevens en de maatregelen.`,
          `${isObjective ? 'Objective' : 'Activity'} ${name} has no \`landschapsimpact\`; give the level (geen, laag, midden, hoog), the systems and data affected and the measures.`,
        ),
      });
    }
  },
} satisfies Rule;
