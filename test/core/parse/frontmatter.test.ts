import { describe, expect, it } from 'vitest';
import { parse, type NodeLocation } from '../../../server/src/core';
import { at, CLEAN, crlf, framework, replace, spanOf } from '../../helpers/plans';

const frontMatterOf = (text: string) => parse(text, framework).frontMatter!;
const where = (text: string, pointer: string) => {
  const location: NodeLocation | undefined = frontMatterOf(text).locations.get(pointer);
  if (!location) throw new Error(`no location for ${pointer}`);
  return { key: location.key && at(location.key), value: at(location.value) };
};

describe('front matter', () => {
  it('is found with its range, opener and YAML', () => {
    const fm = frontMatterOf(CLEAN);
    const closer = Number(spanOf(CLEAN, '---\n\n# Testplan').split(':')[0]);
    expect(at(fm.range)).toBe(`1:1-${closer}:4`);
    expect(at(fm.openerRange)).toBe('1:1-1:4');
    expect(fm.contentOffset).toBe(4);
    expect(fm.yaml.startsWith('iplan: kwaliteitskader-2022\n')).toBe(true);
    expect(fm.yaml.endsWith('maatregelen: Overdracht in jaarlijkse tranches.\n')).toBe(true);
    expect(fm.syntaxErrors).toEqual([]);
    expect((fm.data as { planperiode: unknown }).planperiode).toEqual({ van: 2026, tot: 2028 });
  });

  it('may close with ...', () => {
    const fm = frontMatterOf(CLEAN.replace('\n---\n\n#', '\n...\n\n#'));
    expect(fm.syntaxErrors).toEqual([]);
    expect((fm.data as { ministerie: string }).ministerie).toBe('BZK');
  });

  it('needs --- on the very first line', () => {
    expect(parse(`\n${CLEAN}`, framework).frontMatter).toBeUndefined();
    expect(parse(` ${CLEAN}`, framework).frontMatter).toBeUndefined();
  });

  describe('locations', () => {
    it('give the key and value of a scalar', () => {
      expect(where(CLEAN, '/ministerie')).toEqual({ key: spanOf(CLEAN, 'ministerie'), value: spanOf(CLEAN, 'BZK') });
      expect(where(CLEAN, '/versie')).toEqual({ key: spanOf(CLEAN, 'versie'), value: spanOf(CLEAN, '"1.0"') });
    });

    it('give nested pointers in block style', () => {
      expect(where(CLEAN, '/kosten/1/jaar')).toEqual({ key: spanOf(CLEAN, 'jaar', 'jaar: 2027'), value: spanOf(CLEAN, '2027') });
      expect(where(CLEAN, '/planperiode/tot')).toEqual({ key: spanOf(CLEAN, 'tot'), value: spanOf(CLEAN, '2028', 'tot') });
      expect(where(CLEAN, '/activiteiten/0/landschapsimpact/systemen/0')).toEqual({ key: undefined, value: spanOf(CLEAN, 'Zaaksysteem', 'systemen: [Zaak') });
    });

    it('give a collection from its first to its last character, without the line break after it', () => {
      expect(where(CLEAN, '/planperiode')).toEqual({ key: spanOf(CLEAN, 'planperiode'), value: spanOf(CLEAN, 'van: 2026\n  tot: 2028') });
      expect(where(CLEAN, '/kosten/1')).toEqual({ key: undefined, value: spanOf(CLEAN, 'jaar: 2027\n    vernieuwing: 1500000\n    beheer_en_onderhoud: 2000000') });
      expect(where(CLEAN, '/kosten').value).toBe(spanOf(CLEAN, CLEAN.slice(CLEAN.indexOf('- jaar: 2026'), CLEAN.indexOf('2500000') + 7)));
    });

    it('end before a trailing comment, blank line or block-scalar line break', () => {
      const text = replace(CLEAN, '  tot: 2028\n', '  tot: 2028 # inclusief\n\n  # einde periode\n');
      expect(where(text, '/planperiode').value).toBe(spanOf(text, 'van: 2026\n  tot: 2028'));
      const literal = replace(CLEAN, 'titel: Testplan BZK 2026-2028', 'titel: |\n  Testplan BZK\n  2026-2028\n');
      expect(where(literal, '/titel').value).toBe(spanOf(literal, '|\n  Testplan BZK\n  2026-2028'));
    });

    it('give flow-style nodes', () => {
      const text = replace(CLEAN, 'planperiode:\n  van: 2026\n  tot: 2028', 'planperiode: { van: 2026, tot: 2028 }');
      expect(where(text, '/planperiode')).toEqual({ key: spanOf(text, 'planperiode'), value: spanOf(text, '{ van: 2026, tot: 2028 }') });
      expect(where(text, '/planperiode/van')).toEqual({ key: spanOf(text, 'van'), value: spanOf(text, '2026', 'van') });
    });

    it('give a key without a value its key as value', () => {
      const text = replace(CLEAN, 'dashboard_nummer: BZK-0042', 'dashboard_nummer:');
      expect(where(text, '/activiteiten/0/dashboard_nummer')).toEqual({ key: spanOf(text, 'dashboard_nummer'), value: spanOf(text, 'dashboard_nummer') });
    });

    it('escape / and ~ in keys as JSON pointers do', () => {
      const text = replace(CLEAN, 'status: concept', 'status: concept\nx-a/b~c: 1');
      expect(where(text, '/x-a~1b~0c')).toEqual({ key: spanOf(text, 'x-a/b~c'), value: spanOf(text, '1', 'x-a/b~c') });
    });

    it('are in UTF-16 code units after astral characters', () => {
      const text = replace(CLEAN, 'titel: Testplan BZK 2026-2028', 'titel: "𝔹ZK 🚀"\nx-na: 1');
      expect(where(text, '/titel').value).toBe(spanOf(text, '"𝔹ZK 🚀"'));
      expect(where(text, '/titel').value).toBe('4:8-4:17');
    });
  });

  it('collects YAML comments with their ranges', () => {
    const text = replace(replace(CLEAN, 'status: concept', 'status: concept # TODO vaststellen'), '\nkosten:\n', '\n# iplan-disable-next-line cost-year-missing\nkosten:\n');
    const comments = frontMatterOf(text).comments.map((c) => ({ text: c.text, at: at(c.range) }));
    expect(comments).toEqual([
      { text: 'TODO vaststellen', at: spanOf(text, '# TODO vaststellen') },
      { text: 'iplan-disable-next-line cost-year-missing', at: spanOf(text, '# iplan-disable-next-line cost-year-missing') },
    ]);
  });

  it('collects string scalars with their source, quotes included', () => {
    const fm = frontMatterOf(CLEAN);
    const sources = fm.scalars.map((s) => s.source);
    expect(sources).toContain('"1.0"');
    expect(sources).toContain('Vervanging zaaksysteem');
    expect(sources).not.toContain('2026');
    const titel = fm.scalars.find((s) => s.source === 'Testplan BZK 2026-2028')!;
    expect(CLEAN.slice(titel.offset, titel.offset + titel.source.length)).toBe('Testplan BZK 2026-2028');
  });

  describe('syntax errors', () => {
    it('are located in the file, and leave no data', () => {
      const text = replace(CLEAN, 'ministerie: BZK', 'ministerie: [BZK');
      const fm = frontMatterOf(text);
      expect(fm.data).toBeUndefined();
      expect(fm.syntaxErrors.length).toBeGreaterThan(0);
      expect(fm.syntaxErrors.every((e) => e.range.start.line >= 1 && e.range.end.line <= 52)).toBe(true);
      expect(fm.locations.size).toBe(0);
    });

    it('include an unclosed front matter, on the opener, with the rest read as body', () => {
      const text = CLEAN.replace('\n---\n\n#', '\n\n#');
      const plan = parse(text, framework);
      expect(plan.frontMatter!.syntaxErrors.map((e) => at(e.range))).toEqual(['1:1-1:4']);
      expect(plan.sections.length).toBe(13);
    });

    it('include too many aliases (a billion-laughs document)', () => {
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
      const fm = frontMatterOf(`---\niplan: x\n${bomb}\n---\n`);
      expect(fm.data).toBeUndefined();
      expect(fm.syntaxErrors).toHaveLength(1);
    });
  });

  it('gives the same locations in a CRLF file', () => {
    const lf = frontMatterOf(CLEAN);
    const crlfFm = frontMatterOf(crlf(CLEAN));
    for (const pointer of ['/planperiode', '/kosten/1', '/kosten/1/jaar', '/activiteiten/1/landschapsimpact']) {
      expect(at(crlfFm.locations.get(pointer)!.value), pointer).toBe(at(lf.locations.get(pointer)!.value));
    }
  });
});
