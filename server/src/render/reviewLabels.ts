/**
 * The words of the reviewer's two overviews, the comparison of two versions and the portfolio
 * over many plans, in Dutch and English; on top of the renderer's own labels (amounts, findings,
 * component names), so each word is written in one place. The CLI's text formats use them too.
 */
import type { Locale } from '../core';
import { labelsFor, type Labels } from './i18n';

const nl = {
  compareTitle: 'Vergelijking van twee versies',
  compareOf: (file: string) => `Vergelijken: ${file}`,
  oldVersion: 'Oude versie',
  newVersion: 'Nieuwe versie',
  versionOf: (versie: string | null, status: string | null) =>
    [versie === null ? undefined : `versie ${versie}`, status ?? undefined].filter(Boolean).join(', '),
  noChanges: 'Geen wijzigingen.',
  identical: 'De twee versies zijn gelijk: geen wijzigingen in gegevens, tekst of bevindingen.',
  periodChanged: (before: string, after: string) => `De planperiode was ${before} en is nu ${after}.`,
  costChanges: 'Kosten per jaar en onderdeel',
  component: 'Onderdeel',
  before: 'Oud',
  after: 'Nieuw',
  delta: 'Verschil',
  deltaChartTitle: 'Verschil in kosten per jaar en onderdeel (nieuw min oud)',
  deltaChartDesc: (parts: string) => `Staven naar rechts: meer dan in de oude versie; naar links: minder. ${parts}`,
  deltaRow: (row: string, value: string) => `${row}: ${value}.`,
  activities: 'Activiteiten',
  objectives: 'Doelstellingen',
  added: 'Toegevoegd',
  removed: 'Verwijderd',
  changed: 'Gewijzigd',
  unchanged: 'Ongewijzigd',
  field: 'Veld',
  textSections: 'Onderdelen van de tekst',
  linesAdded: 'Regels erbij',
  linesRemoved: 'Regels eraf',
  unchangedSections: (n: number) => `${n} ${n === 1 ? 'onderdeel' : 'onderdelen'} ongewijzigd.`,
  preamble: 'Begin van de tekst',
  theme: 'Thema',
  name: 'Naam',
  findingsFixed: 'Opgelost',
  findingsNew: 'Nieuw',
  fixedHint: 'Bevindingen van de oude versie die de nieuwe niet meer heeft (regelnummers van de oude versie).',
  newHint: 'Bevindingen die alleen de nieuwe versie heeft (regelnummers van de nieuwe versie).',
  findingsSummary: (fixed: number, added: number) => `${added} nieuw, ${fixed} opgelost`,
  diffCaption: (title: string) => `Regels van ‘${title}’ die veranderden, met wat eromheen staat`,
  oldLine: 'Regel oud',
  newLine: 'Regel nieuw',
  changeKind: 'Wijziging',
  severity: 'Ernst',
  rule: 'Regel',
  finding: 'Bevinding',
  lineNumber: 'Regelnr.',
  diffsLeftOut: (n: number) => `De verschillen van nog ${n} ${n === 1 ? 'onderdeel zijn' : 'onderdelen zijn'} weggelaten om het bericht kort te houden; zie het HTML-rapport.`,
  lineText: 'Tekst',
  lineAdded: 'toegevoegd',
  lineRemoved: 'verwijderd',
  lineContext: 'ongewijzigd',
  changesSummary: (costs: number, items: number, sections: number) =>
    `${costs} ${costs === 1 ? 'kostenbedrag' : 'kostenbedragen'}, ${items} ${items === 1 ? 'wijziging' : 'wijzigingen'} in activiteiten en doelstellingen, ${sections} ${sections === 1 ? 'onderdeel' : 'onderdelen'} van de tekst gewijzigd`,
};

type Texts = typeof nl;

const en: Texts = {
  compareTitle: 'Comparison of two versions',
  compareOf: (file) => `Compare: ${file}`,
  oldVersion: 'Old version',
  newVersion: 'New version',
  versionOf: (versie, status) => [versie === null ? undefined : `version ${versie}`, status ?? undefined].filter(Boolean).join(', '),
  noChanges: 'No changes.',
  identical: 'The two versions are the same: no changes in data, text or findings.',
  periodChanged: (before, after) => `The plan period was ${before} and is now ${after}.`,
  costChanges: 'Costs per year and component',
  component: 'Component',
  before: 'Old',
  after: 'New',
  delta: 'Change',
  deltaChartTitle: 'Change in costs per year and component (new minus old)',
  deltaChartDesc: (parts) => `Bars to the right: more than in the old version; to the left: less. ${parts}`,
  deltaRow: (row, value) => `${row}: ${value}.`,
  activities: 'Activities',
  objectives: 'Objectives',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: 'Unchanged',
  field: 'Field',
  textSections: 'Sections of the text',
  linesAdded: 'Lines added',
  linesRemoved: 'Lines removed',
  unchangedSections: (n) => `${n} ${n === 1 ? 'section' : 'sections'} unchanged.`,
  preamble: 'Start of the text',
  theme: 'Theme',
  name: 'Name',
  findingsFixed: 'Fixed',
  findingsNew: 'New',
  fixedHint: 'Findings of the old version that the new one no longer has (line numbers of the old version).',
  newHint: 'Findings only the new version has (line numbers of the new version).',
  findingsSummary: (fixed, added) => `${added} new, ${fixed} fixed`,
  diffCaption: (title) => `Lines of ‘${title}’ that changed, with what stands around them`,
  oldLine: 'Old line',
  newLine: 'New line',
  changeKind: 'Change',
  severity: 'Severity',
  rule: 'Rule',
  finding: 'Finding',
  lineNumber: 'Line',
  diffsLeftOut: (n) => `The differences of ${n} more ${n === 1 ? 'section are' : 'sections are'} left out to keep the comment short; see the HTML report.`,
  lineText: 'Text',
  lineAdded: 'added',
  lineRemoved: 'removed',
  lineContext: 'unchanged',
  changesSummary: (costs, items, sections) =>
    `${costs} ${costs === 1 ? 'cost amount' : 'cost amounts'}, ${items} ${items === 1 ? 'change' : 'changes'} in activities and objectives, ${sections} ${sections === 1 ? 'section' : 'sections'} of the text changed`,
};

const TEXTS: Record<Locale, Texts> = { nl, en };

export type ReviewLabels = Labels & Texts;

const cache = new Map<Locale, ReviewLabels>();

export function reviewLabelsFor(locale: Locale): ReviewLabels {
  let labels = cache.get(locale);
  if (!labels) {
    labels = { ...labelsFor(locale), ...TEXTS[locale] };
    cache.set(locale, labels);
  }
  return labels;
}
