import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lint, removeLine, replace, replaceLine, spanOf } from '../../helpers/plans';

const schema = (text: string) => findingsOf(text, 'frontmatter-schema');

describe('frontmatter-schema', () => {
  it('reports an enum value at the value, with a suggestion', () => {
    const text = replace(CLEAN, 'ministerie: BZK', 'ministerie: BKZ');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'BKZ')}`]);
    const [finding] = schema(text);
    expect(finding.message.en).toContain('BKZ');
    expect(finding.message.en).toContain('did you mean BZK');
    expect(finding.message.nl).toContain('bedoelt u BZK');
  });

  it('reports an unknown key at the key', () => {
    const text = replace(CLEAN, 'status: concept', 'status: concept\nstatuss: concept');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'statuss')}`]);
    expect(schema(text)[0].message.en).toMatch(/`statuss`.*`status`/);
  });

  it('reports a missing top-level key on the opening --- line', () => {
    const text = removeLine(CLEAN, 'titel: Testplan');
    expect(briefLint(text)).toEqual(['frontmatter-schema error 1:1-1:4']);
    expect(schema(text)[0].message.en).toContain('`titel`');
  });

  it('reports a missing nested key at its parent key', () => {
    const text = removeLine(CLEAN, 'van: 2026');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'planperiode')}`]);
    expect(schema(text)[0].message.en).toMatch(/`planperiode`.*`van`/);
  });

  it('reports a wrong type at the value, hinting at quotes for a version number', () => {
    const text = replace(CLEAN, 'versie: "1.0"', 'versie: 1.2');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '1.2')}`]);
    expect(schema(text)[0].message.en).toContain('"1.2"');
  });

  it('reports a negative amount at the value, and only there', () => {
    const text = replace(CLEAN, 'beheer_en_onderhoud: 2500000', 'beheer_en_onderhoud: -1');
    // Not also a cost-table-mismatch with the table's 2.500.000: the amount is not read.
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '-1')}`]);
    expect(schema(text)[0].message.en).toContain('at least 0');
  });

  it('requires vastgesteld_op once the status is vastgesteld, reported once', () => {
    const text = replace(CLEAN, 'status: concept', 'status: vastgesteld');
    expect(briefLint(text)).toEqual(['frontmatter-schema error 1:1-1:4']);
    expect(schema(text)[0].message.en).toContain('vastgesteld_op');
    expect(lint(replace(CLEAN, 'status: concept', 'status: vastgesteld\nvastgesteld_op: 2026-02-01'))).toEqual([]);
  });

  it('reports a date that is no YYYY-MM-DD at the value', () => {
    const text = replace(CLEAN, 'status: concept', 'status: vastgesteld\nvastgesteld_op: "1 februari 2026"');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '"1 februari 2026"')}`]);
  });

  it('reports an empty front matter on the opener', () => {
    const text = `---\n---\n${CLEAN.slice(CLEAN.indexOf('# Testplan'))}`;
    expect(briefLint(text)).toEqual(['frontmatter-schema error 1:1-1:4']);
  });

  it('accepts extension keys starting with x-', () => {
    expect(lint(replace(CLEAN, 'status: concept', 'status: concept\nx-eigenaar: CIO-office'))).toEqual([]);
  });

  describe('leaves to the dedicated rules what they check', () => {
    it('a missing landschapsimpact is landscape-impact-missing only', () => {
      const text = replace(CLEAN, '    landschapsimpact:\n      niveau: geen\n', '');
      expect(lint(text).map((f) => f.ruleId)).toEqual(['landscape-impact-missing']);
    });

    it('an empty landschapsimpact (null) is landscape-impact-missing only', () => {
      const text = replace(CLEAN, '    landschapsimpact:\n      niveau: geen\n', '    landschapsimpact:\n');
      expect(lint(text).map((f) => f.ruleId)).toEqual(['landscape-impact-missing']);
    });

    it('a missing cost component is cost-year-missing only', () => {
      const text = removeLine(CLEAN, 'beheer_en_onderhoud: 2000000', 'jaar: 2027');
      expect(lint(text).map((f) => f.ruleId)).toEqual(['cost-year-missing']);
    });

    it('a missing cost year is cost-year-missing only', () => {
      const text = replace(CLEAN, '  - jaar: 2027\n    vernieuwing: 1500000\n    beheer_en_onderhoud: 2000000\n', '');
      expect(lint(text).map((f) => f.ruleId)).toEqual(['cost-year-missing']);
    });

    it('a missing or empty dashboard number or AcICT status is the large-activity rules’ only', () => {
      expect(lint(removeLine(removeLine(CLEAN, 'dashboard_nummer'), 'acict: gemeld')).map((f) => f.ruleId)).toEqual([
        'large-activity-acict',
        'large-activity-dashboard',
      ]);
      const empty = replace(replace(CLEAN, 'dashboard_nummer: BZK-0042', 'dashboard_nummer: ""'), 'acict: gemeld', "acict: ''");
      expect(lint(empty).map((f) => f.ruleId)).toEqual(['large-activity-acict', 'large-activity-dashboard']);
    });
  });

  describe('a value of the wrong type is reported once, by the schema', () => {
    it('an amount written as text is not also called missing', () => {
      const text = replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing: "1.500.000"');
      expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '"1.500.000"')}`]);
    });

    it('a year written as text does not make that year missing', () => {
      const text = replace(CLEAN, 'jaar: 2027', 'jaar: "2027"');
      expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '"2027"')}`]);
    });

    it('a cost entry that is no mapping does not make a year missing', () => {
      const text = replaceLine(replaceLine(removeLine(CLEAN, 'vernieuwing: 1500000'), 'beheer_en_onderhoud: 2000000', [], 'jaar: 2027'), 'jaar: 2027', '  - 2027');
      expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '2027', 'kosten')}`]);
    });
  });
});
