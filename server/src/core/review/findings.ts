/**
 * Findings matched between two versions of a plan without their line numbers: by rule, by where
 * they are in terms of the plan (the section of the text, or the front-matter key, with list
 * items named by their id and cost entries by their year) and by message. A paragraph moved
 * down, an activity inserted above another or a section moved is then no finding fixed and one
 * new; a finding that appears a second time is one new finding.
 */
import { planData, type PlanData } from '../data';
import { frontMatterPointerAt } from '../frontMatterNodes';
import type { Plan } from '../plan';
import { pointerSegments } from '../pointer';
import type { Finding } from '../types';
import { textPieces } from './sections';

interface FindingChanges {
  fixed: Finding[];
  new: Finding[];
}

/** `/activiteiten/3/acict` → `/activiteiten/[A4]/acict`; `/kosten/1/jaar` → `/kosten/[2027]/jaar`. */
function stablePointer(pointer: string, data: PlanData | undefined): string {
  const [list, index, ...rest] = pointerSegments(pointer);
  const position = Number(index);
  if (!Number.isInteger(position) || position < 0) return pointer;
  let name: string | undefined;
  if (list === 'activiteiten' || list === 'doelstellingen') {
    const item = (list === 'activiteiten' ? data?.activities : data?.objectives)?.find((i) => i.index === position);
    name = item?.id ?? item?.name;
  } else if (list === 'kosten') {
    const jaar = data?.costs?.find((entry) => entry.index === position)?.jaar;
    name = jaar === undefined ? undefined : String(jaar);
  }
  return name === undefined ? pointer : ['', list, `[${name}]`, ...rest].join('/');
}

/** Where a finding is, in words that survive an edit elsewhere in the plan. */
function findingPlaces(plan: Plan, findings: readonly Finding[]): Map<Finding, string> {
  const fm = plan.frontMatter;
  const data = planData(plan);
  const pieces = textPieces(plan);
  const places = new Map<Finding, string>();
  for (const finding of findings) {
    const line = finding.range.start.line;
    let place = 'document';
    if (fm && line >= fm.range.start.line && line <= fm.range.end.line) {
      const pointer = line === fm.openerRange.start.line ? undefined : frontMatterPointerAt(fm, finding.range.start);
      place = pointer === undefined ? 'front-matter' : `front-matter:${stablePointer(pointer, data)}`;
    } else {
      const offset = plan.lines.offsetAt(finding.range.start);
      const piece = pieces.find((p) => offset >= p.start && offset < p.end);
      if (piece) place = `text:${piece.key}`;
    }
    places.set(finding, place);
  }
  return places;
}

const keyOf = (finding: Finding, place: string) => `${finding.ruleId}\u0000${place}\u0000${finding.message.en}`;

/** The findings only the old version has (fixed) and those only the new one has (new), each in its plan's order. */
export function compareFindings(oldPlan: Plan, oldFindings: readonly Finding[], newPlan: Plan, newFindings: readonly Finding[]): FindingChanges {
  const oldPlaces = findingPlaces(oldPlan, oldFindings);
  const newPlaces = findingPlaces(newPlan, newFindings);
  const remaining = new Map<string, number>();
  for (const finding of oldFindings) {
    const key = keyOf(finding, oldPlaces.get(finding)!);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const added: Finding[] = [];
  for (const finding of newFindings) {
    const key = keyOf(finding, newPlaces.get(finding)!);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else added.push(finding);
  }
  const fixed: Finding[] = [];
  for (const finding of [...oldFindings].reverse()) {
    const key = keyOf(finding, oldPlaces.get(finding)!);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      fixed.push(finding);
    }
  }
  return { fixed: fixed.reverse(), new: added };
}
