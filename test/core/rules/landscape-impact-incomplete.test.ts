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

  it('counts systems, data and measures that say only n.v.t., geen, - or see above as not named', () => {
    for (const [systems, measures] of [
      ['[n.v.t.]', 'n.v.t.'],
      ['["-"]', 'Geen.'],
      ['[nvt, geen]', 'Nader te bepalen'],
      ['[None]', 'See above.'],
      ['[N/A]', 'zie boven'],
    ]) {
      const text = withD1(`      niveau: midden\n      systemen: ${systems}\n      maatregelen: ${measures}\n`);
      expect(briefLint(text), `${systems} ${measures}`).toEqual([`${RULE} warning ${spanOf(text, 'landschapsimpact', 'id: D1')}`]);
      const [finding] = findingsOf(text, RULE);
      expect(finding.message.en).toMatch(/names no `systemen` \/ `gegevens` and `maatregelen` \(.* says nothing\)/);
      expect(finding.message.nl).toMatch(/noemt geen `systemen` \/ `gegevens` en `maatregelen` \(.* zegt niets\)/);
    }
  });

  it('reports a hollow "nader te bepalen" once, as an incomplete impact, not as a placeholder too', () => {
    const text = withD1('      niveau: hoog\n      systemen: [SOC]\n      maatregelen: nader te bepalen\n');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'landschapsimpact', 'id: D1')}`]);
  });

  it('accepts a real name beside a hollow one, and words that only contain a hollow word', () => {
    expect(lint(withD1('      niveau: midden\n      systemen: [n.v.t., SOC]\n      maatregelen: Geen extra licenties nodig; SOC-koppeling in 2026.\n'))).toEqual([]);
    expect(lint(withD1('      niveau: midden\n      gegevens: [Geen-data-register]\n      maatregelen: Zie boven, plus een migratieplan per dienst.\n'))).toEqual([]);
  });

  it('lets n.v.t. stand at niveau geen', () => {
    expect(lint(withD1('      niveau: geen\n      systemen: [n.v.t.]\n      maatregelen: n.v.t.\n'))).toEqual([]);
  });
});
