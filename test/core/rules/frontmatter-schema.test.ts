import { describe, expect, it } from 'vitest';
import { applyFix, briefLint, CLEAN, findingsOf, lint, removeLine, replace, replaceLine, spanOf } from '../../helpers/plans';

const schema = (text: string) => findingsOf(text, 'frontmatter-schema');
const appendPlaceholder = (text: string) => text.replace('## 13. Sturing en CIO-stelsel\n', '## 13. Sturing en CIO-stelsel\n\nTODO\n');

describe('frontmatter-schema', () => {
  it('reports an enum value at the value, with a suggestion', () => {
    const text = replace(CLEAN, 'ministerie: BZK', 'ministerie: BKZ');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'BKZ')}`]);
    const [finding] = schema(text);
    expect(finding.message.en).toContain('BKZ');
    expect(finding.message.en).toContain('did you mean BZK');
    expect(finding.message.nl).toContain('bedoelt u BZK');
  });

  it('leaves a value left open beside a placeholder (a template\'s `null # TODO kies uit: …`) to the placeholder rule', () => {
    const open = replace(CLEAN, 'thema: Digitale weerbaarheid', 'thema: null # TODO kies een thema');
    expect(lint(open).map((f) => f.ruleId)).toEqual(['placeholder']);
    const ministry = replace(CLEAN, 'ministerie: BZK', 'ministerie: null # TODO kies uit: AZ | BZK');
    expect(lint(ministry).map((f) => f.ruleId)).toEqual(['placeholder']);
    // Without a placeholder beside it, an empty value is an ordinary schema error; so is a wrong
    // value beside one: only what is left open is the author's to fill in.
    expect(briefLint(replace(CLEAN, 'thema: Digitale weerbaarheid', 'thema: null'))).toEqual([expect.stringMatching(/^frontmatter-schema error/)]);
    expect(lint(replace(CLEAN, 'ministerie: BZK', 'ministerie: BKZ # TODO')).map((f) => f.ruleId).sort()).toEqual(['frontmatter-schema', 'placeholder']);
  });

  it('reports a near miss of a known key at the key, with a fix when the known key is free', () => {
    const text = replace(CLEAN, 'status: concept', 'status: concept\nstatuss: concept');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'statuss')}`]);
    expect(schema(text)[0].message.en).toMatch(/`statuss`.*`status`/);
    // `status` is there already: renaming would make a duplicate key.
    expect(schema(text)[0].fix).toBeUndefined();
  });

  it('reports a misspelt required key once, as the near miss, and renames it', () => {
    for (const written of ['Boekhoudstelsel', 'boekhoud-stelsel', 'boekhoudstelsl']) {
      const text = replace(CLEAN, 'boekhoudstelsel:', `${written}:`);
      expect(briefLint(text), written).toEqual([`frontmatter-schema error ${spanOf(text, written)}`]);
      const [finding] = schema(text);
      expect(finding.message.en).toContain('did you mean `boekhoudstelsel`');
      expect(applyFix(text, finding)).toBe(CLEAN);
    }
  });

  it("leaves a department's own key that resembles no known key alone (frontmatter-unknown-key, off by default)", () => {
    const text = replace(CLEAN, 'status: concept', 'status: concept\nkenmerk: 2025-0001234\nauteur: CIO-office\nopmerkingen: Eerste versie.');
    expect(lint(text)).toEqual([]);
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

  it('reads an unquoted version number as the text written, with a warning and a fix that quotes it', () => {
    for (const version of ['1.2', '3.10', '2']) {
      const text = replace(CLEAN, 'versie: "1.0"', `versie: ${version}`);
      expect(briefLint(text), version).toEqual([`frontmatter-schema warning ${spanOf(text, version, 'versie')}`]);
      const [finding] = schema(text);
      // 3.10 is the text "3.10", not the number 3.1 YAML makes of it.
      expect(finding.message.en).toContain(`iplan reads the text "${version}"`);
      expect(finding.message.nl).toContain(`iplan leest de tekst "${version}"`);
      expect(lint(applyFix(text, finding))).toEqual([]);
    }
  });

  it('still reports a number where text is asked when it is no version (a wrong type, an error)', () => {
    const text = replace(CLEAN, 'titel: Testplan BZK 2026-2028', 'titel: [Testplan]');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, '[Testplan]')}`]);
  });

  it('reads an enumeration value in another case or without diacritics as the value meant: one finding with a fix', () => {
    for (const [from, to] of [
      ['status: concept', 'status: Concept'],
      ['thema: Digitale weerbaarheid', 'thema: digitale Weerbaarheid'],
      ['thema: I-vakmanschap', 'thema: i vakmanschap'],
      ['acict: gemeld', 'acict: GEMELD'],
    ]) {
      const text = replace(CLEAN, from, to);
      const written = to.split(': ')[1];
      expect(briefLint(text), to).toEqual([`frontmatter-schema error ${spanOf(text, written)}`]);
      const [finding] = schema(text);
      expect(finding.message.en).toContain(`the framework writes '${from.split(': ')[1]}'`);
      expect(applyFix(text, finding)).toBe(CLEAN);
    }
  });

  it('reads status Vastgesteld as adopted: vastgesteld_op is asked and placeholders are errors', () => {
    const text = appendPlaceholder(replace(CLEAN, 'status: concept', 'status: Vastgesteld'));
    const findings = lint(text);
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual(['frontmatter-schema error', 'frontmatter-schema error', 'placeholder error']);
    expect(schema(text).map((f) => f.message.en).join('\n')).toContain('vastgesteld_op');
  });

  it('keeps a quoted value quoted when it fixes the spelling', () => {
    const text = replace(CLEAN, 'status: concept', "status: 'CONCEPT'");
    expect(applyFix(text, schema(text)[0])).toBe(replace(CLEAN, 'status: concept', "status: 'concept'"));
  });

  it('does not read a value that folds to two allowed values, or to none, leniently', () => {
    const text = replace(CLEAN, 'status: concept', 'status: ontwerp');
    expect(briefLint(text)).toEqual([`frontmatter-schema error ${spanOf(text, 'ontwerp')}`]);
    expect(schema(text)[0].fix).toBeUndefined();
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
