/**
 * Every label the renderer writes itself, in Dutch and English, and the one way the renderer
 * chooses between them: `labelsFor(locale)` once per page; after that every text, amount and
 * framework title comes from the labels (`labels.of(title)`, `labels.euros(n)`). Plan text is
 * never translated; what an enumerated value is called comes from the front-matter schema.
 */
import { formatAxisMillions, formatEuros, formatMillions, type Locale, type Localized } from '../core';

const nl = {
  reportTitle: 'I-plan-rapport',
  overview: 'Overzicht',
  generatedBy: 'Gemaakt met iplan',
  file: 'Bestand',
  ministry: 'Ministerie',
  title: 'Titel',
  period: 'Planperiode',
  status: 'Status',
  version: 'Versie',
  adoptedOn: 'Vastgesteld op',
  framework: 'Kader',
  cioDecree: 'Besluit CIO-stelsel',
  accounting: 'Boekhoudstelsel',
  source: 'Bron',
  errors: 'fouten',
  warnings: 'waarschuwingen',
  error: 'fout',
  warning: 'waarschuwing',
  errorLabel: 'Fout',
  warningLabel: 'Waarschuwing',
  passLabel: 'In orde',
  noFindings: 'Geen bevindingen',
  findingsCount: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  general: 'Algemene bevindingen',
  generalHint: 'Bevindingen over het plan als geheel of over de front matter.',
  line: (line: number) => `regel ${line}`,
  ruleDocs: (ruleId: string) => `Documentatie van regel ${ruleId}`,
  contents: 'Inhoud',
  scorecard: 'Scorekaart',
  criteria: 'Criteria van het kader',
  criterion: 'Criterium',
  sections: 'Onderdelen van het plan',
  section: 'Onderdeel',
  result: 'Uitkomst',
  findings: 'Bevindingen',
  findingCount: (n: number) => `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}`,
  present: 'aanwezig',
  empty: 'leeg',
  missing: 'ontbreekt',
  optional: 'optioneel',
  scorecardSummary: (passed: number, total: number) => `${passed} van ${total} criteria in orde`,
  sectionsSummary: (present: number, total: number) => `${present} van ${total} onderdelen aanwezig`,
  costs: 'Kosten per planjaar',
  renewal: 'Vernieuwing',
  maintenance: 'Beheer en onderhoud',
  total: 'Totaal',
  year: 'Jaar',
  noCosts: 'Het plan geeft geen kosten per jaar.',
  costsSource: 'Bron: de front matter (kosten).',
  costsSourceTable: 'Bron: de kostentabel in Financiën (de front matter geeft geen kosten).',
  chartTitle: 'ICT-kosten per planjaar: vernieuwing en beheer en onderhoud',
  chartDesc: (parts: string) => `Gestapelde staven per planjaar. ${parts}`,
  chartYear: (year: number, renewal: string, maintenance: string, total: string) =>
    `${year}: vernieuwing ${renewal}, beheer en onderhoud ${maintenance}, totaal ${total}.`,
  axisUnit: '€ mln',
  amountMissing: 'ontbreekt',
  incomplete: 'onvolledig',
  portfolio: 'Portfolio',
  activity: 'Activiteit',
  totalCost: 'Totale kosten',
  dashboard: 'Dashboard',
  acict: 'AcICT',
  activityStatus: 'Status',
  large: 'groot',
  largeHint: (threshold: string) => `Grote ICT-activiteit (vanaf ${threshold})`,
  noActivities: 'Het plan noemt geen activiteiten.',
  largeSummary: (large: number, all: number, threshold: string) => `${all} activiteiten, waarvan ${large} groot (vanaf ${threshold}).`,
  landscape: 'Impact op het landschap',
  landscapeHint: 'Doelstellingen en activiteiten naar niveau van impact, met de systemen en gegevens die zij raken.',
  levelUnknown: 'Niet opgegeven',
  objective: 'Doelstelling',
  itemCount: (n: number) => `${n} ${n === 1 ? 'doelstelling of activiteit' : 'doelstellingen en activiteiten'}`,
  systems: 'Systemen',
  data: 'Gegevens',
  measures: 'Maatregelen',
  none: '—',
  nothingHere: 'Geen.',
  planText: 'Plantekst',
  image: 'afbeelding',
  imageNotLoaded: 'niet geladen',
  footnotes: 'Voetnoten',
  backToContent: 'Terug naar de tekst',
  frontMatterMissing: 'Dit plan heeft geen (leesbare) front matter; de gegevens hieronder ontbreken.',
  untitled: 'Plan zonder titel',
  plans: 'Plannen',
  plansCount: (n: number) => `${n} ${n === 1 ? 'plan' : 'plannen'}`,
  noPlans: 'Er zijn geen I-plannen gevonden.',
  sectionsShort: 'Onderdelen',
};

type Texts = typeof nl;

const en: Texts = {
  reportTitle: 'I-plan report',
  overview: 'Overview',
  generatedBy: 'Made with iplan',
  file: 'File',
  ministry: 'Ministry',
  title: 'Title',
  period: 'Plan period',
  status: 'Status',
  version: 'Version',
  adoptedOn: 'Adopted on',
  framework: 'Framework',
  cioDecree: 'Besluit CIO-stelsel',
  accounting: 'Accounting system',
  source: 'Source',
  errors: 'errors',
  warnings: 'warnings',
  error: 'error',
  warning: 'warning',
  errorLabel: 'Error',
  warningLabel: 'Warning',
  passLabel: 'Pass',
  noFindings: 'No findings',
  findingsCount: (errors, warnings) =>
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  general: 'General findings',
  generalHint: 'Findings about the plan as a whole or about its front matter.',
  line: (line) => `line ${line}`,
  ruleDocs: (ruleId) => `Documentation of rule ${ruleId}`,
  contents: 'Contents',
  scorecard: 'Scorecard',
  criteria: 'Framework criteria',
  criterion: 'Criterion',
  sections: 'Sections of the plan',
  section: 'Section',
  result: 'Result',
  findings: 'Findings',
  findingCount: (n) => `${n} ${n === 1 ? 'finding' : 'findings'}`,
  present: 'present',
  empty: 'empty',
  missing: 'missing',
  optional: 'optional',
  scorecardSummary: (passed, total) => `${passed} of ${total} criteria pass`,
  sectionsSummary: (present, total) => `${present} of ${total} sections present`,
  costs: 'Costs per plan year',
  renewal: 'Renewal',
  maintenance: 'Operations and maintenance',
  total: 'Total',
  year: 'Year',
  noCosts: 'The plan gives no costs per year.',
  costsSource: 'Source: the front matter (kosten).',
  costsSourceTable: 'Source: the cost table in Finances (the front matter gives no costs).',
  chartTitle: 'ICT costs per plan year: renewal and operations and maintenance',
  chartDesc: (parts) => `Stacked bars per plan year. ${parts}`,
  chartYear: (year, renewal, maintenance, total) => `${year}: renewal ${renewal}, maintenance ${maintenance}, total ${total}.`,
  axisUnit: '€ m',
  amountMissing: 'missing',
  incomplete: 'incomplete',
  portfolio: 'Portfolio',
  activity: 'Activity',
  totalCost: 'Total cost',
  dashboard: 'Dashboard',
  acict: 'AcICT',
  activityStatus: 'Status',
  large: 'large',
  largeHint: (threshold) => `Large ICT activity (from ${threshold})`,
  noActivities: 'The plan names no activities.',
  largeSummary: (large, all, threshold) => `${all} activities, ${large} of them large (from ${threshold}).`,
  landscape: 'Impact on the landscape',
  landscapeHint: 'Objectives and activities by impact level, with the systems and data they touch.',
  levelUnknown: 'Not given',
  objective: 'Objective',
  itemCount: (n) => `${n} ${n === 1 ? 'objective or activity' : 'objectives and activities'}`,
  systems: 'Systems',
  data: 'Data',
  measures: 'Measures',
  none: '—',
  nothingHere: 'None.',
  planText: 'Plan text',
  image: 'image',
  imageNotLoaded: 'not loaded',
  footnotes: 'Footnotes',
  backToContent: 'Back to content',
  frontMatterMissing: 'This plan has no (readable) front matter; the data below is missing.',
  untitled: 'Untitled plan',
  plans: 'Plans',
  plansCount: (n) => `${n} ${n === 1 ? 'plan' : 'plans'}`,
  noPlans: 'No I-plans were found.',
  sectionsShort: 'Sections',
};

const TEXTS: Record<Locale, Texts> = { nl, en };

export interface Labels extends Texts {
  locale: Locale;
  /** A text the framework or a finding gives in both languages. */
  of(text: Localized): string;
  /** An amount (to the cent). */
  euros(value: number): string;
  /** An amount in millions, for the chart's description. */
  millions(value: number): string;
  /** Millions without the unit, for the chart's axis and bars. */
  axis(value: number): string;
}

const cache = new Map<Locale, Labels>();

export function labelsFor(locale: Locale): Labels {
  let labels = cache.get(locale);
  if (!labels) {
    labels = {
      ...TEXTS[locale],
      locale,
      of: (text) => text[locale],
      euros: (value) => formatEuros(value, locale),
      millions: (value) => formatMillions(value, locale),
      axis: (value) => formatAxisMillions(value, locale),
    };
    cache.set(locale, labels);
  }
  return labels;
}
