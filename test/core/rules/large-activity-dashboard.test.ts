import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../server/src/core';
import { applyFix, briefLint, CLEAN, findingsOf, framework, lint, removeLine, replace, spanOf } from '../../helpers/plans';

const RULE = 'large-activity-dashboard';

describe(RULE, () => {
  it('fires at totale_kosten of a large activity without dashboard_nummer', () => {
    const text = removeLine(CLEAN, 'dashboard_nummer');
    expect(briefLint(text)).toEqual([`${RULE} error ${spanOf(text, 'totale_kosten', 'id: A1')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.nl).toMatch(/Vervanging zaaksysteem.*€ 7\.400\.000.*€ 5\.000\.000.*`dashboard_nummer`/);
    expect(finding.message.en).toMatch(/Vervanging zaaksysteem.*€7,400,000.*€5,000,000.*`dashboard_nummer`/);
  });

  it('fires for an activity of exactly € 5 000 000, and counts null and "" as missing', () => {
    const text = replace(CLEAN, 'totale_kosten: 3900000', 'totale_kosten: 5000000');
    expect(findingsOf(text, RULE).map((f) => f.message.en)).toEqual([expect.stringContaining('Inrichting e-depot')]);
    expect(findingsOf(replace(CLEAN, 'dashboard_nummer: BZK-0042', 'dashboard_nummer:'), RULE)).toHaveLength(1);
    expect(briefLint(replace(CLEAN, 'dashboard_nummer: BZK-0042', "dashboard_nummer: ''"))).toEqual([`${RULE} error ${spanOf(CLEAN, 'totale_kosten', 'id: A1')}`]);
  });

  it('does not fire for an activity of € 4 999 999', () => {
    expect(lint(replace(CLEAN, 'totale_kosten: 3900000', 'totale_kosten: 4999999'))).toEqual([]);
  });

  it('does not fire when the activity has a number, or when its cost is unreadable', () => {
    expect(findingsOf(CLEAN, RULE)).toEqual([]);
    const text = replace(removeLine(CLEAN, 'dashboard_nummer'), 'totale_kosten: 7400000', 'totale_kosten: "7,4 mln"');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['frontmatter-schema']);
  });

  it('follows the threshold of the framework', () => {
    const lower = withOverrides(framework, { thresholds: { largeActivityEuros: 3000000 } });
    const findings = lint(CLEAN, {}, lower).filter((f) => f.ruleId === RULE);
    expect(findings.map((f) => f.message.en)).toEqual([expect.stringContaining('Inrichting e-depot')]);
  });

  describe('its fix', () => {
    it('adds the key below totale_kosten, to be filled in', () => {
      const text = removeLine(CLEAN, 'dashboard_nummer');
      const fixed = applyFix(text, findingsOf(text, RULE)[0]);
      expect(fixed).toBe(replace(CLEAN, 'dashboard_nummer: BZK-0042', 'dashboard_nummer: null # TODO nummer op het Rijks ICT-dashboard'));
      // The number itself must still come from the author: the finding stays, without a fix.
      const after = findingsOf(fixed, RULE);
      expect(after).toHaveLength(1);
      expect(after[0].fix).toBeUndefined();
      expect(findingsOf(fixed, 'frontmatter-schema')).toEqual([]);
    });

    it('is not offered for a flow-style activity', () => {
      const flow = replace(
        CLEAN,
        '  - id: A2\n    naam: Inrichting e-depot\n    totale_kosten: 3900000\n    landschapsimpact:\n      niveau: laag\n      gegevens: [Archiefstukken]\n      maatregelen: Overdracht in jaarlijkse tranches.\n',
        '  - { id: A2, naam: Inrichting e-depot, totale_kosten: 6000000, acict: gemeld, landschapsimpact: { niveau: geen } }\n',
      );
      const findings = findingsOf(flow, RULE);
      expect(findings.map((f) => f.range.start.line + 1)).toEqual([Number(spanOf(flow, 'totale_kosten: 6000000').split(':')[0])]);
      expect(findings[0].fix).toBeUndefined();
    });
  });
});
