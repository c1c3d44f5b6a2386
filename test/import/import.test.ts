// Import from Word: real .docx files made by python-docx and LibreOffice
// (scripts/make-import-fixtures.py) are imported, then checked by the core; the findings must be
// exactly what each document really lacks.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework, lintText, type Finding, type Plan } from '../../server/src/core';
import { formatReport, ImportError, importDocx, type ImportResult } from '../../server/src/import';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'import');
const framework = defaultFramework();
const ALL_SECTIONS = framework.definition.sections.map((section) => section.id);

async function importFixture(name: string, locale: 'nl' | 'en'): Promise<ImportResult> {
  return importDocx(readFileSync(path.join(FIXTURES, name)), framework, { locale });
}

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1]) as Record<string, unknown>;
}

/** A finding as rule id and the line it points at (for the front matter: the key and value). */
function described(finding: Finding, plan: Plan): string {
  const start = plan.lines.offsetAt({ line: finding.range.start.line, character: 0 });
  const line = plan.text.slice(start, plan.text.indexOf('\n', start)).split(' #')[0].trim();
  return finding.ruleId === 'section-missing' ? `${finding.ruleId}: ${finding.message.en}` : `${finding.ruleId} @ ${line}`;
}

function check(text: string): { findings: string[]; plan: Plan; raw: Finding[] } {
  const outcome = lintText(text, framework);
  expect(outcome.isPlan).toBe(true);
  return { findings: outcome.findings.map((f) => described(f, outcome.plan)), plan: outcome.plan, raw: outcome.findings };
}

/** The cost table as the checker reads it, year by year, in euros. */
function tableCosts(plan: Plan) {
  return plan.costTables[0].rows
    .filter((row) => row.kind === 'year')
    .map((row) => ({ jaar: row.year, vernieuwing: row.amounts.renewal?.amount?.value, beheer_en_onderhoud: row.amounts.maintenance?.amount?.value }));
}

describe('a Dutch plan with the usual parts (python-docx: Title style, numbered Heading 1, properties table, full euros)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importFixture('ienw-2026-2029.docx', 'nl');
  });

  it('carries every value the document states in the front matter', () => {
    expect(frontMatterOf(result.text)).toEqual({
      iplan: 'kwaliteitskader-2022',
      ministerie: 'IENW',
      titel: 'Meerjarig IV-plan Infrastructuur en Waterstaat 2026–2029',
      versie: '1.0',
      status: 'vastgesteld',
      vastgesteld_op: '2026-03-15',
      besluit_cio_stelsel: 2025,
      planperiode: { van: 2026, tot: 2029 },
      boekhoudstelsel: 'kas-verplichtingen',
      kosten: [
        { jaar: 2026, vernieuwing: 21_500_000, beheer_en_onderhoud: 71_000_000 },
        { jaar: 2027, vernieuwing: 23_250_000, beheer_en_onderhoud: 72_100_000 },
        { jaar: 2028, vernieuwing: 19_800_000, beheer_en_onderhoud: 73_400_000 },
        { jaar: 2029, vernieuwing: 20_600_000, beheer_en_onderhoud: 74_600_000 },
      ],
      doelstellingen: [
        {
          id: 'D1',
          titel: 'Weerbare netwerken voor de vitale infrastructuur',
          thema: 'Digitale weerbaarheid',
          landschapsimpact: {
            niveau: 'hoog',
            systemen: ['Besturing sluizen en bruggen', 'Kantoornetwerk RWS'],
            gegevens: ['Besturingsgegevens'],
            maatregelen: 'Netwerken worden per regio gescheiden, met een terugvaloptie per object.',
          },
        },
        {
          id: 'D2',
          titel: 'Eén gegevenslandschap voor water en wegen',
          thema: 'Data en algoritmen',
          landschapsimpact: {
            niveau: 'midden',
            systemen: ['Meetnet water', 'Verkeerscentrale-data'],
            gegevens: ['Waterstanden', 'Verkeersintensiteiten'],
            maatregelen: 'Bronnen worden één voor één aangesloten op het gegevensplatform.',
          },
        },
        {
          id: 'D3',
          titel: 'Minder legacy in de uitvoering',
          thema: 'ICT-landschap',
          landschapsimpact: {
            niveau: 'hoog',
            systemen: ['Vergunningensysteem (maatwerk)', 'Beheersysteem kunstwerken'],
            gegevens: ['Vergunningdossiers'],
            maatregelen: 'Per applicatie een uitfaseringsdatum; gegevens worden eerst gemigreerd.',
          },
        },
      ],
      activiteiten: [
        {
          id: 'A1',
          naam: 'Netwerkscheiding objecten',
          totale_kosten: 24_000_000,
          status: 'in-uitvoering',
          dashboard_nummer: 'IENW-0101',
          acict: 'getoetst',
          landschapsimpact: {
            niveau: 'hoog',
            systemen: ['Besturing sluizen en bruggen'],
            gegevens: ['Besturingsgegevens'],
            maatregelen: 'Gefaseerde uitrol per regio met parallelle draaiperiode.',
          },
        },
        {
          id: 'A2',
          naam: 'Gegevensplatform water',
          totale_kosten: 8_750_000,
          status: 'nog-niet-gestart',
          acict: 'gemeld',
          landschapsimpact: { niveau: 'midden', systemen: ['Meetnet water'], gegevens: ['Waterstanden'], maatregelen: 'Oude meetdatabank blijft alleen-lezen tot 2028.' },
        },
        { id: 'A3', naam: 'Vervanging vergunningensysteem', totale_kosten: 3_200_000, status: 'in-uitvoering', acict: 'niet-van-toepassing' },
      ],
    });
  });

  it('recognises all 13 sections, in order, with the title as the one level-1 heading', () => {
    const { plan } = check(result.text);
    expect(plan.sections.map((s) => s.frameworkId)).toEqual(ALL_SECTIONS);
    expect(plan.headings.filter((h) => h.depth === 1).map((h) => h.text)).toEqual(['Meerjarig IV-plan Infrastructuur en Waterstaat 2026–2029']);
    // "D1 — …" were Heading 2 under Heading 1 chapters: they stay one level below their chapter.
    expect(plan.headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 2))).toEqual(['D1', 'D2', 'D3']);
  });

  it('gives cost data that agree with the table', () => {
    const { plan, findings } = check(result.text);
    const data = frontMatterOf(result.text).kosten;
    expect(tableCosts(plan)).toEqual(data);
    expect(findings.filter((f) => f.startsWith('cost-'))).toEqual([]);
  });

  it('is reported by the checker only for what the document really lacks', () => {
    // A2 (€ 8,75 mln) has no dashboard number ("–"); A3 has no row in the impact table.
    expect(check(result.text).findings).toEqual(['large-activity-dashboard @ totale_kosten: 8750000', 'landscape-impact-missing @ - id: "A3"']);
  });

  it('keeps lists, emphasis and merged cells (made plain), and marks the dropped image', () => {
    expect(result.text).toContain('- weerbare netwerken voor de vitale infrastructuur;');
    expect(result.text).toContain('1. Veilig en bereikbaar Nederland.');
    expect(result.text).toContain('**€ 92,5 mln**');
    // The merged title row of the properties table and the merged "Personeel" cell.
    expect(result.text).toMatch(/\| Gegevens van dit plan +\| +\|/);
    expect(result.text).toMatch(/\| Personeel +\| Schaarste aan OT-specialisten +\| Eigen opleiding +\|\n\| +\| Vergrijzing +\|/);
    expect(result.text).toContain('<!-- afbeelding (png) niet overgenomen -->');
  });

  it('reports what was filled and what is left, in Dutch', () => {
    expect(formatReport(result.report, 'ienw-2026-2029.docx', 'nl', framework)).toBe(
      [
        'iplan import: ienw-2026-2029.docx',
        '  titel: Meerjarig IV-plan Infrastructuur en Waterstaat 2026–2029',
        '  hoofdstukken: 13 van 13 kaderonderdelen herkend',
        '  ingevuld:',
        '    + ministerie: IENW (uit de kenmerkentabel)',
        '    + titel: Meerjarig IV-plan Infrastructuur en Waterstaat 2026–2029 (uit de titel)',
        '    + versie: 1.0 (uit de kenmerkentabel)',
        '    + status: vastgesteld (uit de kenmerkentabel)',
        '    + datum van vaststelling: 2026-03-15 (uit de kenmerkentabel)',
        '    + Besluit CIO-stelsel: 2025 (uit de kenmerkentabel)',
        '    + planperiode: 2026–2029 (uit de kenmerkentabel)',
        '    + boekhoudstelsel: kas-verplichtingen (uit de kenmerkentabel)',
        '    + kosten: 4 jaren uit de kostentabel',
        '    + doelstellingen: 3 (uit de tekst), 3 met thema',
        '    + activiteiten: 3 uit de portfoliotabel',
        '    + landschapsimpact: 5 van 6 uit de impacttabel',
        '  open voor de auteur:',
        '    - landschapsimpact van A3',
        '    - 1 afbeelding(en) niet overgenomen; een commentaar in de tekst wijst de plaats aan',
        '  controle: 2 fouten, 0 waarschuwingen (large-activity-dashboard, landscape-impact-missing)',
        '',
      ].join('\n'),
    );
  });
});

describe('an English plan (LibreOffice: title as the only Heading 1, chapters as Heading 2, € mln, footnotes)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importFixture('ocw-2025-2028-en.docx', 'en');
  });

  it('reads a properties table worded differently and amounts in € mln', () => {
    const data = frontMatterOf(result.text);
    expect(data).toMatchObject({
      ministerie: 'OCW',
      titel: 'Multi-year information plan OCW 2025–2028',
      versie: '0.8',
      status: 'concept',
      besluit_cio_stelsel: 2021,
      planperiode: { van: 2025, tot: 2028 },
      boekhoudstelsel: 'kas-verplichtingen',
      kosten: [
        { jaar: 2025, vernieuwing: 21_400_000, beheer_en_onderhoud: 96_200_000 },
        { jaar: 2026, vernieuwing: 24_800_000, beheer_en_onderhoud: 98_500_000 },
        { jaar: 2027, vernieuwing: 19_100_000, beheer_en_onderhoud: 101_000_000 },
        { jaar: 2028, vernieuwing: 15_300_000, beheer_en_onderhoud: 103_400_000 },
      ],
      doelstellingen: [
        { id: 'D1', titel: 'Every OCW organisation meets the BIO', thema: 'Digitale weerbaarheid' },
        { id: 'D2', titel: 'Education data is exchanged through one trusted route', thema: 'Data en algoritmen' },
      ],
      activiteiten: [
        {
          id: 'A1',
          naam: 'Modernisation of the student finance system',
          totale_kosten: 46_000_000,
          status: 'in-uitvoering',
          dashboard_nummer: 'OCW-0012',
          acict: 'getoetst',
        },
      ],
    });
    expect(data).not.toHaveProperty('vastgesteld_op');
  });

  it('recognises the 13 English sections and the checker finds nothing missing', () => {
    const { plan, findings } = check(result.text);
    expect(plan.sections.map((s) => s.frameworkId)).toEqual(ALL_SECTIONS);
    expect(tableCosts(plan)).toEqual(frontMatterOf(result.text).kosten);
    expect(findings).toEqual([]);
  });

  it('keeps footnotes (numbered as printed), links, emphasis and lists', () => {
    expect(result.text).toContain('[Kwaliteitskader](https://www.example.org/kwaliteitskader)[^1]');
    expect(result.text).toContain('Amounts in millions of euros[^2].');
    expect(result.text).toContain('[^1]: Kwaliteitskader Meerjarige Departementale IV-plannen, 2022.');
    expect(result.text).toContain('[^2]: Rounded to one decimal.');
    expect(result.text).toContain('*I-strategie Rijk*');
    expect(result.text).toContain('- Fewer **legacy** systems.');
    expect(result.text).toContain('2. A phase-out date for each.');
    expect(result.text).toContain('<!-- image (png) not imported -->');
    expect(result.report.footnotes).toBe(2);
  });
});

describe('a plan with no properties table ("Hoofdstuk N" chapters, "€ 12,5 mln" in every cell)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importFixture('jenv-2025-2028.docx', 'nl');
  });

  it('takes ministry and period from the title, and leaves the rest as placeholders', () => {
    const data = frontMatterOf(result.text);
    expect(data).toMatchObject({
      ministerie: 'JENV',
      titel: 'Informatieplan Justitie en Veiligheid 2025–2028',
      versie: null,
      status: null,
      besluit_cio_stelsel: null,
      planperiode: { van: 2025, tot: 2028 },
      boekhoudstelsel: null,
      kosten: [
        { jaar: 2025, vernieuwing: 12_500_000, beheer_en_onderhoud: 60_000_000 },
        { jaar: 2026, vernieuwing: 14_000_000, beheer_en_onderhoud: 61_250_000 },
        { jaar: 2027, vernieuwing: 11_750_000, beheer_en_onderhoud: 62_000_000 },
        { jaar: 2028, vernieuwing: 9_000_000, beheer_en_onderhoud: 63_500_000 },
      ],
      doelstellingen: [
        { id: 'D1', titel: 'Een digitale strafrechtketen zonder papieren dossiers', thema: null },
        { id: 'D2', titel: 'Weerbare systemen voor de rechtspraak en het gevangeniswezen', thema: null },
      ],
      activiteiten: [
        { id: 'A1', naam: 'Digitaal strafdossier', totale_kosten: 31_500_000, dashboard_nummer: 'JENV-0044', acict: 'gemeld' },
        { id: 'A2', naam: 'Vervanging detentiesysteem', totale_kosten: 12_000_000 },
      ],
    });
    expect(result.text).toContain('versie: null # TODO versie, bijvoorbeeld "1.0"');
    expect(result.text).toContain('status: null # TODO kies uit: concept | vastgesteld');
  });

  it('matches "Hoofdstuk N" chapters and keeps the appendix the framework does not know, in its place', () => {
    const { plan } = check(result.text);
    expect(plan.sections.map((s) => s.frameworkId ?? s.heading.text)).toEqual([...ALL_SECTIONS.filter((id) => id !== 'levenscyclus'), 'Bijlage A Begrippenlijst']);
    expect(result.report.sections.other).toEqual(['Bijlage A Begrippenlijst']);
  });

  it('is reported by the checker exactly for what is missing', () => {
    const { findings, plan } = check(result.text);
    expect(tableCosts(plan)).toEqual(frontMatterOf(result.text).kosten);
    expect(findings).toEqual([
      'section-missing: The section ‘Lifecycle management and legacy’ is missing; the framework asks for it as section 10, as a level-2 heading (## Lifecycle management and legacy).',
      'placeholder @ versie: null',
      'placeholder @ status: null',
      'placeholder @ besluit_cio_stelsel: null',
      'placeholder @ boekhoudstelsel: null',
      'landscape-impact-missing @ - id: "D1"',
      'placeholder @ thema: null',
      'landscape-impact-missing @ - id: "D2"',
      'placeholder @ thema: null',
      'landscape-impact-missing @ - id: "A1"',
      'landscape-impact-missing @ - id: "A2"',
      'large-activity-acict @ totale_kosten: 12000000',
      'large-activity-dashboard @ totale_kosten: 12000000',
    ]);
  });

  it('reports in English too', () => {
    const report = formatReport(result.report, 'jenv-2025-2028.docx', 'en', framework);
    expect(report).toContain('  chapters: 12 of 13 framework sections recognised, 1 other kept (Bijlage A Begrippenlijst)\n');
    expect(report).toContain('  missing: Lifecycle management and legacy\n');
    expect(report).toContain('    + ministry: JENV (from the title)\n');
    expect(report).toContain('    - version: not in the document\n');
    expect(report).toContain('    - theme of D1, D2\n');
    expect(report).toMatch(/ {2}check: 7 errors, 6 warnings \(/);
  });
});

describe('input that is no readable Word document', () => {
  const cases: [string, ImportError['code'], string][] = [
    ['empty.docx', 'empty', 'the file is empty'],
    ['not-a-docx.docx', 'not-docx', 'this is not a Word document (.docx)'],
    ['corrupt.docx', 'corrupt', 'the Word document is corrupt'],
    ['password-protected.docx', 'encrypted', 'the document is password-protected'],
  ];
  for (const [file, code, message] of cases) {
    it(`refuses ${file} with a reason`, async () => {
      const error = await importDocx(readFileSync(path.join(FIXTURES, 'bad', file)), framework, { locale: 'en' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe(code);
      expect((error as ImportError).en).toContain(message);
      expect((error as ImportError).nl).not.toBe((error as ImportError).en);
    });
  }

  it('tells an old binary .doc (a CFB file without an EncryptionInfo stream) from an encrypted .docx', async () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const old = await importDocx(cfb, framework, { locale: 'nl' }).catch((e: unknown) => e);
    expect((old as ImportError).nl).toContain('oud Word-document (.doc');
  });
});
