import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lineOf, lineSpan, lint, replace, setSection, without } from '../../helpers/plans';

const TABLE = CLEAN.slice(CLEAN.indexOf('| Jaar |'), CLEAN.indexOf('\n\n## 8.'));
const heading = (text: string) => lineSpan(text, lineOf(text, '## 7. Financiën'));

describe('cost-table-missing', () => {
  it('fires at the Financiën heading when the section has text but no table', () => {
    const text = setSection(CLEAN, 'Financiën', 'De kosten staan in de bijlage.');
    expect(briefLint(text)).toEqual([`cost-table-missing error ${heading(text)}`]);
    const [finding] = findingsOf(text, 'cost-table-missing');
    expect(finding.message.nl).toContain('geen kostentabel');
    expect(finding.message.en).toContain('no cost table');
  });

  it('says so when the table there is not a cost table', () => {
    const text = setSection(CLEAN, 'Financiën', '| Post | Bedrag |\n| --- | --- |\n| Licenties | 1.000.000 |');
    expect(briefLint(text)).toEqual([`cost-table-missing error ${heading(text)}`]);
    expect(findingsOf(text, 'cost-table-missing')[0].message.en).toContain('not a cost table');
  });

  it('does not count a cost table in another section', () => {
    const text = setSection(setSection(CLEAN, 'Financiën', 'Zie hierna.'), 'Samenvatting', TABLE);
    expect(findingsOf(text, 'cost-table-missing')).toHaveLength(1);
  });

  it('does not fire for a cost table below a sub-heading, with English headers, or with one component', () => {
    expect(lint(setSection(CLEAN, 'Financiën', `Tekst.\n\n### Meerjarenraming\n\n${TABLE}`))).toEqual([]);
    const english = TABLE.replace('| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |', '| Year | Renewal | Maintenance | Total |').replace('**Totaal**', '**Total**');
    expect(lint(setSection(CLEAN, 'Financiën', english))).toEqual([]);
    const renewalOnly = '| Jaar | Vernieuwing |\n| --- | --- |\n| 2026 | 1.000.000 |\n| 2027 | 1.500.000 |\n| 2028 | 500.000 |';
    expect(findingsOf(setSection(CLEAN, 'Financiën', renewalOnly), 'cost-table-missing')).toEqual([]);
  });

  it('does not fire when Financiën is missing or empty (section-missing and section-empty do)', () => {
    expect(lint(without(CLEAN, 'Financiën')).map((f) => f.ruleId)).toEqual(['section-missing']);
    expect(lint(setSection(CLEAN, 'Financiën', '')).map((f) => f.ruleId)).toEqual(['section-empty']);
    expect(lint(setSection(CLEAN, 'Financiën', 'TODO')).map((f) => f.ruleId)).toEqual(['section-empty']);
  });

  it('does not fire for a table written under the alias Kosten', () => {
    expect(lint(replace(CLEAN, '## 7. Financiën', '## 7. Kosten'))).toEqual([]);
  });

  it('fires when Financiën shows only realised figures, saying the plan years are missing', () => {
    const text = setSection(CLEAN, 'Financiën', '| Jaar | Vernieuwing | Beheer en onderhoud |\n| - | - | - |\n| 2024 | 900.000 | 1.800.000 |\n| 2025 | 950.000 | 1.900.000 |');
    expect(briefLint(text)).toEqual([`cost-table-missing error ${heading(text)}`]);
    const [finding] = findingsOf(text, 'cost-table-missing');
    expect(finding.message.en).toContain('has no cost table for the plan years');
    expect(finding.message.nl).toContain('geen kostentabel voor de planjaren');
  });
});
