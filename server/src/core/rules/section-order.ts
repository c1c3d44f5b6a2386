import type { Rule } from '../rule';
import { localized } from '../types';

/**
 * Indexes of the longest run that follows the framework's order, preferring sections that come
 * earlier in the file, so the fewest sections are reported and a swapped pair reports only one.
 */
function inOrder(orders: number[]): Set<number> {
  const n = orders.length;
  const longestFrom = new Array<number>(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if (orders[j] > orders[i]) longestFrom[i] = Math.max(longestFrom[i], longestFrom[j] + 1);
  }
  const keep = new Set<number>();
  let remaining = Math.max(0, ...longestFrom);
  let last = -Infinity;
  for (let i = 0; i < n && remaining > 0; i++) {
    if (orders[i] > last && longestFrom[i] === remaining) {
      keep.add(i);
      last = orders[i];
      remaining--;
    }
  }
  return keep;
}

export default {
  id: 'section-order',
  defaultSeverity: 'warning',
  criterion: 'opbouw',
  basis: 'inferred',
  description: localized('De onderdelen staan in de volgorde van het kader.', "Sections follow the framework's order."),
  rationale: localized(
    'Een vaste volgorde laat lezers plannen van verschillende ministeries naast elkaar leggen.',
    "A fixed order lets readers compare different ministries' plans side by side.",
  ),
  example: {
    bad: [
      '## 10. I-vakmanschap',
      '',
      'We werven twintig vaste medewerkers.',
      '',
      '## 11. Levenscyclusmanagement en legacy',
      '',
      'Twee maatwerksystemen worden uitgefaseerd.',
    ],
    good: [
      '## 10. Levenscyclusmanagement en legacy',
      '',
      'Twee maatwerksystemen worden uitgefaseerd.',
      '',
      '## 11. I-vakmanschap',
      '',
      'We werven twintig vaste medewerkers.',
    ],
  },
  check({ plan, framework, report }) {
    const seen = new Set<string>();
    const placed = plan.sections.filter((s) => {
      if (!s.frameworkId || seen.has(s.frameworkId)) return false;
      seen.add(s.frameworkId);
      return true;
    });
    const orders = placed.map((s) => framework.sectionById.get(s.frameworkId!)!.order);
    const keep = inOrder(orders);
    placed.forEach((section, i) => {
      if (keep.has(i)) return;
      const definition = framework.sectionById.get(section.frameworkId!)!;
      // The first kept section that the framework puts after this one: it should come before that.
      const next = placed.find((_, j) => keep.has(j) && orders[j] > orders[i]);
      const nextTitle = next ? `‘${next.heading.text}’` : undefined;
      report({
        range: section.heading.range,
        message: localized(
          `Het onderdeel ‘${section.heading.text}’ staat niet op zijn plaats; in het kader is het onderdeel ${definition.order + 1}${nextTitle ? ` en komt het vóór ${nextTitle}` : ''}.`,
          `The section ‘${section.heading.text}’ is out of place; it is section ${definition.order + 1} of the framework${nextTitle ? ` and comes before ${nextTitle}` : ''}.`,
        ),
        related: next ? [{ range: next.heading.range, message: localized('Het onderdeel hoort vóór deze kop', 'The section belongs before this heading') }] : undefined,
      });
    });
  },
} satisfies Rule;
