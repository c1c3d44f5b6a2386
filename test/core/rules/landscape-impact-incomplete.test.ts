import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lint, replace, spanOf } from '../../helpers/plans';

const RULE = 'landscape-impact-incomplete';
const D1_IMPACT = '      niveau: midden\n      systemen: [Security Operations Center]\n      maatregelen: Logging aansluiten op het SOC.\n';
const withD1 = (impact: string) => replace(CLEAN, D1_IMPACT, impact);

describe(RULE, () => {
  it('warns at the landschapsimpact key when an impact above geen names nothing', () => {
    const text = withD1('      niveau: laag\n');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'landschapsimpact', 'id: D1')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.nl).toMatch(/doelstelling D1.*‘laag’.*`systemen` \/ `gegevens` en `maatregelen`/);
    expect(finding.message.en).toMatch(/objective D1.*‘laag’.*`systemen` \/ `gegevens` and `maatregelen`/);
  });

  it('warns when the systems and data lists are empty', () => {
    const text = withD1('      niveau: hoog\n      systemen: []\n      gegevens: []\n      maatregelen: Migreren.\n');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'landschapsimpact', 'id: D1')}`]);
    expect(findingsOf(text, RULE)[0].message.en).not.toContain('`maatregelen`');
  });

  it('warns when maatregelen is missing or blank', () => {
    for (const maatregelen of ['', '      maatregelen: ""\n', '      maatregelen: "   "\n']) {
      const text = withD1(`      niveau: midden\n      systemen: [SOC]\n${maatregelen}`);
      expect(briefLint(text), maatregelen).toEqual([`${RULE} warning ${spanOf(text, 'landschapsimpact', 'id: D1')}`]);
      expect(findingsOf(text, RULE)[0].message.en).toMatch(/names no `maatregelen`/);
    }
  });

  it('warns for an activity too', () => {
    const text = replace(CLEAN, '      gegevens: [Archiefstukken]\n', '');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'landschapsimpact', 'id: A2')}`]);
    expect(findingsOf(text, RULE)[0].message.en).toContain('activity A2');
  });

  it('does not warn for niveau geen with nothing else', () => {
    expect(lint(withD1('      niveau: geen\n'))).toEqual([]);
  });

  it('is satisfied by systems or data, with measures', () => {
    expect(lint(withD1('      niveau: hoog\n      gegevens: [Logging]\n      maatregelen: Aansluiten.\n'))).toEqual([]);
    expect(lint(withD1('      niveau: hoog\n      systemen: [SOC]\n      gegevens: []\n      maatregelen: Aansluiten.\n'))).toEqual([]);
  });

  it('leaves a missing or unreadable impact to other rules', () => {
    expect(lint(withD1('      niveau: extreem\n      systemen: [SOC]\n      maatregelen: x\n')).map((f) => f.ruleId)).toEqual(['frontmatter-schema']);
    expect(findingsOf(replace(CLEAN, '    landschapsimpact:\n' + D1_IMPACT, ''), RULE)).toEqual([]);
  });
});
