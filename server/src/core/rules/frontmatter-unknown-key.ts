import { frontMatterReading, unknownKeyPointer } from '../frontMatterReading';
import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'frontmatter-unknown-key',
  defaultSeverity: 'warning',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized(
    'De front matter heeft geen sleutels die het kader niet kent (staat standaard uit: eigen sleutels zoals kenmerk of auteur mogen).',
    'The front matter has no keys the framework does not know (off by default: keys of your own such as kenmerk or auteur are allowed).',
  ),
  rationale: localized(
    'Departementen voegen eigen gegevens toe; wie alleen kadersleutels wil, zet deze regel aan. Een sleutel die op een kadersleutel lijkt, meldt frontmatter-schema altijd.',
    'Departments add data of their own; whoever wants framework keys only switches this rule on. A key that looks like a framework key is always reported by frontmatter-schema.',
  ),
  example: {
    bad: ['iplan: kwaliteitskader-2022', 'kenmerk: 2026-0042', 'ministerie: BZK'],
    good: ['iplan: kwaliteitskader-2022', 'ministerie: BZK'],
  },
  check({ plan, framework, keyRange, report }) {
    const reading = frontMatterReading(plan, framework);
    for (const unknown of reading?.unknownKeys ?? []) {
      if (unknown.nearMissOf) continue;
      report({
        range: keyRange(unknownKeyPointer(unknown)),
        message: localized(
          `\`${unknown.key}\` is geen sleutel van het kader; iplan controleert de waarde niet. Eigen sleutels kunnen met x- beginnen.`,
          `\`${unknown.key}\` is not a key of the framework; iplan does not check its value. Keys of your own may start with x-.`,
        ),
      });
    }
  },
} satisfies Rule;
