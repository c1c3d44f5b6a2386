import { describe, expect, it } from 'vitest';
import { at, briefLint, CLEAN, findingsOf, lineOf, lineSpan, lint, replace } from '../../helpers/plans';

/** CLEAN with the sections whose headings contain `a` and `b` swapped (with their bodies). */
function swap(text: string, a: string, b: string): string {
  const block = (title: string) => {
    const start = text.indexOf(`## ${title}`);
    const end = text.indexOf('\n## ', start + 1);
    return text.slice(start, end < 0 ? text.length : end + 1);
  };
  const [first, second] = [block(a), block(b)];
  return text.replace(first, '\u0000').replace(second, first).replace('\u0000', second);
}

describe('section-order', () => {
  it('reports one of a swapped pair, at its heading, pointing where it belongs', () => {
    const text = swap(CLEAN, '8. Informatiebeveiliging', '9. Informatiehuishouding');
    const findings = findingsOf(text, 'section-order');
    // The one that comes first in the file stays; the other is out of place and belongs before it.
    expect(briefLint(text)).toEqual([`section-order warning ${lineSpan(text, lineOf(text, '## 8. Informatiebeveiliging'))}`]);
    expect(findings[0].related?.map((r) => at(r.range))).toEqual([lineSpan(text, lineOf(text, '## 9. Informatiehuishouding'))]);
    expect(findings[0].message.en).toContain('section 8');
    expect(findings[0].message.nl).toContain('onderdeel 8');
    expect(findings[0].message.en).toContain('9. Informatiehuishouding');
  });

  it('reports only the section moved far from its place', () => {
    const moved = CLEAN.replace('## 13. Sturing en CIO-stelsel\n\nDe CIO stuurt onder het Besluit CIO-stelsel Rijksdienst 2025.\n', '');
    const text = replace(moved, '## 1. Samenvatting', '## 13. Sturing en CIO-stelsel\n\nDe CIO stuurt.\n\n## 1. Samenvatting');
    expect(briefLint(text)).toEqual([`section-order warning ${lineSpan(text, lineOf(text, '## 13. Sturing'))}`]);
  });

  it('does not fire for sections in order with other sections between them', () => {
    expect(lint(replace(CLEAN, '## 8. Informatiebeveiliging', '## Bijlage: begrippen\n\nBIO: Baseline.\n\n## 8. Informatiebeveiliging'))).toEqual([]);
  });

  it('does not report a duplicate as out of order (section-duplicate does)', () => {
    const text = `${CLEAN}\n## Samenvatting\n\nNog eens.\n`;
    expect(lint(text).map((f) => f.ruleId)).toEqual(['section-duplicate']);
  });

  it('does not fire when a section is missing (section-missing does)', () => {
    const text = CLEAN.replace(/## 5\. Impact[\s\S]*?(?=## 6\.)/, '');
    expect(lint(text).map((f) => f.ruleId)).toEqual(['section-missing']);
  });
});
