import { describe, expect, it } from 'vitest';
import { applyFix, briefLint, CLEAN, findingsOf, lint, replace, spanOf } from '../../helpers/plans';

const RULE = 'landscape-impact-missing';
const D2_IMPACT = '    landschapsimpact:\n      niveau: geen\n';
const A2_IMPACT = '    landschapsimpact:\n      niveau: laag\n      gegevens: [Archiefstukken]\n      maatregelen: Overdracht in jaarlijkse tranches.\n';

describe(RULE, () => {
  it('fires at the id of an objective without landschapsimpact, and only this rule does', () => {
    const text = replace(CLEAN, D2_IMPACT, '');
    expect(briefLint(text)).toEqual([`${RULE} error ${spanOf(text, 'id', 'id: D2')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.nl).toMatch(/Doelstelling D2.*`landschapsimpact`/);
    expect(finding.message.en).toMatch(/Objective D2.*`landschapsimpact`/);
  });

  it('fires for an activity too', () => {
    const text = replace(CLEAN, A2_IMPACT, '');
    expect(briefLint(text)).toEqual([`${RULE} error ${spanOf(text, 'id', 'id: A2')}`]);
    expect(findingsOf(text, RULE)[0].message.en).toContain('Activity A2');
  });

  it('counts an empty landschapsimpact (null) as missing, without a schema finding', () => {
    const text = replace(CLEAN, D2_IMPACT, '    landschapsimpact:\n');
    expect(briefLint(text)).toEqual([`${RULE} error ${spanOf(text, 'id', 'id: D2')}`]);
    const nulled = replace(CLEAN, D2_IMPACT, '    landschapsimpact: null\n');
    expect(briefLint(nulled)).toEqual([`${RULE} error ${spanOf(nulled, 'id', 'id: D2')}`]);
  });

  it('points at the item when it has no id', () => {
    const text = replace(replace(CLEAN, D2_IMPACT, ''), '  - id: D2\n    titel', '  - titel');
    const findings = findingsOf(text, RULE);
    expect(findings.map((f) => f.range.start)).toEqual([{ line: Number(spanOf(text, 'titel: Vakkundig').split(':')[0]) - 1, character: 4 }]);
    expect(findings[0].message.en).toContain('#2');
  });

  it('does not fire for niveau geen with nothing else', () => {
    expect(lint(CLEAN)).toEqual([]);
    expect(lint(replace(CLEAN, A2_IMPACT, '    landschapsimpact: { niveau: geen }\n'))).toEqual([]);
  });

  it('reports a landschapsimpact of one word at the key, saying what to write, and not the schema too', () => {
    for (const word of ['n.v.t.', 'nvt', 'Geen', 'n/a', '"-"']) {
      const text = replace(CLEAN, D2_IMPACT, `    landschapsimpact: ${word}\n`);
      expect(briefLint(text), word).toEqual([`${RULE} error ${spanOf(text, 'landschapsimpact', 'id: D2')}`]);
      const [finding] = findingsOf(text, RULE);
      expect(finding.message.en).toContain('write `landschapsimpact: { niveau: geen }` when there is no impact');
      expect(finding.message.nl).toContain('schrijf `landschapsimpact: { niveau: geen }` als er geen impact is');
      // Hollow words mean no impact: the fix writes that, and the plan is clean.
      expect(lint(applyFix(text, finding)), word).toEqual([]);
    }
  });

  it('fixes a bare level to that level, leaving what it lacks to landscape-impact-incomplete', () => {
    const text = replace(CLEAN, D2_IMPACT, '    landschapsimpact: Hoog\n');
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.en).toContain("is only ‘Hoog’");
    expect(briefLint(applyFix(text, finding))).toEqual([`landscape-impact-incomplete warning ${spanOf(text, 'landschapsimpact', 'id: D2')}`]);
  });

  it('reports a word that is no level and says nothing, without a fix', () => {
    const text = replace(CLEAN, D2_IMPACT, '    landschapsimpact: beperkt\n');
    expect(briefLint(text)).toEqual([`${RULE} error ${spanOf(text, 'landschapsimpact', 'id: D2')}`]);
    expect(findingsOf(text, RULE)[0].fix).toBeUndefined();
  });

  it('leaves a list in place of the mapping to the schema', () => {
    const text = replace(CLEAN, D2_IMPACT, '    landschapsimpact: [geen]\n');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '[geen]', 'id: D2')}`]);
  });
});
