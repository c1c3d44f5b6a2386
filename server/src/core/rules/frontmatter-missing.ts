import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'frontmatter-missing',
  defaultSeverity: 'error',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized(
    'Een I-plan begint met front matter (YAML tussen twee regels ---).',
    'An I-plan starts with front matter (YAML between two --- lines).',
  ),
  rationale: localized(
    'Ministerie, periode, status en kosten staan als gegevens in de front matter; zonder die gegevens is het plan niet te toetsen.',
    'Ministry, period, status and costs are data in the front matter; without them the plan cannot be checked.',
  ),
  example: {
    bad: ['iplan: kwaliteitskader-2022', 'ministerie: BZK'],
    good: ['---', 'iplan: kwaliteitskader-2022', 'ministerie: BZK'],
  },
  check({ plan, report }) {
    if (plan.frontMatter) return;
    report({
      range: plan.lines.lineRange(0),
      message: localized(
        'Dit I-plan heeft geen front matter; begin het bestand met --- en de gegevens van het plan (iplan, ministerie, titel, versie, status, planperiode, kosten, …) en sluit af met ---.',
        'This I-plan has no front matter; start the file with --- and the plan data (iplan, ministerie, titel, versie, status, planperiode, kosten, …) and close it with ---.',
      ),
    });
  },
} satisfies Rule;
