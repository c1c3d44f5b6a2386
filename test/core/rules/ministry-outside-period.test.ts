import { describe, expect, it } from 'vitest';
import { applyFix, briefLint, CLEAN, findingsOf, lint, replace, spanOf } from '../../helpers/plans';

const RULE = 'ministry-outside-period';
/** CLEAN (BZK, concept, 2026–2028) for another ministry, period and adoption date. */
function plan(ministry: string, van: number, tot: number, adoptedOn?: string): string {
  let text = replace(CLEAN, 'ministerie: BZK', `ministerie: ${ministry}`);
  text = replace(text, 'van: 2026', `van: ${van}`);
  text = replace(text, 'tot: 2028', `tot: ${tot}`);
  if (adoptedOn) text = replace(text, 'status: concept', `status: vastgesteld\nvastgesteld_op: ${adoptedOn}`);
  return text;
}
const only = (text: string) => lint(text).filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  it('reports EZK for a period after the 2024 reorganisation at the value, naming both successors, without a fix', () => {
    const text = plan('EZK', 2026, 2028);
    expect(only(text).map((f) => `${f.severity} ${spanOf(text, 'EZK')}`)).toEqual([`error ${spanOf(text, 'EZK')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.en).toBe('EZK existed until 2 July 2024, before the plan period 2026–2028; its work passed to `EZ` or `KGG`: write the ministry that makes the plan now.');
    expect(finding.message.nl).toBe('EZK bestond tot 2 juli 2024, vóór de planperiode 2026–2028; het werk ging over naar `EZ` of `KGG`: schrijf het ministerie dat het plan nu maakt.');
    expect(finding.fix).toBeUndefined();
  });

  it('fixes LNV to its one successor, LVVN', () => {
    const text = plan('LNV', 2026, 2028);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.en).toContain('passed to `LVVN`');
    expect(lint(applyFix(text, finding))).toEqual(lint(plan('LVVN', 2026, 2028)));
    expect(findingsOf(plan('LVVN', 2026, 2028), RULE)).toEqual([]);
  });

  it('reports a plan of a ministry that no longer existed on the day it was adopted', () => {
    const text = plan('EZK', 2024, 2027, '2024-09-12');
    expect(briefLint(text).filter((f) => f.startsWith(RULE))).toEqual([`${RULE} error ${spanOf(text, 'EZK')}`]);
    expect(findingsOf(text, RULE)[0].message.en).toContain('The plan was adopted on 12 September 2024, but EZK existed until 2 July 2024');
  });

  it('accepts a plan adopted before the reorganisation for a period running past it, and a concept whose period starts before it', () => {
    expect(findingsOf(plan('EZK', 2024, 2027, '2023-12-14'), RULE)).toEqual([]);
    expect(findingsOf(plan('LNV', 2023, 2026, '2022-12-15'), RULE)).toEqual([]);
    expect(findingsOf(plan('EZK', 2024, 2027), RULE)).toEqual([]);
    // The day before the end still counts; the day itself does not.
    expect(findingsOf(plan('EZK', 2024, 2027, '2024-07-01'), RULE)).toEqual([]);
    expect(findingsOf(plan('EZK', 2024, 2027, '2024-07-02'), RULE)).toHaveLength(1);
  });

  it('reports a new ministry adopted before it existed or planning only before it', () => {
    expect(findingsOf(plan('KGG', 2024, 2027, '2024-03-01'), RULE)[0].message.en).toContain('KGG exists only since 2 July 2024');
    expect(findingsOf(plan('VRO', 2021, 2023), RULE)[0].message.en).toBe(
      'VRO exists only since 2 July 2024, after the plan period 2021–2023: write the ministry that made the plan then.',
    );
    expect(findingsOf(plan('KGG', 2025, 2029), RULE)).toEqual([]);
    expect(findingsOf(plan('AENM', 2024, 2027, '2024-07-02'), RULE)).toEqual([]);
  });

  it('reads a quoted adoption date and ignores ministries the framework names no dates for', () => {
    expect(findingsOf(plan('EZK', 2024, 2027, '"2024-09-12"'), RULE)).toHaveLength(1);
    expect(findingsOf(plan('BZK', 1990, 1993, '1989-12-01'), RULE)).toEqual([]);
  });
});
