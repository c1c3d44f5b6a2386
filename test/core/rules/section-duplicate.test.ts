import { describe, expect, it } from 'vitest';
import { appendToSection, at, briefLint, CLEAN, findingsOf, lineOf, lineSpan, lint } from '../../helpers/plans';

describe('section-duplicate', () => {
  it('warns at the second heading of a section and points at the first', () => {
    const text = appendToSection(CLEAN, 'Sturing', '## Samenvatting\n\nNog een samenvatting.');
    const second = lineOf(text, '## Samenvatting');
    expect(briefLint(text)).toEqual([`section-duplicate warning ${lineSpan(text, second)}`]);
    const [finding] = findingsOf(text, 'section-duplicate');
    expect(finding.related?.map((r) => at(r.range))).toEqual([lineSpan(text, lineOf(text, '## 1. Samenvatting'))]);
    expect(finding.message.nl).toContain(`regel ${lineOf(text, '## 1. Samenvatting')}`);
    expect(finding.message.en).toContain(`line ${lineOf(text, '## 1. Samenvatting')}`);
  });

  it('recognises the duplicate under its English title or an alias', () => {
    const english = appendToSection(CLEAN, 'Sturing', '## Governance\n\nMeer sturing.');
    expect(briefLint(english)).toEqual([`section-duplicate warning ${lineSpan(english, lineOf(english, '## Governance'))}`]);
  });

  it('reports a third occurrence too, each against the first', () => {
    const text = appendToSection(CLEAN, 'Sturing', '## Sturing\n\nTwee.\n\n## Sturing\n\nDrie.');
    const findings = findingsOf(text, 'section-duplicate');
    expect(findings).toHaveLength(2);
    expect(new Set(findings.map((f) => at(f.related![0].range)))).toEqual(new Set([lineSpan(text, lineOf(text, '## 13. Sturing'))]));
  });

  it('does not fire for the same title at level 3 or for repeated non-framework headings', () => {
    expect(lint(appendToSection(CLEAN, 'Sturing', '### Samenvatting\n\nKort.'))).toEqual([]);
    expect(lint(appendToSection(CLEAN, 'Sturing', '## Bijlage\n\nA.\n\n## Bijlage\n\nB.'))).toEqual([]);
  });
});
