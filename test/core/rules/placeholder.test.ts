import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../server/src/core';
import { appendToSection, briefLint, offsetOf, CLEAN, findingsOf, framework, lineOf, lineSpan, lint, replace, setSection, spanOf } from '../../helpers/plans';

const ADOPTED = replace(CLEAN, 'status: concept', 'status: vastgesteld\nvastgesteld_op: 2026-02-01');
const withLine = (text: string, line: string) => appendToSection(text, 'Samenvatting', line);

describe('placeholder', () => {
  it('warns at the word in the text of a concept plan', () => {
    const text = withLine(CLEAN, 'Het budget voor 2028 is PM.');
    expect(briefLint(text)).toEqual([`placeholder warning ${spanOf(text, 'PM')}`]);
    const [finding] = findingsOf(text, 'placeholder');
    expect(finding.message.nl).toContain('‘PM’');
    expect(finding.message.en).toContain('‘PM’');
  });

  it('is an error once the plan is vastgesteld', () => {
    const text = withLine(ADOPTED, 'Het budget voor 2028 is PM.');
    expect(briefLint(text)).toEqual([`placeholder error ${spanOf(text, 'PM')}`]);
    expect(findingsOf(text, 'placeholder')[0].message.en).toContain('adopted');
  });

  it('finds every placeholder word of the framework, each at its place', () => {
    const line = 'Eigenaar TODO, datum TBD, budget n.t.b. of N.T.B., PM, XXX en ???.';
    const text = withLine(CLEAN, line);
    const row = lineOf(text, line);
    const spans = findingsOf(text, 'placeholder').map((f) => [f.range.start.line + 1, line.slice(f.range.start.character, f.range.end.character)]);
    expect(spans).toEqual(['TODO', 'TBD', 'n.t.b.', 'N.T.B.', 'PM', 'XXX', '???'].map((word) => [row, word]));
  });

  it('finds placeholders in YAML values and comments and in HTML comments', () => {
    let text = replace(CLEAN, 'titel: Vakkundig personeel', 'titel: Vakkundig personeel TODO # XXX nakijken');
    text = withLine(text, '<!-- TBD: cijfers -->');
    expect(briefLint(text)).toEqual([
      `placeholder warning ${spanOf(text, 'TODO')}`,
      `placeholder warning ${spanOf(text, 'XXX')}`,
      `placeholder warning ${spanOf(text, 'TBD')}`,
    ]);
  });

  it('finds lowercase and capitalised words, in prose and in table cells', () => {
    const text = appendToSection(
      withLine(CLEAN, 'Eigenaar todo, datum Tbd, de locatie is nader te bepalen en de planning nader te\nbepalen; ook To Be Determined.'),
      'Portfolio',
      '| Activiteit | Gereed |\n| --- | --- |\n| A1 | n.t.b. |\n| A2 | Nader te bepalen |\n| A3 | xxx |',
    );
    const words = findingsOf(text, 'placeholder').map((f) => text.slice(offsetOf(text, f.range.start), offsetOf(text, f.range.end)));
    expect(words).toEqual(['todo', 'Tbd', 'nader te bepalen', 'nader te\nbepalen', 'To Be Determined', 'n.t.b.', 'Nader te bepalen', 'xxx']);
  });

  it('finds a placeholder in an HTML comment, which a reader does not see but the next author does', () => {
    const text = appendToSection(CLEAN, 'Financiën', '<!-- todo: bedragen 2028 afstemmen met FEZ -->');
    expect(briefLint(text)).toEqual([`placeholder warning ${spanOf(text, 'todo')}`]);
  });

  it('does not fire for lowercase near misses', () => {
    const near = ['Een to do-lijst en todos.', 'Het bedrag is nader bepaald; dat was te bepalen.', 'Het Todolijstje staat online.', 'xx-xx-xxxx is een datum.'];
    for (const line of near) expect(lint(withLine(CLEAN, line)), line).toEqual([]);
  });

  it('does not fire for near misses', () => {
    const near = [
      'Het PMO plant de sessie om 3 pm.',
      'Pm en pm zijn geen placeholder; TODOS, XXXL en TBDs ook niet.',
      'Wie?? Wat???? Een vraag?',
      'In de notatie n.t.b.x of xn.t.b. niet.',
      'NPM-pakketten en PM2 ook niet.',
    ];
    for (const line of near) expect(lint(withLine(CLEAN, line)), line).toEqual([]);
  });

  it('does not fire in code, fenced, indented or inline: code is quoted, not the plan speaking', () => {
    expect(lint(withLine(CLEAN, 'Zie `TODO` in de code.\n\n```\nTODO: PM\n```\n\n    XXX ingesprongen code'))).toEqual([]);
    expect(lint(withLine(CLEAN, '```yaml\nvernieuwing: 9800000 # todo: uitsplitsen, nader te bepalen\n```'))).toEqual([]);
  });

  it('does not fire for iplan directives', () => {
    expect(lint(withLine(CLEAN, '<!-- iplan-disable-next-line placeholder -- TODO blijft -->\nHet budget is PM.'))).toEqual([]);
  });

  it('leaves a section holding only a placeholder to section-empty', () => {
    const text = setSection(CLEAN, 'Samenvatting', 'TODO');
    expect(briefLint(text)).toEqual([`section-empty error ${lineSpan(text, lineOf(text, '## 1. Samenvatting'))}`]);
    const adopted = setSection(ADOPTED, 'Samenvatting', 'PM');
    expect(lint(adopted).map((f) => f.ruleId)).toEqual(['section-empty']);
  });

  it('follows the placeholder words of the framework', () => {
    const custom = withOverrides(framework, { placeholders: ['NADER TE BEPALEN', 'pro memorie'] });
    const text = withLine(CLEAN, 'Budget: nader te bepalen, NADER TE BEPALEN, Pro Memorie en PM.');
    const found = lint(text, {}, custom).map((f) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character));
    expect(found).toEqual(['NADER TE BEPALEN', 'Pro Memorie']);
  });
});
