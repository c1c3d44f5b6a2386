import { describe, expect, it } from 'vitest';
import { applyFix, briefLint, CLEAN, crlf, findingsOf, lineOf, lineSpan, lint, replace, setSection, without } from '../../helpers/plans';

const ENGLISH_TITLES = [
  ['1. Samenvatting', '1. Summary'],
  ['2. Beleidsprioriteiten met IV-component', '2. Policy priorities with an IV component'],
  ['3. Prioritaire IV-doelstellingen', '3. Priority IV objectives'],
  ['4. Terug- en vooruitblik per I-strategiethema', '4. Review and outlook per I-strategy theme'],
  ['5. Impact op het ICT- en gegevenslandschap', '5. Impact on the ICT and data landscape'],
  ['6. Portfolio en grote ICT-activiteiten', '6. Portfolio and large ICT activities'],
  ['7. Financiën', '7. Finances'],
  ['8. Informatiebeveiliging en privacy', '8. Information security and privacy'],
  ['9. Informatiehuishouding en openbaarheid', '9. Information management and openness'],
  ['10. Levenscyclusmanagement en legacy', '10. Lifecycle management and legacy'],
  ['11. I-vakmanschap', '11. IT workforce and skills'],
  ["12. Risico's en randvoorwaarden", '12. Risks and preconditions'],
  ['13. Sturing en CIO-stelsel', '13. Governance and the CIO system'],
];
const ENGLISH = ENGLISH_TITLES.reduce((text, [nl, en]) => replace(text, `## ${nl}\n`, `## ${en}\n`), CLEAN);

describe('section-missing', () => {
  it('fires on line 1 for a missing section, naming it and its place', () => {
    const text = without(CLEAN, 'Financiën');
    expect(briefLint(text)).toEqual(['section-missing error 1:1-1:4']);
    const [finding] = findingsOf(text, 'section-missing');
    expect(finding.message.nl).toContain('Financiën');
    expect(finding.message.nl).toContain('onderdeel 7');
    expect(finding.message.en).toContain('Finances');
    expect(finding.message.en).toContain('section 7');
  });

  it('reports each missing section once', () => {
    const text = without(without(CLEAN, 'Samenvatting'), 'Sturing');
    expect(briefLint(text)).toEqual(['section-missing error 1:1-1:4', 'section-missing error 1:1-1:4']);
  });

  it('names a heading of another level that carries the title, and points at it', () => {
    const text = replace(CLEAN, "## 12. Risico's en randvoorwaarden", "### 12. Risico's en randvoorwaarden");
    const [finding] = findingsOf(text, 'section-missing');
    expect(finding.message.en).toContain(`the heading ‘12. Risico's en randvoorwaarden’ on line ${lineOf(text, '### 12.')} is of level 3`);
    expect(finding.message.nl).toContain(`is van niveau 3`);
    expect(finding.related?.map((r) => r.range.start.line + 1)).toEqual([lineOf(text, '### 12.')]);
    const commented = replace(CLEAN, "## 12. Risico's en randvoorwaarden", "<!-- ## 12. Risico's en randvoorwaarden -->");
    const [hidden] = findingsOf(commented, 'section-missing');
    expect(hidden.message.en).not.toContain('the heading');
    expect(hidden.related).toBeUndefined();
  });

  it('does not count a level-3 heading or a heading that only resembles the title', () => {
    const sub = replace(CLEAN, '## 7. Financiën', '### 7. Financiën');
    expect(findingsOf(sub, 'section-missing')).toHaveLength(1);
    const other = replace(CLEAN, '## 7. Financiën', '## 7. Financieel overzicht en meer');
    expect(findingsOf(other, 'section-missing')).toHaveLength(1);
  });

  it('does not fire for a section written with an English title or an alias', () => {
    expect(lint(ENGLISH)).toEqual([]);
    expect(lint(replace(CLEAN, '## 7. Financiën', '## Kosten'))).toEqual([]);
    expect(lint(replace(CLEAN, '## 7. Financiën', '## 7 FINANCIEN'))).toEqual([]);
  });

  describe('its fix inserts a skeleton in the framework position', () => {
    it('after the previous framework section', () => {
      const text = without(CLEAN, 'Financiën');
      const fixed = applyFix(text, findingsOf(text, 'section-missing')[0]);
      expect(fixed).toContain(
        'de Inrichting e-depot is klein.\n\n## Financiën\n\n<!-- Een tabel met per planjaar vernieuwing en beheer en onderhoud (en eventueel het totaal), in het boekhoudstelsel van het ministerie. -->\n\n## 8. Informatiebeveiliging en privacy\n',
      );
      // The skeleton is a section now, with only guidance in it: section-empty takes over.
      expect(briefLint(fixed)).toEqual([`section-empty error ${lineSpan(fixed, lineOf(fixed, '## Financiën'))}`]);
    });

    it('before the next framework section when the first one is missing', () => {
      const text = without(CLEAN, 'Samenvatting');
      const fixed = applyFix(text, findingsOf(text, 'section-missing')[0]);
      expect(fixed).toContain('# Testplan BZK\n\n## Samenvatting\n\n<!-- De kern van het plan');
      expect(fixed.indexOf('## Samenvatting')).toBeLessThan(fixed.indexOf('## 2. Beleidsprioriteiten'));
      expect(findingsOf(fixed, 'section-missing')).toEqual([]);
      expect(findingsOf(fixed, 'section-order')).toEqual([]);
    });

    it('at the end of the plan, after a blank line, when the last one is missing', () => {
      const text = without(CLEAN, 'Sturing');
      expect(text.endsWith('het grootste risico.\n')).toBe(true);
      const fixed = applyFix(text, findingsOf(text, 'section-missing')[0]);
      expect(fixed.endsWith('het grootste risico.\n\n## Sturing en CIO-stelsel\n\n<!-- Hoe het ministerie op informatievoorziening stuurt, onder het Besluit CIO-stelsel Rijksdienst 2021 of 2025. -->\n')).toBe(true);
      const unterminated = text.replace(/\n+$/, '');
      const fixedToo = applyFix(unterminated, findingsOf(unterminated, 'section-missing')[0]);
      expect(fixedToo).toContain('het grootste risico.\n\n## Sturing en CIO-stelsel\n');
      expect(findingsOf(fixedToo, 'section-missing')).toEqual([]);
    });

    it('in English in an English plan', () => {
      const text = without(ENGLISH, 'Finances');
      const fixed = applyFix(text, findingsOf(text, 'section-missing')[0]);
      expect(fixed).toContain('\n## Finances\n\n<!-- A table with renewal and maintenance per plan year');
      expect(fixed.indexOf('## Finances')).toBeLessThan(fixed.indexOf('## 8. Information security'));
    });

    it('with the file’s CRLF line endings', () => {
      const text = crlf(without(CLEAN, 'Financiën'));
      const fixed = applyFix(text, findingsOf(text, 'section-missing')[0]);
      expect(fixed).toContain('klein.\r\n\r\n## Financiën\r\n\r\n<!--');
      expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });

    it('every fix of several missing sections applies together, in framework order', () => {
      const text = without(without(without(CLEAN, 'Samenvatting'), 'Financiën'), 'Sturing');
      const findings = findingsOf(text, 'section-missing');
      const fixed = applyFix(text, { ...findings[0], fix: { title: findings[0].fix!.title, edits: findings.flatMap((f) => f.fix!.edits) } });
      expect(lint(setSection(setSection(setSection(fixed, 'Samenvatting', 'Inhoud.'), 'Financiën', CLEAN.slice(CLEAN.indexOf('| Jaar'), CLEAN.indexOf('\n\n## 8'))), 'Sturing', 'Inhoud.'))).toEqual([]);
    });
  });
});
