import { describe, expect, it } from 'vitest';
import { appendToSection, briefLint, CLEAN, findingsOf, lint, removeLine, replace, spanOf, without } from '../../helpers/plans';

describe('frontmatter-syntax', () => {
  it('fires at the position of the YAML error', () => {
    // `BZK: x` would be a mapping inside the value: the yaml library points at its start.
    const text = replace(CLEAN, 'ministerie: BZK', 'ministerie: BZK: x');
    const [finding] = findingsOf(text, 'frontmatter-syntax');
    expect(finding).toMatchObject({ ruleId: 'frontmatter-syntax', severity: 'error' });
    expect(briefLint(text)).toEqual([`frontmatter-syntax error ${spanOf(text, 'B', 'ministerie')}`]);
    expect(finding.message.en).toMatch(/not valid YAML/);
  });

  it('reports a duplicate key at the second key', () => {
    const text = replace(CLEAN, 'status: concept', 'status: concept\nstatus: vastgesteld');
    expect(briefLint(text)).toEqual([`frontmatter-syntax error ${spanOf(text, 's', 'status: vastgesteld')}`]);
  });

  it('reports a front matter without closing line on the opener', () => {
    const text = CLEAN.replace('\n---\n', '\n\n');
    expect(briefLint(text)).toEqual(['frontmatter-syntax error 1:1-1:4']);
  });

  it('silences every rule that needs the data, but not the body rules', () => {
    // Besides the syntax error: an inverted period, no dashboard number, a missing landscape
    // impact, a missing cost component (all data rules) and a missing section (a body rule).
    let text = replace(CLEAN, 'titel: Testplan BZK 2026-2028', 'titel: "Testplan BZK');
    text = replace(text, 'tot: 2028', 'tot: 2020');
    text = removeLine(text, 'dashboard_nummer');
    text = removeLine(text, 'beheer_en_onderhoud: 2000000');
    text = without(text, 'Sturing');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['section-missing', 'frontmatter-syntax']);
  });

  it('does not fire on valid YAML, with comments, quotes and flow style', () => {
    let text = replace(CLEAN, 'titel: Testplan BZK 2026-2028', "titel: 'Testplan: BZK 2026-2028' # met dubbele punt");
    text = replace(text, 'planperiode:\n  van: 2026\n  tot: 2028', 'planperiode: { van: 2026, tot: 2028 }');
    expect(lint(text)).toEqual([]);
  });

  it('is not triggered by YAML-looking text in the body', () => {
    expect(lint(appendToSection(CLEAN, 'Samenvatting', 'titel: "onaf\n  - [x'))).toEqual([]);
  });
});
