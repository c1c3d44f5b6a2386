// BOM, CRLF and lone-CR files give exactly the findings (same ids, same ranges, same messages)
// of the LF file, and fixes keep the file's line endings.
import { describe, expect, it } from 'vitest';
import { appendToSection, applyFix, CLEAN, crlf, lint, removeLine, replace, setSection, summary, without } from '../../helpers/plans';

/** A plan with many defects, in the front matter, the sections and the cost table. */
function defective(): string {
  let text = replace(CLEAN, 'ministerie: BZK', 'ministerie: BKZ');
  text = replace(text, '  - jaar: 2027\n    vernieuwing: 1500000\n    beheer_en_onderhoud: 2000000\n', '');
  text = removeLine(text, 'dashboard_nummer');
  text = removeLine(text, 'maatregelen: Gefaseerde migratie.');
  text = replace(text, '| 2028 | 500.000 | 2.500.000 | 3.000.000 |', '| 2028 | 600.000 | 2.500.000 | 3.000.000 |');
  text = appendToSection(text, 'Samenvatting', 'Het budget is PM.\n\n```\nTODO in code\n```');
  text = setSection(text, 'Levenscyclusmanagement', 'TODO');
  text = without(text, 'Informatiehuishouding');
  text = appendToSection(text, 'Sturing', '## Samenvatting\n\nNog eens.');
  return text;
}

const LF = defective();
const ids = (text: string) => lint(text).map((f) => f.ruleId);

describe('line endings and byte-order mark', () => {
  it('the defective plan has findings of many rules', () => {
    expect(new Set(ids(LF))).toEqual(
      new Set([
        'frontmatter-schema',
        'cost-year-missing',
        'large-activity-dashboard',
        'landscape-impact-incomplete',
        'cost-table-mismatch',
        'cost-total-mismatch',
        'placeholder',
        'section-empty',
        'section-missing',
        'section-duplicate',
      ]),
    );
  });

  it.each([
    ['CRLF', crlf(LF)],
    ['BOM', `\ufeff${LF}`],
    ['BOM and CRLF', `\ufeff${crlf(LF)}`],
    ['lone CR', LF.replace(/\n/g, '\r')],
    ['mixed', LF.split('\n').map((line, i) => line + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r')).join('').replace(/[\r\n]+$/, '\n')],
  ])('%s gives the same findings as LF', (_, text) => {
    expect(summary(lint(text))).toEqual(summary(lint(LF)));
  });

  it('a lone-CR file is read line by line', () => {
    const cr = CLEAN.replace(/\n/g, '\r');
    expect(lint(cr)).toEqual([]);
  });

  it('a BOM file without front matter is still recognised', () => {
    const body = CLEAN.slice(CLEAN.indexOf('# Testplan'));
    expect(summary(lint(`\ufeff${body}`))).toEqual(summary(lint(body)));
    expect(lint(`\ufeff${CLEAN}`)).toEqual([]);
  });

  it('fixes keep CRLF line endings and do the same as in the LF file', () => {
    const text = crlf(LF);
    const withFixes = lint(text).filter((f) => f.fix);
    expect(withFixes.length).toBeGreaterThanOrEqual(3);
    const lfFixes = lint(LF).filter((f) => f.fix);
    withFixes.forEach((finding, i) => {
      const fixed = applyFix(text, finding);
      expect(fixed.replace(/\r\n/g, ''), finding.ruleId).not.toMatch(/[\r\n]/);
      expect(fixed.replace(/\r\n/g, '\n'), finding.ruleId).toBe(applyFix(LF, lfFixes[i]));
    });
  });
});
