/**
 * Inline directives (core/directives.ts) and `unused-disable`, which reports those that switch
 * off nothing: each directive form in the body and the front matter, what it covers, the near
 * misses it does not cover, and the fix that removes a needless one.
 */
import { describe, expect, it } from 'vitest';
import { appendToSection, applyFix, at, briefLint, CLEAN, findingsOf, lineOf, lineSpan, lint, replace, spanOf } from '../../helpers/plans';

const RULE = 'unused-disable';
const SENTENCE = 'We werven twintig vaste medewerkers.';
const PLACEHOLDER = 'De begroting voor 2028 is PM.';

/** The clean plan with lines added at the end of the I-vakmanschap section. */
const withLines = (...lines: string[]) => appendToSection(CLEAN, 'I-vakmanschap', lines.join('\n'));
/** The start of the next line after `needle`'s line, 1-based, as `at` prints a whole-line range. */
const wholeLine = (text: string, needle: string) => {
  const line = lineOf(text, needle);
  return `${line}:1-${line + 1}:1`;
};

describe('iplan-disable-next-line in the body', () => {
  it('switches off the named rule on the next line only, and is then in use', () => {
    const text = withLines('<!-- iplan-disable-next-line placeholder -->', PLACEHOLDER);
    expect(lint(text)).toEqual([]);
  });

  it('fires when the next line has nothing to switch off, with a fix that removes the line', () => {
    const text = replace(CLEAN, SENTENCE, `<!-- iplan-disable-next-line placeholder -->\n${SENTENCE}`);
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, '<!-- iplan-disable-next-line placeholder -->')}`]);
    const [finding] = findingsOf(text, RULE);
    expect(finding.message.en).toBe("This iplan-disable-next-line switches off ‘placeholder’, but there is nothing to report here; remove the comment.");
    expect(finding.message.nl).toBe('Deze iplan-disable-next-line zet ‘placeholder’ uit, maar er is hier niets te melden; verwijder de opmerking.');
    expect(at(finding.fix!.edits[0].range)).toBe(wholeLine(text, '<!-- iplan-disable-next-line'));
    expect(applyFix(text, finding)).toBe(CLEAN);
  });

  it('near miss: a blank line between the directive and the placeholder', () => {
    const text = withLines('<!-- iplan-disable-next-line placeholder -->', '', PLACEHOLDER);
    expect(briefLint(text)).toEqual([
      `${RULE} warning ${spanOf(text, '<!-- iplan-disable-next-line placeholder -->')}`,
      `placeholder warning ${spanOf(text, 'PM')}`,
    ]);
  });

  it('near miss: another rule named', () => {
    const text = withLines('<!-- iplan-disable-next-line section-order -->', PLACEHOLDER);
    expect(briefLint(text)).toEqual([
      `${RULE} warning ${spanOf(text, '<!-- iplan-disable-next-line section-order -->')}`,
      `placeholder warning ${spanOf(text, 'PM')}`,
    ]);
    expect(findingsOf(text, RULE)[0].message.en).toContain('‘section-order’');
  });

  it('without rule ids covers every rule, and says so when it covers nothing', () => {
    expect(lint(withLines('<!-- iplan-disable-next-line -->', PLACEHOLDER))).toEqual([]);
    const text = replace(CLEAN, SENTENCE, `<!-- iplan-disable-next-line -->\n${SENTENCE}`);
    expect(findingsOf(text, RULE).map((f) => f.message.en)).toEqual([
      'This iplan-disable-next-line switches off every rule, but there is nothing to report here; remove the comment.',
    ]);
  });

  it('reads several ids, by spaces or commas, and a reason after --', () => {
    const used = withLines('<!-- iplan-disable-next-line section-order, placeholder -- quoted from the letter -->', PLACEHOLDER);
    // One directive, one of its rules used: it is in use.
    expect(lint(used)).toEqual([]);
    const reasonOnly = withLines('<!-- iplan-disable-next-line section-order -- placeholder is only the reason -->', PLACEHOLDER);
    expect(findingsOf(reasonOnly, 'placeholder')).toHaveLength(1);
    expect(findingsOf(reasonOnly, RULE)).toHaveLength(1);
  });

  it('a comment beside text: the fix removes the comment and keeps the text', () => {
    const text = replace(CLEAN, SENTENCE, `${SENTENCE} <!-- iplan-disable-next-line placeholder -->`);
    const [finding] = findingsOf(text, RULE);
    expect(at(finding.range)).toBe(spanOf(text, '<!-- iplan-disable-next-line placeholder -->'));
    expect(applyFix(text, finding)).toBe(replace(CLEAN, SENTENCE, `${SENTENCE} `));
  });
});

describe('iplan-disable … iplan-enable in the body', () => {
  it('switches the rule off from the disable to the enable, not after it', () => {
    const text = withLines('<!-- iplan-disable placeholder -->', PLACEHOLDER, '', 'Nog een PM.', '<!-- iplan-enable placeholder -->', '', 'Daarna XXX.');
    expect(briefLint(text)).toEqual([`placeholder warning ${spanOf(text, 'XXX')}`]);
  });

  it('without an enable, to the end of the plan', () => {
    const text = withLines('<!-- iplan-disable placeholder -->', PLACEHOLDER);
    const later = appendToSection(text, 'Sturing en CIO-stelsel', 'Eigenaar: TBD.');
    expect(lint(later)).toEqual([]);
  });

  it('fires when the region holds nothing to switch off; the enable is never reported', () => {
    const text = withLines('<!-- iplan-disable placeholder -->', 'Niets open.', '<!-- iplan-enable placeholder -->');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, '<!-- iplan-disable placeholder -->')}`]);
    expect(findingsOf(text, RULE)[0].message.en).toMatch(/^This iplan-disable switches off ‘placeholder’/);
  });

  it('near miss: the placeholder stands before the disable', () => {
    const text = withLines(PLACEHOLDER, '', '<!-- iplan-disable placeholder -->');
    expect(briefLint(text)).toEqual([`placeholder warning ${spanOf(text, 'PM')}`, `${RULE} warning ${spanOf(text, '<!-- iplan-disable placeholder -->')}`]);
  });
});

describe('iplan-disable-file', () => {
  it('switches the rule off in the whole plan, wherever it stands', () => {
    const text = appendToSection(withLines(PLACEHOLDER), 'Samenvatting', '<!-- iplan-disable-file placeholder -->');
    const withYaml = replace(text, 'titel: Vakkundig personeel', 'titel: Vakkundig personeel TODO');
    expect(lint(withYaml)).toEqual([]);
  });

  it('fires when the rule has nothing to report in the plan', () => {
    const text = withLines('<!-- iplan-disable-file placeholder -->');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, '<!-- iplan-disable-file placeholder -->')}`]);
  });
});

describe('directives in the front matter', () => {
  const SCHEMA = replace(CLEAN, 'ministerie: BZK', 'ministerie: Binnenlandse Zaken');

  it('# iplan-disable-next-line switches off the rule on the next line', () => {
    const text = replace(SCHEMA, 'ministerie: Binnenlandse Zaken', '# iplan-disable-next-line frontmatter-schema\nministerie: Binnenlandse Zaken');
    expect(lint(text)).toEqual([]);
  });

  it('fires when the next line has nothing to report, and its fix removes the comment line', () => {
    const text = replace(CLEAN, 'ministerie: BZK', '# iplan-disable-next-line frontmatter-schema\nministerie: BZK');
    const line = lineOf(text, '# iplan-disable-next-line');
    expect(briefLint(text)).toEqual([`${RULE} warning ${spanOf(text, 'iplan-disable-next-line frontmatter-schema').replace(/^\d+:\d+/, `${line}:1`)}`]);
    expect(applyFix(text, findingsOf(text, RULE)[0])).toBe(CLEAN);
  });

  it('near miss: the directive stands one line too early', () => {
    const text = replace(SCHEMA, 'iplan: kwaliteitskader-2022', '# iplan-disable-next-line frontmatter-schema\niplan: kwaliteitskader-2022');
    const line = lineOf(text, '# iplan-disable-next-line');
    expect(briefLint(text)).toEqual([
      `${RULE} warning ${spanOf(text, 'iplan-disable-next-line frontmatter-schema').replace(/^\d+:\d+/, `${line}:1`)}`,
      `frontmatter-schema error ${spanOf(text, 'Binnenlandse Zaken')}`,
    ]);
  });

  it('only the next-line form counts there: a region or file directive in YAML is an ordinary comment', () => {
    for (const form of ['# iplan-disable frontmatter-schema', '# iplan-disable-file frontmatter-schema']) {
      const text = replace(SCHEMA, 'iplan: kwaliteitskader-2022', `${form}\niplan: kwaliteitskader-2022`);
      expect(briefLint(text), form).toEqual([`frontmatter-schema error ${spanOf(text, 'Binnenlandse Zaken')}`]);
    }
  });
});

describe('what unused-disable itself is', () => {
  it('runs after the directives: a directive cannot switch it off', () => {
    const text = withLines('<!-- iplan-disable-file unused-disable -->', '<!-- iplan-disable-next-line placeholder -->', 'Niets open.');
    expect(findingsOf(text, RULE).length).toBeGreaterThan(0);
  });

  it('is silent when configured off, and the directives still work', () => {
    const text = withLines('<!-- iplan-disable-next-line placeholder -->', PLACEHOLDER, '<!-- iplan-disable-next-line placeholder -->', 'Niets open.');
    expect(findingsOf(text, RULE)).toHaveLength(1);
    expect(lint(text, { rules: { [RULE]: 'off' } })).toEqual([]);
  });

  it('a directive inside fenced code is text, not a directive', () => {
    const text = withLines('```markdown', '<!-- iplan-disable-file placeholder -->', '```', '', PLACEHOLDER);
    expect(briefLint(text)).toEqual([`placeholder warning ${spanOf(text, 'PM')}`]);
  });

  it('names the line of the directive, as the CLI prints it', () => {
    const text = withLines('<!-- iplan-disable placeholder -->');
    const line = lineOf(text, '<!-- iplan-disable placeholder -->');
    expect(lineSpan(text, line)).toBe(`${line}:1-${line}:${'<!-- iplan-disable placeholder -->'.length + 1}`);
    expect(at(findingsOf(text, RULE)[0].range)).toBe(lineSpan(text, line));
  });
});
