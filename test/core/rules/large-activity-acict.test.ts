import { describe, expect, it } from 'vitest';
import { applyFix, briefLint, CLEAN, findingsOf, lint, removeLine, replace, spanOf } from '../../helpers/plans';

const RULE = 'large-activity-acict';

describe(RULE, () => {
  it('fires at totale_kosten of a large activity without acict', () => {
    const text = removeLine(CLEAN, 'acict: gemeld');
    expect(briefLint(text)).toEqual([`${RULE} error ${spanOf(text, 'totale_kosten', 'id: A1')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.nl).toMatch(/Vervanging zaaksysteem.*`acict`.*gemeld, getoetst of niet-van-toepassing/);
    expect(finding.message.en).toMatch(/Vervanging zaaksysteem.*`acict`.*gemeld, getoetst or niet-van-toepassing/);
  });

  it('counts acict left empty as missing', () => {
    for (const empty of ['acict:', 'acict: null', "acict: ''"]) {
      const text = replace(CLEAN, 'acict: gemeld', empty);
      expect(briefLint(text), empty).toEqual([`${RULE} error ${spanOf(text, 'totale_kosten', 'id: A1')}`]);
    }
  });

  it('fires for exactly € 5 000 000 and not for € 4 999 999', () => {
    const at5 = replace(replace(CLEAN, 'totale_kosten: 3900000', 'totale_kosten: 5000000'), '    landschapsimpact:\n      niveau: laag', '    dashboard_nummer: BZK-0099\n    landschapsimpact:\n      niveau: laag');
    expect(briefLint(at5)).toEqual([`${RULE} error ${spanOf(at5, 'totale_kosten', 'id: A2')}`]);
    expect(lint(replace(CLEAN, 'totale_kosten: 3900000', 'totale_kosten: 4999999'))).toEqual([]);
  });

  it('accepts every AcICT status', () => {
    for (const status of ['gemeld', 'getoetst', 'niet-van-toepassing']) {
      expect(lint(replace(CLEAN, 'acict: gemeld', `acict: ${status}`)), status).toEqual([]);
    }
  });

  it('leaves an unknown status to the schema', () => {
    const text = replace(CLEAN, 'acict: gemeld', 'acict: aangemeld');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'aangemeld')}`]);
  });

  it('its fix adds the key below totale_kosten', () => {
    const text = removeLine(CLEAN, 'acict: gemeld');
    const fixed = applyFix(text, findingsOf(text, RULE)[0]);
    expect(fixed).toBe(
      replace(text, '    totale_kosten: 7400000\n', '    totale_kosten: 7400000\n    acict: null # TODO gemeld | getoetst | niet-van-toepassing\n'),
    );
    expect(findingsOf(fixed, RULE).map((f) => f.fix)).toEqual([undefined]);
    expect(findingsOf(fixed, 'frontmatter-schema')).toEqual([]);
  });

  it('both fixes together give two new keys', () => {
    const text = removeLine(removeLine(CLEAN, 'acict: gemeld'), 'dashboard_nummer');
    const findings = lint(text).filter((f) => f.fix);
    expect(findings.map((f) => f.ruleId)).toEqual(['large-activity-acict', 'large-activity-dashboard']);
    const fixed = applyFix(text, { ...findings[0], fix: { title: findings[0].fix!.title, edits: findings.flatMap((f) => f.fix!.edits) } });
    expect(fixed).toContain('    totale_kosten: 7400000\n    acict: null # TODO');
    expect(fixed).toContain('    dashboard_nummer: null # TODO');
    expect(findingsOf(fixed, 'frontmatter-syntax')).toEqual([]);
  });
});
