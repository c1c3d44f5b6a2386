/**
 * The check the two large-activity rules share: an activity from the threshold on must have a
 * key (`dashboard_nummer`, `acict`). Each rule is still a file of its own with its own metadata;
 * they differ only in the key, what the fix leaves to fill in, and what the message asks for.
 */
import type { ItemView } from '../data';
import type { RuleContext } from '../rule';
import { localized, type Fix, type Localized } from '../types';
import { euros } from '../money';
import { indentOf, insertLinesAfter, isBlockMap } from './util';

interface LargeActivityKey {
  key: string;
  /** Written after `# TODO` by the fix: what to fill in. */
  hint: string;
  /** The end of the message: what the author should give. */
  ask: Localized;
}

function largeActivities(context: RuleContext): { activity: ItemView; cost: number }[] {
  const threshold = context.framework.definition.thresholds.largeActivityEuros;
  return context.data!.activities.flatMap((activity) => {
    const cost = activity.raw.totale_kosten;
    return typeof cost === 'number' && cost >= threshold ? [{ activity, cost }] : [];
  });
}

const isMissing = (value: unknown) => value === undefined || value === null || value === '';

/** Adds `key: null # TODO …` below `totale_kosten` in a block-style activity. */
function addKeyFix(context: RuleContext, activity: ItemView, key: string, hint: string): Fix | undefined {
  if (key in activity.raw || !isBlockMap(context, activity.pointer)) return undefined;
  const anchor = context.locate(`${activity.pointer}/totale_kosten`);
  if (!anchor?.key) return undefined;
  const indent = indentOf(context.plan.lines, anchor.key);
  return {
    title: localized(`\`${key}\` toevoegen`, `Add \`${key}\``),
    edits: [insertLinesAfter(context.plan, anchor.value, [`${indent}${key}: null # TODO ${hint}`])],
  };
}

/** The `check` of a rule that asks every large activity for `key`. */
export function requireKeyOfLargeActivities({ key, hint, ask }: LargeActivityKey): (context: RuleContext) => void {
  return (context) => {
    const threshold = euros(context.framework.definition.thresholds.largeActivityEuros);
    for (const { activity, cost } of largeActivities(context)) {
      if (!isMissing(activity.raw[key])) continue;
      const name = activity.name ?? activity.id ?? `#${activity.index + 1}`;
      const costs = euros(cost);
      context.report({
        range: context.keyRange(`${activity.pointer}/totale_kosten`),
        message: localized(
          `Activiteit ‘${name}’ kost ${costs.nl} (vanaf ${threshold.nl} een grote ICT-activiteit) maar heeft geen \`${key}\`; ${ask.nl}.`,
          `Activity ‘${name}’ costs ${costs.en} (a large ICT activity from ${threshold.en}) but has no \`${key}\`; ${ask.en}.`,
        ),
        fix: addKeyFix(context, activity, key, hint),
      });
    }
  };
}
