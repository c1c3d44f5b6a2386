import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lint, replace, setSection, without } from '../../helpers/plans';
import { spanOf } from '../../helpers/plans';

const RULE = 'activity-undocumented';
const PORTFOLIO = 'Activiteit A1 staat op het Rijks ICT-dashboard; de Inrichting e-depot is klein.';
const portfolio = (body: string) => replace(CLEAN, PORTFOLIO, body);

describe(RULE, () => {
  it('warns at the naam key of an activity mentioned only as part of a longer id', () => {
    const text = portfolio('Activiteit A10 en xA1 staan op het dashboard; de Inrichting e-depot is klein.');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'naam', 'id: A1')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.nl).toMatch(/A1 ‘Vervanging zaaksysteem’.*Portfolio/);
    expect(finding.message.en).toMatch(/A1 ‘Vervanging zaaksysteem’.*Portfolio/);
  });

  it('warns when the activity is named only in another section', () => {
    const text = setSection(portfolio('De Inrichting e-depot is klein.'), 'Samenvatting', 'A1 Vervanging zaaksysteem is het grootst.');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'naam', 'id: A1')}`]);
  });

  it('is satisfied by the id or the name, in any case, in text, headings, lists or tables', () => {
    const mentions = [
      'Zie (A1) en de Inrichting e-depot.',
      'A1. Gestart. En de INRICHTING E-DEPOT.',
      '### A1 Vervanging zaaksysteem\n\nLoopt.\n\n### A2\n\nLoopt ook.',
      '- vervanging zaaksysteem\n- inrichting e-depot',
      '| Id | Naam |\n| --- | --- |\n| A1 | x |\n| A2 | y |',
    ];
    for (const body of mentions) expect(lint(portfolio(body)), body).toEqual([]);
  });

  it('does not count a mention inside an HTML comment, which a reader does not see', () => {
    const hidden = ['<!-- A1: nog afstemmen -->\n\nDe Inrichting e-depot is klein.', 'De Inrichting e-depot is klein. <!-- en A1 -->', '<!--\nVervanging zaaksysteem\n-->\n\nDe Inrichting e-depot is klein.'];
    for (const body of hidden) expect(briefLint(portfolio(body)), body).toEqual([`${RULE} warning ${spanOf(portfolio(body), 'naam', 'id: A1')}`]);
    expect(lint(portfolio('<!-- A1: nog afstemmen -->\n\nA1 en de Inrichting e-depot.'))).toEqual([]);
  });

  it('does not fire when Portfolio is missing or empty (section rules report that)', () => {
    expect(lint(without(CLEAN, 'Portfolio')).map((f) => f.ruleId)).toEqual(['section-missing']);
    expect(lint(portfolio('TODO')).map((f) => f.ruleId)).toEqual(['section-empty']);
  });

  it('reads every Portfolio section when it appears twice', () => {
    const text = replace(portfolio('De Inrichting e-depot is klein.'), '## 7. Financiën', '## Portfolio\n\nA1 ook.\n\n## 7. Financiën');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['section-duplicate']);
  });
});
