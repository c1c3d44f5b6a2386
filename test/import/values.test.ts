// The readers that turn a Word plan's own wording into front-matter values.
import { describe, expect, it } from 'vitest';
import { schemaAt, sectionIdOf, type SchemaNode } from '../../server/src/core';
import { readChoice, readDate, readDecree, readMinistry, readPeriod, readVersion, splitList } from '../../server/src/import/values';
import { framework } from '../helpers/plans';

const node = (...path: string[]) => schemaAt(framework.frontMatterSchema as SchemaNode, path)!;
const readMinistryOf = (text: string) => readMinistry(text, node('ministerie'));

describe('reading stated values', () => {
  it('names the ministry by code, abbreviation or name, the longest name winning', () => {
    expect(readMinistryOf('Infrastructuur en Waterstaat (IenW)')).toBe('IENW');
    expect(readMinistryOf('Ministerie van Justitie en Veiligheid')).toBe('JENV');
    expect(readMinistryOf('Economische Zaken en Klimaat')).toBe('EZK');
    expect(readMinistryOf('Economische Zaken')).toBe('EZ');
    expect(readMinistryOf('Ministry of Education, Culture and Science')).toBe('OCW');
    expect(readMinistryOf('BZK')).toBe('BZK');
    expect(readMinistryOf('Landbouw, Visserij, Voedselzekerheid en Natuur')).toBe('LVVN');
    expect(readMinistryOf('de afdeling informatievoorziening')).toBeUndefined();
    expect(readMinistryOf('define the defaults')).toBeUndefined();
  });

  it('reads plan periods, dates and versions written in several ways', () => {
    expect(readPeriod('2026 t/m 2029')).toEqual({ van: 2026, tot: 2029 });
    expect(readPeriod('2026–2029')).toEqual({ van: 2026, tot: 2029 });
    expect(readPeriod('van 2025 tot en met 2028')).toEqual({ van: 2025, tot: 2028 });
    expect(readPeriod('2025 to 2028')).toEqual({ van: 2025, tot: 2028 });
    expect(readPeriod('vier jaar')).toBeUndefined();
    expect(readDate('15 maart 2026')).toBe('2026-03-15');
    expect(readDate('1 October 2025')).toBe('2025-10-01');
    expect(readDate('March 3, 2026')).toBe('2026-03-03');
    expect(readDate('2026-03-15')).toBe('2026-03-15');
    expect(readDate('15-3-2026')).toBe('2026-03-15');
    expect(readDate('31 februari 2026')).toBeUndefined();
    expect(readVersion('1.0')).toBe('1.0');
    expect(readVersion('versie 1,2')).toBe('1.2');
    expect(readVersion('v0.9')).toBe('0.9');
    expect(readVersion('concept')).toBeUndefined();
  });

  it('reads enumerations from their Dutch and English words, and refuses when unsure', () => {
    expect(readChoice('Vastgesteld', 'status')).toBe('vastgesteld');
    expect(readChoice('Draft', 'status', node('status'))).toBe('concept');
    expect(readChoice('Kas-verplichtingenstelsel', 'boekhoudstelsel')).toBe('kas-verplichtingen');
    expect(readChoice('Baten-lastenstelsel', 'boekhoudstelsel')).toBe('baten-lasten');
    expect(readChoice('Cash and commitments', 'boekhoudstelsel')).toBe('kas-verplichtingen');
    expect(readChoice('In uitvoering', 'activityStatus')).toBe('in-uitvoering');
    expect(readChoice('in progress', 'activityStatus', node('activiteiten', '*', 'status'))).toBe('in-uitvoering');
    expect(readChoice('being reconsidered', 'activityStatus', node('activiteiten', '*', 'status'))).toBe('in-heroriëntatie');
    expect(readChoice('n.v.t.', 'acict')).toBe('niet-van-toepassing');
    expect(readChoice('medium', 'niveau', node('doelstellingen', '*', 'landschapsimpact', 'niveau'))).toBe('midden');
    expect(readChoice('kas en baten', 'boekhoudstelsel')).toBeUndefined();
    expect(readDecree('Besluit CIO-stelsel Rijksdienst 2025', [2021, 2025])).toBe(2025);
    expect(readDecree('2023', [2021, 2025])).toBeUndefined();
  });

  it('splits lists of names in a cell on semicolons or line breaks, else commas', () => {
    expect(splitList('Meetnet water; Verkeerscentrale-data')).toEqual(['Meetnet water', 'Verkeerscentrale-data']);
    expect(splitList('Zaaksysteem, DMS')).toEqual(['Zaaksysteem', 'DMS']);
    expect(splitList('–')).toEqual([]);
  });
});

describe('title matching', () => {
  it('ignores "Hoofdstuk N" and "Chapter N" in front of a section title', () => {
    expect(sectionIdOf(framework, 'Hoofdstuk 7 Financiën')).toBe('financien');
    expect(sectionIdOf(framework, 'Hoofdstuk 2: Beleidsprioriteiten')).toBe('beleidsprioriteiten');
    expect(sectionIdOf(framework, 'Hoofdstuk 3 — Prioritaire IV-doelstellingen')).toBe('doelstellingen');
    expect(sectionIdOf(framework, 'Chapter 7 – Finances')).toBe('financien');
    expect(sectionIdOf(framework, 'Hoofdstukken')).toBeUndefined();
  });
});
