/**
 * Where each finding is shown: beside the header item, the cost chart, the portfolio row or the
 * landscape card its front-matter node belongs to; in the plan text beside its block; or, when
 * the page has no such place, among the general findings at the top. One look-up per finding
 * (the front matter's node tree), so a plan with thousands of findings is placed in linear time.
 */
import { frontMatterPointerAt } from '../core/frontMatterNodes';
import type { Finding } from '../core';
import type { RenderContext } from './context';

/** Keys of the front matter shown in the page header, in order. */
export const HEADER_KEYS = ['ministerie', 'planperiode', 'status', 'versie', 'vastgesteld_op', 'iplan', 'besluit_cio_stelsel', 'boekhoudstelsel'] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];
const HEADER_PLACES = new Set<string>([...HEADER_KEYS, 'titel']);

export const placeKey = {
  header: (key: string) => `header:${key}`,
  costs: 'costs',
  activity: (index: number) => `activity:${index}`,
  landscape: (list: 'doelstellingen' | 'activiteiten', index: number) => `landscape:${list}:${index}`,
};

const GENERAL = 'general';
const BODY = 'body';

/** The place of a finding in the front matter (a place key, or GENERAL), or undefined outside it. */
function frontMatterPlace(finding: Finding, ctx: RenderContext): string | undefined {
  const fm = ctx.plan.frontMatter;
  const line = finding.range.start.line;
  if (!fm || line < fm.range.start.line || line > fm.range.end.line) return undefined;
  if (line === fm.openerRange.start.line) return GENERAL;
  const pointer = frontMatterPointerAt(fm, finding.range.start);
  if (pointer === undefined) return GENERAL;
  const [top, index, child] = pointer.split('/').slice(1);
  const item = Number(index);
  if (HEADER_PLACES.has(top)) return placeKey.header(top);
  if (top === 'kosten') return placeKey.costs;
  if (top === 'doelstellingen' && Number.isInteger(item)) return placeKey.landscape('doelstellingen', item);
  if (top === 'activiteiten' && Number.isInteger(item)) {
    const aboutImpact = child === 'landschapsimpact' || ctx.criterionOf.get(finding.ruleId) === 'landschapsimpact';
    return aboutImpact ? placeKey.landscape('activiteiten', item) : placeKey.activity(item);
  }
  return GENERAL;
}

/**
 * Sorts the findings into `ctx.placed` and returns the rest: those for the plan text and the
 * general ones (including those whose place the page does not show, such as an activity that is
 * not a map).
 */
export function placeFindings(ctx: RenderContext, bodyFirstLine: number): { body: Finding[]; general: Finding[] } {
  const shown = new Set<string>([
    ...[...HEADER_PLACES].map(placeKey.header),
    placeKey.costs,
    ...(ctx.data?.activities ?? []).flatMap((a) => [placeKey.activity(a.index), placeKey.landscape('activiteiten', a.index)]),
    ...(ctx.data?.objectives ?? []).map((o) => placeKey.landscape('doelstellingen', o.index)),
  ]);
  const body: Finding[] = [];
  const general: Finding[] = [];
  for (const finding of ctx.findings) {
    const line = finding.range.start.line;
    const place = frontMatterPlace(finding, ctx) ?? (line === 0 || line < bodyFirstLine ? GENERAL : BODY);
    if (place === BODY) body.push(finding);
    else if (place === GENERAL || !shown.has(place)) general.push(finding);
    else {
      const list = ctx.placed.get(place);
      if (list) list.push(finding);
      else ctx.placed.set(place, [finding]);
    }
  }
  return { body, general };
}
