import { describe, expect, it } from 'vitest';
import { appendToSection, briefLint, CLEAN, findingsOf, lineOf, lineSpan, lint, replace, setSection } from '../../helpers/plans';

const heading = (text: string, title: string) => lineSpan(text, lineOf(text, title));

describe('section-empty', () => {
  it('fires at the heading of a section with no content', () => {
    const text = setSection(CLEAN, 'Samenvatting', '');
    expect(briefLint(text)).toEqual([`section-empty error ${heading(text, '## 1. Samenvatting')}`]);
    const [finding] = findingsOf(text, 'section-empty');
    expect(finding.message.nl).toContain('1. Samenvatting');
    expect(finding.message.en).toContain('empty');
  });

  it('fires for the last section left empty at the end of the file', () => {
    const text = CLEAN.replace('De CIO stuurt onder het Besluit CIO-stelsel Rijksdienst 2025.\n', '');
    expect(briefLint(text)).toEqual([`section-empty error ${heading(text, '## 13. Sturing')}`]);
  });

  it('reports a section holding only a placeholder as section-empty, not placeholder', () => {
    for (const body of ['TODO', 'n.t.b.', '- TBD', '**PM**', 'TODO\n\nXXX']) {
      const text = setSection(CLEAN, 'Samenvatting', body);
      expect(briefLint(text), body).toEqual([`section-empty error ${heading(text, '## 1. Samenvatting')}`]);
      expect(findingsOf(text, 'section-empty')[0].message.en).toContain('placeholder');
    }
  });

  it('does not count headings, HTML comments or punctuation as content', () => {
    for (const body of ['### Toelichting', '<!-- nog schrijven -->', '---', '### TODO\n\n<!-- later -->']) {
      const text = setSection(CLEAN, 'Samenvatting', body);
      expect(briefLint(text), body).toEqual([`section-empty error ${heading(text, '## 1. Samenvatting')}`]);
    }
  });

  it('does not fire for one word, a list, a table, a quote or code', () => {
    for (const body of ['Kort.', '- één punt', '> Citaat', '```\ncode\n```', '| a | b |\n| - | - |\n| 1 | 2 |', '### Sub\n\nInhoud onder een subkop.']) {
      expect(findingsOf(setSection(CLEAN, 'Samenvatting', body), 'section-empty'), body).toEqual([]);
    }
  });

  it('does not fire when a placeholder stands next to real content (placeholder does)', () => {
    const text = setSection(CLEAN, 'Samenvatting', 'Het plan in het kort. TODO');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['placeholder']);
  });

  it('does not fire for an empty section that is not a framework section', () => {
    expect(lint(appendToSection(CLEAN, 'Sturing', '## Bijlage A'))).toEqual([]);
    expect(lint(replace(CLEAN, '## 13. Sturing', '## Bijlage\n\n## 13. Sturing'))).toEqual([]);
  });
});
