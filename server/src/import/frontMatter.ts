/**
 * The front matter of an imported plan, in the shape the template writes: what the document
 * stated as values, and for what it did not state a `null` with a TODO comment, so the checker
 * points at every gap. Each entry also goes to the report as filled or left open.
 */
import { placeholders, type Framework, type Locale, type Localized } from '../core';
import { localized } from '../core';
import type { Activity, Extracted, Impact, Stated } from './extract';
import type { PropertyKey } from './vocabulary';

export interface CostYear {
  jaar: number;
  vernieuwing?: number;
  beheer_en_onderhoud?: number;
}

interface FrontMatterOutcome {
  yaml: string;
  filled: Localized[];
  left: Localized[];
}

/** YAML scalars: strings double-quoted (JSON strings are YAML), numbers as they are. */
const q = (value: unknown) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(q).join(', ')}]`;

const PROPERTY_NAMES: Record<PropertyKey, Localized> = {
  ministerie: localized('ministerie', 'ministry'),
  titel: localized('titel', 'title'),
  planperiode: localized('planperiode', 'plan period'),
  versie: localized('versie', 'version'),
  status: localized('status', 'status'),
  vastgesteld_op: localized('datum van vaststelling', 'date of adoption'),
  besluit_cio_stelsel: localized('Besluit CIO-stelsel', 'Besluit CIO-stelsel (CIO decree)'),
  boekhoudstelsel: localized('boekhoudstelsel', 'accounting system'),
};

const SOURCE: Record<'table' | 'title' | 'costs', Localized> = {
  table: localized('uit de kenmerkentabel', 'from the properties table'),
  title: localized('uit de titel', 'from the title'),
  costs: localized('uit de jaren van de kostentabel', 'from the years of the cost table'),
};

export function buildFrontMatter(framework: Framework, extracted: Extracted, costs: CostYear[] | undefined, language: Locale): FrontMatterOutcome {
  const marks = placeholders(framework, language);
  const nl = language === 'nl';
  const lines: string[] = [];
  const filled: Localized[] = [];
  const left: Localized[] = [];
  const { properties } = extracted;

  const todo = (what: string) => `TODO ${what}`;
  const notRead = (stated: Stated<unknown> | undefined) =>
    stated && 'unreadable' in stated ? (nl ? ` ("${stated.unreadable}" niet herkend)` : ` ("${stated.unreadable}" not recognised)`) : '';
  const property = (key: PropertyKey, write: (value: unknown) => string[], placeholder: string) => {
    const stated = properties[key];
    if (stated && 'value' in stated) {
      lines.push(...write(stated.value));
      filled.push(localized(`${PROPERTY_NAMES[key].nl}: ${display(stated.value)} (${SOURCE[stated.from].nl})`, `${PROPERTY_NAMES[key].en}: ${display(stated.value)} (${SOURCE[stated.from].en})`));
    } else {
      lines.push(`${key}: null # ${placeholder}${notRead(stated)}`);
      left.push(
        stated
          ? localized(`${PROPERTY_NAMES[key].nl}: "${(stated as { unreadable: string }).unreadable}" niet herkend`, `${PROPERTY_NAMES[key].en}: "${(stated as { unreadable: string }).unreadable}" not recognised`)
          : localized(`${PROPERTY_NAMES[key].nl}: niet in het document`, `${PROPERTY_NAMES[key].en}: not in the document`),
      );
    }
  };

  lines.push(`iplan: ${q(framework.definition.id)}`);
  property('ministerie', (v) => [`ministerie: ${v}`], marks.choose('ministerie'));
  if (properties.titel && 'value' in properties.titel) property('titel', (v) => [`titel: ${q(v)}`], '');
  else {
    lines.push(`titel: ${q(marks.title)}`);
    left.push(localized('titel: niet in het document', 'title: not in the document'));
  }
  property('versie', (v) => [`versie: ${q(v)}`], todo(nl ? 'versie, bijvoorbeeld "1.0"' : 'version, for example "1.0"'));
  property('status', (v) => [`status: ${v}`], marks.choose('status'));
  const adopted = properties.status && 'value' in properties.status && properties.status.value === 'vastgesteld';
  if (properties.vastgesteld_op || adopted) {
    property('vastgesteld_op', (v) => [`vastgesteld_op: ${q(v)}`], todo(nl ? 'datum van vaststelling (JJJJ-MM-DD)' : 'date of adoption (YYYY-MM-DD)'));
  }
  property('besluit_cio_stelsel', (v) => [`besluit_cio_stelsel: ${v}`], marks.choose('besluit_cio_stelsel'));

  // The plan period: stated, else from the title, else the years of the cost table.
  if (!(properties.planperiode && 'value' in properties.planperiode) && costs && costs.length > 0) {
    const years = costs.map((c) => c.jaar);
    properties.planperiode = { value: { van: Math.min(...years), tot: Math.max(...years) }, from: 'costs' };
  }
  const period = properties.planperiode && 'value' in properties.planperiode ? (properties.planperiode.value as { van: number; tot: number }) : undefined;
  if (period) property('planperiode', () => ['planperiode:', `  van: ${period.van}`, `  tot: ${period.tot}`], '');
  else {
    lines.push('planperiode:', `  van: null # ${todo(nl ? 'eerste jaar' : 'first year')}${notRead(properties.planperiode)}`, `  tot: null # ${todo(nl ? 'laatste jaar' : 'last year')}`);
    left.push(localized('planperiode: niet in het document', 'plan period: not in the document'));
  }
  property('boekhoudstelsel', (v) => [`boekhoudstelsel: ${v}`], marks.choose('boekhoudstelsel'));

  // Costs: the table's years; without a table, a year per plan year with its amounts open.
  if (costs && costs.length > 0) {
    lines.push('kosten:');
    let open = 0;
    for (const year of costs) {
      lines.push(`  - jaar: ${year.jaar}`);
      for (const key of ['vernieuwing', 'beheer_en_onderhoud'] as const) {
        if (year[key] === undefined) open++;
        lines.push(year[key] === undefined ? `    ${key}: null # ${marks.amount}` : `    ${key}: ${year[key]}`);
      }
    }
    filled.push(localized(`kosten: ${costs.length} jaren uit de kostentabel`, `costs: ${costs.length} years from the cost table`));
    if (open > 0) left.push(localized(`kosten: ${open} bedragen in de kostentabel niet te lezen`, `costs: ${open} amounts in the cost table could not be read`));
  } else if (period && period.tot >= period.van && period.tot - period.van < 20) {
    lines.push('kosten:');
    for (let year = period.van; year <= period.tot; year++) {
      lines.push(`  - jaar: ${year}`, `    vernieuwing: null # ${marks.amount}`, `    beheer_en_onderhoud: null # ${marks.amount}`);
    }
    left.push(localized('kosten: geen kostentabel in Financiën gevonden', 'costs: no cost table found under Finances'));
  } else {
    lines.push(`kosten: [] # ${todo(nl ? 'een jaar per planjaar' : 'one entry per plan year')}`);
    left.push(localized('kosten: geen kostentabel in Financiën gevonden', 'costs: no cost table found under Finances'));
  }

  if (extracted.objectives.length > 0) {
    lines.push('doelstellingen:');
    let themes = 0;
    for (const objective of extracted.objectives) {
      lines.push(`  - id: ${q(objective.id)}`, `    titel: ${q(objective.titel)}`);
      if (objective.thema) {
        lines.push(`    thema: ${q(objective.thema)}`);
        themes++;
      } else lines.push(`    thema: null # ${marks.choose('doelstellingen', '*', 'thema')}`);
      lines.push(...impactLines(objective.landschapsimpact, marks.choose('doelstellingen', '*', 'landschapsimpact', 'niveau')));
    }
    const source = extracted.objectivesFrom === 'table' ? localized('uit de tabel', 'from the table') : localized('uit de tekst', 'from the text');
    filled.push(localized(`doelstellingen: ${extracted.objectives.length} (${source.nl}), ${themes} met thema`, `objectives: ${extracted.objectives.length} (${source.en}), ${themes} with a theme`));
    const withoutTheme = extracted.objectives.filter((o) => !o.thema).map((o) => o.id);
    if (withoutTheme.length > 0) left.push(localized(`thema van ${withoutTheme.join(', ')}`, `theme of ${withoutTheme.join(', ')}`));
  } else {
    lines.push(`doelstellingen: [] # ${todo(nl ? 'de prioritaire IV-doelstellingen: - { id, titel, thema, landschapsimpact }' : 'the priority IV objectives: - { id, titel, thema, landschapsimpact }')}`);
    left.push(localized('doelstellingen: geen genummerde doelstellingen (D1, D2, …) gevonden', 'objectives: no numbered objectives (D1, D2, …) found'));
  }

  if (extracted.activities.length > 0) {
    lines.push('activiteiten:');
    for (const activity of extracted.activities) lines.push(...activityLines(activity, marks, nl));
    filled.push(localized(`activiteiten: ${extracted.activities.length} uit de portfoliotabel`, `activities: ${extracted.activities.length} from the portfolio table`));
    if (extracted.numberedActivities) left.push(localized('activiteiten: de tabel had geen id; genummerd als A1, A2, …', 'activities: the table had no id column; numbered A1, A2, …'));
    for (const activity of extracted.activities) {
      if (activity.totaleKostenText !== undefined) left.push(localized(`totale kosten van ${activity.id}: "${activity.totaleKostenText}" niet te lezen`, `total cost of ${activity.id}: "${activity.totaleKostenText}" could not be read`));
      if (activity.statusText) left.push(localized(`status van ${activity.id}: "${activity.statusText}" niet herkend`, `status of ${activity.id}: "${activity.statusText}" not recognised`));
      if (activity.acictText) left.push(localized(`AcICT van ${activity.id}: "${activity.acictText}" niet herkend`, `AcICT of ${activity.id}: "${activity.acictText}" not recognised`));
    }
  } else if (!extracted.portfolioTable) {
    left.push(localized('activiteiten: geen portfoliotabel gevonden', 'activities: no portfolio table found'));
  }

  const items = [...extracted.objectives, ...extracted.activities];
  const withImpact = items.filter((item) => item.landschapsimpact);
  if (withImpact.length > 0) filled.push(localized(`landschapsimpact: ${withImpact.length} van ${items.length} uit de impacttabel`, `landscape impact: ${withImpact.length} of ${items.length} from the impact table`));
  const withoutImpact = items.filter((item) => !item.landschapsimpact).map((item) => item.id);
  if (withoutImpact.length > 0) left.push(localized(`landschapsimpact van ${withoutImpact.join(', ')}`, `landscape impact of ${withoutImpact.join(', ')}`));
  for (const item of items) {
    if (item.landschapsimpact?.niveauText !== undefined) left.push(localized(`impactniveau van ${item.id}: "${item.landschapsimpact.niveauText}" niet herkend`, `impact level of ${item.id}: "${item.landschapsimpact.niveauText}" not recognised`));
  }
  for (const text of extracted.unmatchedImpacts) left.push(localized(`impacttabel: "${text}" is geen doelstelling of activiteit`, `impact table: "${text}" is no objective or activity`));

  return { yaml: lines.join('\n'), filled, left };
}

function impactLines(impact: Impact | undefined, chooseLevel: string): string[] {
  if (!impact) return [];
  const lines = ['    landschapsimpact:', impact.niveau ? `      niveau: ${impact.niveau}` : `      niveau: null # ${chooseLevel}`];
  if (impact.systemen.length > 0) lines.push(`      systemen: ${list(impact.systemen)}`);
  if (impact.gegevens.length > 0) lines.push(`      gegevens: ${list(impact.gegevens)}`);
  if (impact.maatregelen) lines.push(`      maatregelen: ${q(impact.maatregelen)}`);
  return lines;
}

function activityLines(activity: Activity, marks: ReturnType<typeof placeholders>, nl: boolean): string[] {
  const lines = [`  - id: ${q(activity.id)}`, `    naam: ${q(activity.naam)}`];
  lines.push(activity.totale_kosten !== undefined ? `    totale_kosten: ${activity.totale_kosten}` : `    totale_kosten: null # ${marks.amount}`);
  if (activity.status) lines.push(`    status: ${activity.status}`);
  else if (activity.statusText) lines.push(`    status: null # ${marks.choose('activiteiten', '*', 'status')} (${nl ? 'niet herkend' : 'not recognised'}: "${activity.statusText}")`);
  if (activity.dashboard_nummer) lines.push(`    dashboard_nummer: ${q(activity.dashboard_nummer)}`);
  if (activity.acict) lines.push(`    acict: ${activity.acict}`);
  else if (activity.acictText) lines.push(`    acict: null # ${marks.choose('activiteiten', '*', 'acict')} (${nl ? 'niet herkend' : 'not recognised'}: "${activity.acictText}")`);
  lines.push(...impactLines(activity.landschapsimpact, marks.choose('activiteiten', '*', 'landschapsimpact', 'niveau')));
  return lines;
}

function display(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'van' in value) {
    const period = value as { van: number; tot: number };
    return `${period.van}–${period.tot}`;
  }
  return String(value);
}
