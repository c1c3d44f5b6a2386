import { describe, expect, it } from 'vitest';
import { createFramework, parse } from '../../../server/src/core';
import { normalizeTitle } from '../../../server/src/core/framework';
import { at, CLEAN, framework, lineOf, lineSpan, spanOf } from '../../helpers/plans';

const matched = (heading: string) => parse(`## ${heading}\n\nTekst.\n`, framework).sections[0]?.frameworkId;

describe('section matching', () => {
  it.each([
    ['Samenvatting', 'samenvatting'],
    ['Summary', 'samenvatting'],
    ['Executive summary', 'samenvatting'],
    ['Managementsamenvatting', 'samenvatting'],
    ['Financiën', 'financien'],
    ['Financien', 'financien'],
    ['Finances', 'financien'],
    ['Kosten', 'financien'],
    ['FINANCIËN', 'financien'],
    ['Impact op het ICT- en gegevenslandschap', 'landschapsimpact'],
    ['Impact on the ICT and data landscape', 'landschapsimpact'],
    ["Risico's en randvoorwaarden", 'risicos'],
    ['Risico’s en randvoorwaarden', 'risicos'],
    ['Risico‘s en randvoorwaarden', 'risicos'],
    ['Risico´s en randvoorwaarden', 'risicos'],
    ["Risico's", 'risicos'],
    ['Risicos', 'risicos'],
    ['Risks and preconditions', 'risicos'],
    ['Terug- en vooruitblik per I-strategiethema', 'terug-en-vooruitblik'],
    ['Terug– en vooruitblik per I–strategiethema', 'terug-en-vooruitblik'],
    ['Sturing en CIO-stelsel', 'sturing'],
    ['I-vakmanschap', 'vakmanschap'],
  ])('%s is %s', (heading, id) => {
    expect(matched(heading)).toBe(id);
  });

  it.each([
    ['3. Prioritaire IV-doelstellingen'],
    ['3 Prioritaire IV-doelstellingen'],
    ['3.1 Prioritaire IV-doelstellingen'],
    ['3.1. Prioritaire IV-doelstellingen'],
    ['10.2.3 Prioritaire IV-doelstellingen'],
    ['III. Prioritaire IV-doelstellingen'],
    ['  3.   Prioritaire   IV-doelstellingen  '],
    ['Prioritaire IV-doelstellingen:'],
    ['*Prioritaire IV-doelstellingen*'],
    ['Prioritaire `IV`-doelstellingen'],
    ['PRIORITAIRE IV-DOELSTELLINGEN'],
  ])('numbering, case, spacing and inline markup are ignored: %s', (heading) => {
    expect(matched(heading)).toBe('doelstellingen');
  });

  it.each([
    ['Doelstellingen en meer'],
    ['3Prioritaire IV-doelstellingen'],
    ['Samenvatting 2026'],
    ['Bijlage: Financiën'],
    ['Over de samenvatting'],
  ])('a title with more or other words is no framework section: %s', (heading) => {
    expect(matched(heading)).toBeUndefined();
  });

  it('matches level-2 headings only, ATX and setext alike', () => {
    expect(parse('# Samenvatting\n\nTekst.\n', framework).sections).toEqual([]);
    expect(parse('### Samenvatting\n\nTekst.\n', framework).sections).toEqual([]);
    const setext = parse('Samenvatting\n------------\n\nTekst.\n', framework);
    expect(setext.sections.map((s) => [s.frameworkId, at(s.heading.range)])).toEqual([['samenvatting', '1:1-2:13']]);
  });

  it('normalizeTitle folds what the matching ignores', () => {
    expect(normalizeTitle(' 12.  Risico’s  en  Randvoorwaarden. ')).toBe('risicos en randvoorwaarden');
    expect(normalizeTitle('Hoofdstuk 7 – Financiën', framework.headingForms)).toBe('financien');
    expect(normalizeTitle('Informatiebeveiliging & Privacy', framework.headingForms)).toBe('informatiebeveiliging en privacy');
  });
});

describe('headings as people write them', () => {
  it.each([
    ['Hoofdstuk 7 – Financiën', 'financien'],
    ['Hoofdstuk 7 - Financiën', 'financien'],
    ['Hoofdstuk 7: Financiën', 'financien'],
    ['Hoofdstuk 7. Financiën', 'financien'],
    ['Hoofdstuk 7 Financiën', 'financien'],
    ['HOOFDSTUK 12 — RISICO’S EN RANDVOORWAARDEN', 'risicos'],
    ['Hoofdstuk IV: Terug- en vooruitblik per I-strategiethema', 'terug-en-vooruitblik'],
    ['Chapter 7 – Finances', 'financien'],
    ['§ 7 Financiën', 'financien'],
    ['§7 Financiën', 'financien'],
    ['7 - Financiën', 'financien'],
    ['3 Financiën / Finances', 'financien'],
    ['Financiën / Finances', 'financien'],
    ['Finances | Financiën', 'financien'],
    ['12 Risico’s en randvoorwaarden / Risks and preconditions', 'risicos'],
    ['Informatiebeveiliging & privacy', 'informatiebeveiliging'],
    ['8. Informatiebeveiliging & Privacy', 'informatiebeveiliging'],
    ['Information security & privacy', 'informatiebeveiliging'],
    ['Risks & preconditions', 'risicos'],
    ['Terug- & vooruitblik per I-strategiethema', 'terug-en-vooruitblik'],
    ["Risico's en randvoorwaarden", 'risicos'],
    ['Risico’s en randvoorwaarden', 'risicos'],
    ['Risicos en randvoorwaarden', 'risicos'],
    ['Samenvatting:', 'samenvatting'],
    ['Samenvatting :', 'samenvatting'],
    ['1. Samenvatting:', 'samenvatting'],
    ['FINANCIËN', 'financien'],
    ['FINANCIEN', 'financien'],
    ['Financien', 'financien'],
    ['LEVENSCYCLUSMANAGEMENT EN LEGACY', 'levenscyclus'],
  ])('%s is %s', (heading, id) => {
    expect(matched(heading)).toBe(id);
  });

  it.each([
    ['Hoofdstuk Financiën'],
    ['Deelname van ketenpartners'],
    ['Participatie'],
    ['Bijlage: Financiën'],
    ['Financiën en meer'],
    ['Informatiebeveiliging & privacy & meer'],
    ['Hoofdstuk 7 – Financiën van de uitvoering'],
    ['Beschikbaarheid 24/7'],
  ])('still no framework section: %s', (heading) => {
    expect(matched(heading)).toBeUndefined();
  });

  it('are framework data: without the framework\'s forms, chapter words and & are text', () => {
    const definition = { ...framework.definition, headings: undefined };
    const plain = createFramework(definition, framework.frontMatterSchema);
    const plainMatch = (heading: string) => parse(`## ${heading}\n\nTekst.\n`, plain).sections[0]?.frameworkId;
    expect(plainMatch('Hoofdstuk 7 – Financiën')).toBeUndefined();
    expect(plainMatch('Informatiebeveiliging & privacy')).toBeUndefined();
    expect(plainMatch('Financiën / Finances')).toBeUndefined();
    expect(plainMatch('7. FINANCIEN:')).toBe('financien');
    const withBijlage = createFramework(
      { ...framework.definition, headings: { ...framework.definition.headings, chapterWords: ['bijlage'] } },
      framework.frontMatterSchema,
    );
    expect(parse('## Bijlage 3: Financiën\n\nTekst.\n', withBijlage).sections[0]?.frameworkId).toBe('financien');
  });

  it('a heading inside fenced code or an HTML comment is no heading', () => {
    const plan = parse('```\n## Financiën\n```\n\n<!--\n## Financiën\n-->\n\n<!-- ## Financiën -->\n', framework);
    expect(plan.headings).toEqual([]);
    expect(plan.sections).toEqual([]);
  });
});

describe('sections', () => {
  const plan = parse(CLEAN, framework);

  it('span from the heading to the last content before the next level-2 heading', () => {
    const financien = plan.sections[6];
    expect(financien.heading.text).toBe('7. Financiën');
    expect(at(financien.heading.range)).toBe(lineSpan(CLEAN, 81));
    expect(financien.heading.offset).toBe(CLEAN.indexOf('## 7. Financiën'));
    expect(at(financien.range)).toBe(`81:1-${spanOf(CLEAN, '| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |').split('-')[1]}`);
    expect(financien.endOffset).toBe(CLEAN.indexOf('## 8.'));
    expect(financien.blocks.map((b) => b.kind)).toEqual(['table']);
  });

  it('end at a level-1 heading too, and hold their sub-headings as blocks', () => {
    const text = '## Samenvatting\n\nA.\n\n### Sub\n\nB.\n\n# Bijlage\n\nC.\n';
    const [section] = parse(text, framework).sections;
    expect(section.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'A.'],
      ['heading', 'Sub'],
      ['paragraph', 'B.'],
    ]);
    expect(section.endOffset).toBe(text.indexOf('# Bijlage'));
  });

  it('keep the outline of every heading', () => {
    expect(plan.headings.slice(0, 3).map((h) => [h.depth, h.text])).toEqual([
      [1, 'Testplan BZK'],
      [2, '1. Samenvatting'],
      [2, '2. Beleidsprioriteiten met IV-component'],
    ]);
    expect(plan.headings[1].offset).toBe(CLEAN.indexOf('## 1. Samenvatting'));
    expect(lineOf(CLEAN, '## 1. Samenvatting')).toBe(plan.headings[1].range.start.line + 1);
  });

  it('give the block text of lists, quotes and tables with their items apart', () => {
    const text = '## Portfolio\n\n- A1\n- A2\n  - A3\n\n> B1\n>\n> B2\n\n| C1 | C2 |\n| -- | -- |\n| C3 | C4 |\n';
    const [section] = parse(text, framework).sections;
    expect(section.blocks.map((b) => b.text.split(/\s+/))).toEqual([
      ['A1', 'A2', 'A3'],
      ['B1', 'B2'],
      ['C1', 'C2', 'C3', 'C4'],
    ]);
  });
});
