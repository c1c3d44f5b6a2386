import { describe, expect, it } from 'vitest';
import { applyFix, briefLint, CLEAN, findingsOf, lint, removeLine, replace, spanOf } from '../../helpers/plans';

const spanLine = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
const ENTRY_2027 = '  - jaar: 2027\n    vernieuwing: 1500000\n    beheer_en_onderhoud: 2000000\n';
const ENTRY_2028 = '  - jaar: 2028\n    vernieuwing: 500000\n    beheer_en_onderhoud: 2500000\n';

describe('cost-year-missing', () => {
  it('fires at the kosten key for a plan year without an entry', () => {
    const text = replace(CLEAN, ENTRY_2027, '');
    expect(briefLint(text)).toEqual([`cost-year-missing error ${spanOf(text, 'kosten')}`]);
    const [finding] = findingsOf(text, 'cost-year-missing');
    expect(finding.message.nl).toContain('2027');
    expect(finding.message.en).toContain('2027');
  });

  it('fires at the entry for a year lacking a component, naming it, and nothing else fires', () => {
    const text = removeLine(CLEAN, 'beheer_en_onderhoud: 2000000', 'jaar: 2027');
    expect(briefLint(text)).toEqual([`cost-year-missing error ${spanOf(text, 'jaar: 2027\n    vernieuwing: 1500000')}`]);
    const [finding] = findingsOf(text, 'cost-year-missing');
    expect(finding.message.en).toMatch(/2027.*`beheer_en_onderhoud`/);
    expect(finding.message.nl).toMatch(/2027.*`beheer_en_onderhoud`/);
    expect(finding.message.en).not.toContain('`vernieuwing`');
  });

  it('counts a component left empty (null) as missing', () => {
    const text = replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing:');
    expect(briefLint(text)).toEqual([`cost-year-missing error ${spanOf(text, 'jaar: 2027\n    vernieuwing:\n    beheer_en_onderhoud: 2000000')}`]);
    expect(findingsOf(text, 'cost-year-missing')[0].message.en).toContain('`vernieuwing`');
  });

  it('leaves an amount left open beside a placeholder (`null # TODO`) to the placeholder rule', () => {
    const open = replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing: null # TODO bedrag invullen');
    expect(lint(open).map((f) => f.ruleId)).toEqual(['placeholder']);
    // A comment without a placeholder word leaves nothing open on purpose.
    const commented = replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing: null # volgt');
    expect(lint(commented).map((f) => f.ruleId)).toEqual(['cost-year-missing']);
  });

  it('names both components when both are missing', () => {
    const text = removeLine(removeLine(CLEAN, 'vernieuwing: 1500000'), 'beheer_en_onderhoud: 2000000', 'jaar: 2027');
    expect(findingsOf(text, 'cost-year-missing')[0].message.en).toMatch(/`vernieuwing` and `beheer_en_onderhoud`/);
    expect(findingsOf(text, 'cost-year-missing')[0].message.nl).toMatch(/`vernieuwing` en `beheer_en_onderhoud`/);
  });

  it('does not fire when every year has both components, nor for a year of 0 euros', () => {
    expect(lint(CLEAN)).toEqual([]);
    let zero = replace(CLEAN, 'vernieuwing: 500000', 'vernieuwing: 0');
    zero = replace(zero, '| 2028 | 500.000 | 2.500.000 | 3.000.000 |', '| 2028 | - | 2.500.000 | 2.500.000 |');
    zero = replace(zero, '| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |', '| **Totaal** | 2.500.000 | 6.500.000 | 9.000.000 |');
    expect(lint(zero)).toEqual([]);
  });

  it('does not fire when the period is unusable or kosten is absent (other rules report that)', () => {
    expect(lint(replace(CLEAN, 'tot: 2028', 'tot: 2020')).map((f) => f.ruleId)).toEqual(['period-invalid']);
    const noCosts = CLEAN.replace(/kosten:\n[\s\S]*?(?=doelstellingen:)/, '');
    expect(briefLint(noCosts)).toEqual(['frontmatter-schema error 1:1-1:4']);
  });

  describe('its fix adds the year in order, amounts left open', () => {
    it('between two years', () => {
      const text = replace(CLEAN, ENTRY_2027, '');
      const fixed = applyFix(text, findingsOf(text, 'cost-year-missing')[0]);
      expect(fixed).toBe(
        replace(CLEAN, ENTRY_2027, '  - jaar: 2027\n    vernieuwing: null # TODO bedrag invullen\n    beheer_en_onderhoud: null # TODO bedrag invullen\n'),
      );
      // The year is there now; its amounts are left open beside a TODO, which is the placeholder
      // rule's to report (an error once the plan is adopted), not a year missing again.
      expect(findingsOf(fixed, 'cost-year-missing')).toEqual([]);
      expect(findingsOf(fixed, 'placeholder').map((f) => f.range.start.line)).toEqual([spanLine(fixed, 'vernieuwing: null'), spanLine(fixed, 'beheer_en_onderhoud: null')]);
    });

    it('after the last entry', () => {
      const text = replace(CLEAN, ENTRY_2028, '');
      const fixed = applyFix(text, findingsOf(text, 'cost-year-missing')[0]);
      expect(fixed).toBe(
        replace(CLEAN, ENTRY_2028, '  - jaar: 2028\n    vernieuwing: null # TODO bedrag invullen\n    beheer_en_onderhoud: null # TODO bedrag invullen\n'),
      );
      expect(findingsOf(fixed, 'frontmatter-schema')).toEqual([]);
    });

    it('before the first entry', () => {
      const text = replace(CLEAN, '  - jaar: 2026\n    vernieuwing: 1000000\n    beheer_en_onderhoud: 2000000\n', '');
      const fixed = applyFix(text, findingsOf(text, 'cost-year-missing')[0]);
      expect(fixed).toContain('kosten:\n  - jaar: 2026\n    vernieuwing: null # TODO bedrag invullen\n    beheer_en_onderhoud: null # TODO bedrag invullen\n  - jaar: 2027\n');
    });

    it('in flow style when the entries are written so', () => {
      const flow = CLEAN.replace(
        /kosten:\n[\s\S]*?(?=doelstellingen:)/,
        'kosten:\n  - { jaar: 2026, vernieuwing: 1000000, beheer_en_onderhoud: 2000000 }\n  - { jaar: 2028, vernieuwing: 500000, beheer_en_onderhoud: 2500000 }\n',
      );
      const fixed = applyFix(flow, findingsOf(flow, 'cost-year-missing')[0]);
      expect(fixed).toContain(
        '  - { jaar: 2026, vernieuwing: 1000000, beheer_en_onderhoud: 2000000 }\n  - { jaar: 2027, vernieuwing: null, beheer_en_onderhoud: null } # TODO bedrag invullen\n  - { jaar: 2028,',
      );
      expect(findingsOf(fixed, 'cost-year-missing')).toEqual([]);
      expect(findingsOf(fixed, 'placeholder')).toHaveLength(1);
    });

    it('several missing years, applied together, land in order', () => {
      const text = replace(replace(CLEAN, ENTRY_2027, ''), ENTRY_2028, '');
      const findings = findingsOf(text, 'cost-year-missing');
      expect(findings).toHaveLength(2);
      const fixed = applyFix(text, { ...findings[0], fix: { title: findings[0].fix!.title, edits: findings.flatMap((f) => f.fix!.edits) } });
      expect(fixed.match(/jaar: \d{4}/g)).toEqual(['jaar: 2026', 'jaar: 2027', 'jaar: 2028']);
    });
  });
});
