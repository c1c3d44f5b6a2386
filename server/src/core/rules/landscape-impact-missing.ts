import { foldValue } from '../frontMatterReading';
import { isHollow } from '../hollow';
import type { Rule } from '../rule';
import { schemaEnumAt, type SchemaNode } from '../schemaNav';
import { localized, type Fix } from '../types';

export default {
  id: 'landscape-impact-missing',
  defaultSeverity: 'error',
  criterion: 'landschapsimpact',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'Elke doelstelling en activiteit heeft een `landschapsimpact` met een niveau, niet alleen ‘n.v.t.’ of een woord.',
    'Every objective and activity has a `landschapsimpact` with a level, not just ‘n.v.t.’ or a word.',
  ),
  rationale: localized(
    'Het kwaliteitskader is er om de gevolgen van beleid voor het hele bestaande ICT- en gegevenslandschap zichtbaar te maken.',
    'The framework exists to make the consequences of policy for the whole existing ICT and data landscape visible.',
  ),
  example: {
    bad: ['  - id: D2', '    titel: Vakkundig personeel', '    thema: I-vakmanschap'],
    good: ['  - id: D2', '    titel: Vakkundig personeel', '    thema: I-vakmanschap', '    landschapsimpact:', '      niveau: geen'],
  },
  check({ data, framework, locate, keyRange, valueRange, report }) {
    const levels = schemaEnumAt(framework.frontMatterSchema as SchemaNode, ['doelstellingen', '*', 'landschapsimpact', 'niveau']).map(String);
    for (const item of [...data!.objectives, ...data!.activities]) {
      const impact = item.raw.landschapsimpact;
      const isObjective = item.kind === 'doelstelling';
      const name = item.id ?? `#${item.index + 1}`;
      const pointer = `${item.pointer}/landschapsimpact`;
      if (impact === undefined || impact === null) {
        report({
          range: locate(`${item.pointer}/id`) ? keyRange(`${item.pointer}/id`) : keyRange(item.pointer),
          message: localized(
            `${isObjective ? 'Doelstelling' : 'Activiteit'} ${name} heeft geen \`landschapsimpact\`; geef niveau (geen, laag, midden, hoog), de geraakte systemen en gegevens en de maatregelen.`,
            `${isObjective ? 'Objective' : 'Activity'} ${name} has no \`landschapsimpact\`; give the level (geen, laag, midden, hoog), the systems and data affected and the measures.`,
          ),
        });
        continue;
      }
      if (typeof impact === 'object') continue;
      // One word for the whole impact: "n.v.t." means no impact, "hoog" is a level without the rest.
      const written = String(impact);
      const level = isHollow(framework.hollowWords, written) ? 'geen' : levels.find((l) => foldValue(l) === foldValue(written));
      const fix: Fix | undefined = level
        ? { title: localized(`\`{ niveau: ${level} }\` schrijven`, `Write \`{ niveau: ${level} }\``), edits: [{ range: valueRange(pointer), newText: `{ niveau: ${level} }` }] }
        : undefined;
      report({
        range: keyRange(pointer),
        message: localized(
          `De \`landschapsimpact\` van ${isObjective ? 'doelstelling' : 'activiteit'} ${name} is alleen ‘${written}’; schrijf \`landschapsimpact: { niveau: geen }\` als er geen impact is, en anders het niveau (laag, midden, hoog) met de geraakte \`systemen\` of \`gegevens\` en de \`maatregelen\`.`,
          `The \`landschapsimpact\` of ${isObjective ? 'objective' : 'activity'} ${name} is only ‘${written}’; write \`landschapsimpact: { niveau: geen }\` when there is no impact, and otherwise the level (laag, midden, hoog) with the \`systemen\` or \`gegevens\` affected and the \`maatregelen\`.`,
        ),
        fix,
      });
    }
  },
} satisfies Rule;
