import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'frontmatter-syntax',
  defaultSeverity: 'error',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized('De front matter is geldige YAML.', 'The front matter is valid YAML.'),
  rationale: localized(
    'Alleen leesbare gegevens kunnen worden gecontroleerd; zolang de YAML niet klopt, zwijgen de controles op de gegevens.',
    'Only readable data can be checked; while the YAML is broken, the checks of the data stay silent.',
  ),
  example: {
    bad: ['titel: "Testplan BZK 2026-2028', 'versie: "1.0"'],
    good: ['titel: Testplan BZK 2026-2028', 'versie: "1.0"'],
  },
  check({ plan, report }) {
    for (const error of plan.frontMatter?.syntaxErrors ?? []) {
      report({
        range: error.range,
        message: localized(
          `De front matter is geen geldige YAML: ${error.message}. Controleer inspringing, dubbele punten en aanhalingstekens.`,
          `The front matter is not valid YAML: ${error.message}. Check indentation, colons and quotes.`,
        ),
      });
    }
  },
} satisfies Rule;
