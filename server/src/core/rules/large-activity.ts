/** Shared by the two large-activity rules: which activities are large, and the key-adding fix. */
import type { ItemView } from '../data';
import type { RuleContext } from '../rule';
import { localized, type Fix } from '../types';
import { euros } from '../money';
import { indentOf, insertLinesAfter, isBlockMap } from './util';

export function largeActivities(context: RuleContext): { activity: ItemView; cost: number }[] {
  const threshold = context.framework.definition.thresholds.largeActivityEuros;
  return context.data!.activities.flatMap((activity) => {
    const cost = activity.raw.totale_kosten;
    return typeof cost === 'number' && cost >= threshold ? [{ activity, cost }] : [];
  });
}

export const isMissing = (value: unknown) => value === undefined || value === null || value === '';

export function thresholdText(context: RuleContext) {
  return euros(context.framework.definition.thresholds.largeActivityEuros);
}

/** Adds `key: null # TODO …` below `totale_kosten` in a block-style activity. */
export function addKeyFix(context: RuleContext, activity: ItemView, key: string, hint: string): Fix | undefined {
  if (key in activity.raw || !isBlockMap(context, activity.pointer)) return undefined;
  const anchor = context.locate(`${activity.pointer}/totale_kosten`);
  if (!anchor?.key) return undefined;
  const indent = indentOf(context.plan.lines, anchor.key);
  return {
    title: localized(`\`${key}\` toevoegen`, `Add \`${key}\``),
    edits: [insertLinesAfter(context.plan, anchor.value, [`${indent}${key}: null # TODO ${hint}`])],
  };
}
