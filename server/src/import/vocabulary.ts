/**
 * How Word plans word what the front matter holds: the labels of a properties table, the headers
 * of portfolio, objective and landscape tables, and the ministries' names. Matched on
 * `normalizeTitle`'s key, so case, dashes and a trailing colon do not matter.
 */
import { normalizeTitle } from '../core';

export type PropertyKey = 'ministerie' | 'titel' | 'planperiode' | 'versie' | 'status' | 'vastgesteld_op' | 'besluit_cio_stelsel' | 'boekhoudstelsel';

/** Labels of a properties table's first column, per front-matter key. */
export const PROPERTY_LABELS: Record<PropertyKey, string[]> = {
  ministerie: ['ministerie', 'departement', 'ministry', 'department', 'organisatie', 'organisation', 'organization'],
  titel: ['titel', 'title', 'titel van het plan', 'naam van het plan', 'plan title'],
  planperiode: ['planperiode', 'periode', 'looptijd', 'planjaren', 'plan period', 'period', 'planning period', 'years'],
  versie: ['versie', 'versienummer', 'version', 'version number'],
  status: ['status', 'documentstatus', 'status van het plan', 'document status'],
  vastgesteld_op: [
    'vastgesteld op',
    'datum vaststelling',
    'datum van vaststelling',
    'vaststellingsdatum',
    'vastgesteld',
    'adopted on',
    'date adopted',
    'date of adoption',
    'adoption date',
    'approved on',
  ],
  besluit_cio_stelsel: ['besluit cio-stelsel', 'besluit cio-stelsel rijksdienst', 'cio-stelsel', 'cio-besluit', 'cio decree', 'cio system decree', 'besluit'],
  boekhoudstelsel: ['boekhoudstelsel', 'begrotingsstelsel', 'stelsel', 'accounting system', 'accounting basis', 'budget system'],
};

/** Column headers of the tables the importer reads. */
export const COLUMN_LABELS = {
  id: ['id', 'nr', 'nr.', 'nummer', 'code', 'no', 'no.', 'number', '#'],
  objectiveTitle: ['doelstelling', 'doel', 'titel', 'omschrijving', 'objective', 'goal', 'title', 'description'],
  theme: ['thema', 'i-strategiethema', 'i-strategie thema', 'theme', 'i-strategy theme'],
  activityName: ['activiteit', 'naam', 'project', 'programma', 'ict-activiteit', 'activity', 'name', 'programme', 'program'],
  totalCost: ['totale kosten', 'kosten', 'totaal', 'budget', 'omvang', 'total cost', 'total costs', 'cost', 'costs', 'total'],
  activityStatus: ['status', 'stand', 'state'],
  dashboard: ['dashboardnummer', 'dashboard', 'rijks ict-dashboard', 'nummer ict-dashboard', 'dashboard number', 'dashboard id'],
  acict: ['acict', 'adviescollege ict-toetsing', 'acict-status', 'acict status', 'bit', 'toetsing'],
  subject: ['doelstelling of activiteit', 'doelstelling/activiteit', 'onderwerp', 'id', 'objective or activity', 'objective/activity', 'subject', 'item'],
  level: ['niveau', 'impact', 'impactniveau', 'mate van impact', 'level', 'impact level'],
  systems: ['systemen', 'geraakte systemen', 'applicaties', 'systems', 'affected systems', 'applications'],
  data: ['gegevens', 'geraakte gegevens', 'gegevensverzamelingen', 'data', 'affected data', 'datasets'],
  measures: ['maatregelen', 'maatregel', 'aanpak', 'measures', 'measure', 'mitigation', 'approach'],
} as const;

export type ColumnKind = keyof typeof COLUMN_LABELS;

/** Header text without units or notes in brackets, as a matching key. */
export function labelKey(text: string): string {
  return normalizeTitle(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[*_:]/g, ' '));
}

export function isLabel(text: string, labels: readonly string[]): boolean {
  const key = labelKey(text);
  return labels.some((label) => normalizeTitle(label) === key);
}

/**
 * The ministries by code, with their names in Dutch and English (since the 2024 reorganisation,
 * and before it for EZK and LNV). The code is the schema's.
 */
export const MINISTRIES: Record<string, { names: string[]; abbreviations: string[] }> = {
  AZ: { names: ['Algemene Zaken', 'General Affairs'], abbreviations: ['AZ'] },
  AENM: { names: ['Asiel en Migratie', 'Asylum and Migration'], abbreviations: ['AenM', 'A&M'] },
  BZ: { names: ['Buitenlandse Zaken', 'Foreign Affairs'], abbreviations: ['BZ'] },
  BZK: { names: ['Binnenlandse Zaken en Koninkrijksrelaties', 'Binnenlandse Zaken', 'Interior and Kingdom Relations'], abbreviations: ['BZK'] },
  DEF: { names: ['Defensie', 'Defence', 'Defense'], abbreviations: ['DEF', 'MinDef'] },
  EZK: { names: ['Economische Zaken en Klimaat', 'Economic Affairs and Climate Policy', 'Economic Affairs and Climate'], abbreviations: ['EZK'] },
  EZ: { names: ['Economische Zaken', 'Economic Affairs'], abbreviations: ['EZ'] },
  FIN: { names: ['Financiën', 'Financien', 'Finance'], abbreviations: ['FIN', 'MinFin'] },
  IENW: { names: ['Infrastructuur en Waterstaat', 'Infrastructure and Water Management'], abbreviations: ['IenW', 'I&W'] },
  JENV: { names: ['Justitie en Veiligheid', 'Justice and Security'], abbreviations: ['JenV', 'J&V'] },
  KGG: { names: ['Klimaat en Groene Groei', 'Climate and Green Growth'], abbreviations: ['KGG'] },
  LVVN: {
    names: ['Landbouw, Visserij, Voedselzekerheid en Natuur', 'Agriculture, Fisheries, Food Security and Nature'],
    abbreviations: ['LVVN'],
  },
  LNV: { names: ['Landbouw, Natuur en Voedselkwaliteit', 'Agriculture, Nature and Food Quality'], abbreviations: ['LNV'] },
  OCW: { names: ['Onderwijs, Cultuur en Wetenschap', 'Education, Culture and Science'], abbreviations: ['OCW'] },
  SZW: { names: ['Sociale Zaken en Werkgelegenheid', 'Social Affairs and Employment'], abbreviations: ['SZW'] },
  VRO: { names: ['Volkshuisvesting en Ruimtelijke Ordening', 'Housing and Spatial Planning'], abbreviations: ['VRO'] },
  VWS: { names: ['Volksgezondheid, Welzijn en Sport', 'Health, Welfare and Sport'], abbreviations: ['VWS'] },
};

/** Words for enumeration values, per value as the schema spells it. */
export const VALUE_WORDS = {
  status: {
    concept: ['concept', 'ontwerp', 'conceptversie', 'draft', 'in voorbereiding', 'in behandeling'],
    vastgesteld: ['vastgesteld', 'definitief', 'goedgekeurd', 'adopted', 'final', 'approved'],
  },
  boekhoudstelsel: {
    'kas-verplichtingen': ['kas', 'verplichtingen', 'cash', 'commitments'],
    'baten-lasten': ['baten', 'lasten', 'accrual', 'income and expenditure'],
  },
  niveau: {
    geen: ['geen', 'none', 'nihil', 'no impact', 'n.v.t.'],
    laag: ['laag', 'beperkt', 'klein', 'low', 'limited', 'minor'],
    midden: ['midden', 'gemiddeld', 'middel', 'matig', 'medium', 'moderate'],
    hoog: ['hoog', 'groot', 'high', 'major', 'significant'],
  },
  activityStatus: {
    'nog-niet-gestart': ['nog niet gestart', 'niet gestart', 'gepland', 'not started', 'not yet started', 'planned'],
    'in-uitvoering': ['in uitvoering', 'lopend', 'loopt', 'gestart', 'in progress', 'ongoing', 'running', 'in execution'],
    'in-heroriëntatie': ['in heroriëntatie', 'heroriëntatie', 'in herorientatie', 'herorientatie', 'reorientation', 'under reorientation'],
    afgerond: ['afgerond', 'gereed', 'klaar', 'opgeleverd', 'completed', 'finished', 'done'],
    geannuleerd: ['geannuleerd', 'gestopt', 'stopgezet', 'cancelled', 'canceled', 'stopped'],
  },
  acict: {
    gemeld: ['gemeld', 'aangemeld', 'notified', 'reported', 'registered'],
    getoetst: ['getoetst', 'advies uitgebracht', 'reviewed', 'assessed', 'tested'],
    'niet-van-toepassing': ['niet van toepassing', 'n.v.t.', 'nvt', 'n.v.t', 'not applicable', 'n/a', 'na'],
  },
} as const;

/** Cells that say "nothing here": empty, a dash, "geen", "none". */
export function isNil(text: string): boolean {
  return /^\s*(?:[-–—]|geen|none)?\s*$/i.test(text);
}
