/** Shared by the landscape-impact rules and the placeholder rule: what an impact leaves unsaid. */
import type { ItemView, PlanData } from '../data';
import type { Framework } from '../framework';
import { foldValue } from '../frontMatterReading';
import { isHollow } from '../hollow';

interface ImpactGap {
  item: ItemView;
  niveau: string;
  /** What the impact does not name: no systems or data, no measures. */
  missing: ('systems' | 'measures')[];
  /** Values given that say nothing (`n.v.t.`, `-`, `None`), with their pointers. */
  hollow: { pointer: string; text: string }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const gapsOf = new WeakMap<object, WeakMap<Framework, readonly ImpactGap[]>>();

/**
 * The objectives and activities whose impact above `geen` names no systems or data, or no
 * measures. Worked out once per front matter (its parsed data, the same object while its text is)
 * and framework: two rules ask on every check, and an edit of the body changes none of it.
 */
export function impactGaps(data: PlanData, framework: Framework): readonly ImpactGap[] {
  let byFramework = gapsOf.get(data.raw);
  if (!byFramework) {
    byFramework = new WeakMap();
    gapsOf.set(data.raw, byFramework);
  }
  let gaps = byFramework.get(framework);
  if (!gaps) {
    gaps = findGaps(data, framework);
    byFramework.set(framework, gaps);
  }
  return gaps;
}

function findGaps(data: PlanData, framework: Framework): ImpactGap[] {
  const gaps: ImpactGap[] = [];
  for (const item of [...data.objectives, ...data.activities]) {
    const impact = item.raw.landschapsimpact;
    if (!isRecord(impact)) continue;
    const { niveau, systemen, gegevens, maatregelen } = impact;
    // `Geen` is geen: the schema rule asks for the spelling, this rule reads the meaning.
    if (typeof niveau !== 'string' || foldValue(niveau) === 'geen') continue;
    const hollow: ImpactGap['hollow'] = [];
    const says = (value: unknown, pointer: string) => {
      if (typeof value !== 'string' || value.trim() === '') return false;
      if (!isHollow(framework.hollowWords, value)) return true;
      hollow.push({ pointer, text: value });
      return false;
    };
    const names = (list: unknown, key: string) =>
      Array.isArray(list) && list.map((value, index) => says(value, `${item.pointer}/landschapsimpact/${key}/${index}`)).some(Boolean);
    const missing: ImpactGap['missing'] = [];
    // Both lists are read in full, so every hollow value is known.
    const systems = names(systemen, 'systemen');
    const data = names(gegevens, 'gegevens');
    if (!systems && !data) missing.push('systems');
    if (!says(maatregelen, `${item.pointer}/landschapsimpact/maatregelen`)) missing.push('measures');
    if (missing.length > 0) gaps.push({ item, niveau, missing, hollow });
  }
  return gaps;
}
