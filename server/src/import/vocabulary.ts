/**
 * How Word plans word what the front matter holds: the labels of a properties table, the headers
 * of portfolio, objective and landscape tables, and the ministries' names. Matched on
 * `normalizeTitle`'s key, so case, dashes and a trailing colon do not matter.
 */
import { headerName, normalizeTitle } from '../core';

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

/** Header text without units or notes in brackets, as a matching key (the cost table's reading). */
const labelKey = (text: string): string => headerName(text);

export function isLabel(text: string, labels: readonly string[]): boolean {
  const key = labelKey(text);
  return labels.some((label) => normalizeTitle(label) === key);
}

/**
 * Other ways Word plans name a ministry than the schema's own names (`x-enum-names`, Dutch and
 * English, which are always read): the abbreviations in use and older or shorter forms.
 */
export const MINISTRY_ALIASES: Record<string, string[]> = {
  AENM: ['AenM', 'A&M'],
  BZK: ['Binnenlandse Zaken'],
  DEF: ['MinDef', 'Defense'],
  EZK: ['Economic Affairs and Climate'],
  FIN: ['Financien', 'MinFin'],
  IENW: ['IenW', 'I&W'],
  JENV: ['JenV', 'J&V'],
};

/**
 * More words for enumeration values, per value as the schema spells it; the schema's own names
 * (`x-enum-names`) are read as well.
 */
export const VALUE_WORDS = {
  status: {
    concept: ['ontwerp', 'conceptversie', 'in voorbereiding', 'in behandeling'],
    vastgesteld: ['definitief', 'goedgekeurd', 'final', 'approved'],
  },
  boekhoudstelsel: {
    'kas-verplichtingen': ['kas', 'verplichtingen', 'cash', 'commitments'],
    'baten-lasten': ['baten', 'lasten', 'accrual', 'income and expenditure'],
  },
  niveau: {
    geen: ['nihil', 'no impact', 'n.v.t.'],
    laag: ['beperkt', 'klein', 'limited', 'minor'],
    midden: ['gemiddeld', 'middel', 'matig', 'moderate'],
    hoog: ['groot', 'major', 'significant'],
  },
  activityStatus: {
    'nog-niet-gestart': ['niet gestart', 'gepland', 'not yet started', 'planned'],
    'in-uitvoering': ['lopend', 'loopt', 'gestart', 'ongoing', 'running', 'in execution'],
    'in-heroriëntatie': ['heroriëntatie', 'in herorientatie', 'herorientatie', 'reorientation', 'under reorientation'],
    afgerond: ['gereed', 'klaar', 'opgeleverd', 'finished', 'done'],
    geannuleerd: ['gestopt', 'stopgezet', 'canceled', 'stopped'],
  },
  acict: {
    gemeld: ['aangemeld', 'reported', 'registered'],
    getoetst: ['advies uitgebracht', 'assessed', 'tested'],
    'niet-van-toepassing': ['n.v.t.', 'nvt', 'n.v.t', 'n/a', 'na'],
  },
} as const;

/** Cells that say "nothing here": empty, a dash, "geen", "none". */
export function isNil(text: string): boolean {
  return /^(?:[-–—]|geen|none)?$/i.test(text.trim());
}
