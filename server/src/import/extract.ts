/**
 * What a Word plan states, read from its Markdown tree: the properties table, the objectives,
 * the portfolio and the landscape-impact table. Each value keeps where it came from, for the
 * report; a value that is stated but cannot be read keeps its text, so the author sees it.
 */
import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseAmount, schemaAt, schemaEnumAt, sectionIdOf, tableStyle, unitMultiplier, type Framework, type SchemaNode } from '../core';
import { chapters } from './markdown';
import { readChoice, readDate, readDecree, readMinistry, readPeriod, readVersion, findValue, splitList } from './values';
import { COLUMN_LABELS, isLabel, isNil, PROPERTY_LABELS, type ColumnKind, type PropertyKey } from './vocabulary';

/** A value read from the document, or the text it stated that could not be read. */
export type Stated<T> = { value: T; from: 'table' | 'title' | 'costs' } | { unreadable: string };

export interface Impact {
  niveau?: string;
  /** The level as written, when it is none of the schema's. */
  niveauText?: string;
  systemen: string[];
  gegevens: string[];
  maatregelen?: string;
}

interface Objective {
  id: string;
  titel: string;
  thema?: string;
  landschapsimpact?: Impact;
}

export interface Activity {
  id: string;
  naam: string;
  totale_kosten?: number;
  totaleKostenText?: string;
  status?: string;
  statusText?: string;
  dashboard_nummer?: string;
  acict?: string;
  acictText?: string;
  landschapsimpact?: Impact;
}

export interface Extracted {
  properties: Partial<Record<PropertyKey, Stated<unknown>>>;
  propertiesTable: boolean;
  objectives: Objective[];
  objectivesFrom?: 'table' | 'text';
  activities: Activity[];
  portfolioTable: boolean;
  landscapeTable: boolean;
  /** Rows of the landscape table naming no objective or activity. */
  unmatchedImpacts: string[];
  /** Activities the table gave no id; numbered A1, A2, … by the importer. */
  numberedActivities: boolean;
}

interface TableView {
  header: string[];
  rows: string[][];
  /** Framework section of the chapter the table is in. */
  sectionId?: string;
}

function tableViews(tree: Root, framework: Framework): TableView[] {
  const views: TableView[] = [];
  for (const chapter of chapters(tree)) {
    const sectionId = chapter.heading && chapter.heading.depth === 2 ? sectionIdOf(framework, toString(chapter.heading)) : undefined;
    const visitNodes = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'table') views.push({ ...readTable(node), sectionId });
      }
    };
    visitNodes(chapter.nodes);
  }
  return views;
}

function readTable(table: Table): Omit<TableView, 'sectionId'> {
  const [head, ...body] = table.children.map((row) => row.children.map((cell) => toString(cell).replace(/\s+/g, ' ').trim()));
  return { header: head ?? [], rows: body };
}

function column(view: TableView, kind: ColumnKind): number | undefined {
  const index = view.header.findIndex((text) => isLabel(text, COLUMN_LABELS[kind]));
  return index < 0 ? undefined : index;
}

const cell = (row: string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? ''));

export function extract(tree: Root, title: string | undefined, framework: Framework): Extracted {
  const views = tableViews(tree, framework);
  const properties = readProperties(views, framework);
  const propertiesTable = Object.keys(properties).length > 0;
  if (!properties.titel && title) properties.titel = { value: title, from: 'title' };
  if (title) {
    const ministry = properties.ministerie === undefined ? readMinistry(title, schemaNode(framework, 'ministerie') ?? {}) : undefined;
    if (ministry) properties.ministerie = { value: ministry, from: 'title' };
    const period = properties.planperiode === undefined ? readPeriod(title) : undefined;
    if (period) properties.planperiode = { value: period, from: 'title' };
  }

  const themes = schemaEnumAt(framework.frontMatterSchema as SchemaNode, ['doelstellingen', '*', 'thema']).map(String);
  const fromTable = readObjectiveTable(views, themes);
  const objectives = fromTable.length > 0 ? fromTable : readObjectiveText(tree, framework, themes);
  const portfolio = readPortfolio(views, framework);
  const impacts = readImpacts(views, objectives, portfolio.activities, schemaNode(framework, 'doelstellingen', '*', 'landschapsimpact', 'niveau'));
  return {
    properties,
    propertiesTable,
    objectives,
    objectivesFrom: objectives.length === 0 ? undefined : fromTable.length > 0 ? 'table' : 'text',
    activities: portfolio.activities,
    portfolioTable: portfolio.found,
    landscapeTable: impacts.found,
    unmatchedImpacts: impacts.unmatched,
    numberedActivities: portfolio.numbered,
  };
}

/** The framework schema's node at a path (`*` for any list item). */
function schemaNode(framework: Framework, ...path: string[]): SchemaNode | undefined {
  return schemaAt(framework.frontMatterSchema as SchemaNode, path);
}


/** The first table whose first column holds at least two property labels. */
function readProperties(views: TableView[], framework: Framework): Extracted['properties'] {
  const keys = Object.keys(PROPERTY_LABELS) as PropertyKey[];
  const labelled = (row: string[]) => keys.find((key) => isLabel(row[0] ?? '', PROPERTY_LABELS[key]));
  const view = views.find((v) => [v.header, ...v.rows].filter((row) => labelled(row) && row.slice(1).some((c) => c !== '')).length >= 2);
  const properties: Extracted['properties'] = {};
  if (!view) return properties;

  for (const row of [view.header, ...view.rows]) {
    const key = labelled(row);
    const text = row.slice(1).find((c) => c !== '') ?? '';
    if (!key || text === '' || properties[key]) continue;
    const value = readProperty(key, text, framework);
    properties[key] = value === undefined ? { unreadable: text } : { value, from: 'table' };
  }
  return properties;
}

function readProperty(key: PropertyKey, text: string, framework: Framework): unknown {
  switch (key) {
    case 'ministerie':
      return readMinistry(text, schemaNode(framework, 'ministerie') ?? {});
    case 'titel':
      return text;
    case 'planperiode':
      return readPeriod(text);
    case 'versie':
      return readVersion(text);
    case 'status':
      return readChoice(text, 'status', schemaNode(framework, 'status'));
    case 'vastgesteld_op':
      return readDate(text);
    case 'besluit_cio_stelsel':
      return readDecree(text, schemaEnumAt(framework.frontMatterSchema as SchemaNode, ['besluit_cio_stelsel']));
    case 'boekhoudstelsel':
      return readChoice(text, 'boekhoudstelsel', schemaNode(framework, 'boekhoudstelsel'));
  }
}

const OBJECTIVE_ID = /^D\d+[a-z]?$/i;
const ACTIVITY_ID = /^[A-Z]{1,4}[-\s]?\d+[a-z]?$/i;

/** A table of objectives: ids D1, D2, … with a title column and no impact level. */
function readObjectiveTable(views: TableView[], themes: string[]): Objective[] {
  const candidates = views.filter((v) => column(v, 'level') === undefined && column(v, 'objectiveTitle') !== undefined);
  for (const view of [...candidates.filter((v) => v.sectionId === 'doelstellingen'), ...candidates]) {
    const id = column(view, 'id') ?? 0;
    const titleColumn = column(view, 'objectiveTitle')!;
    const theme = column(view, 'theme');
    const rows = view.rows.filter((row) => OBJECTIVE_ID.test(cell(row, id)) && cell(row, titleColumn) !== '');
    if (rows.length === 0) continue;
    return rows.map((row) => ({
      id: cell(row, id).toUpperCase(),
      titel: cell(row, titleColumn),
      thema: findValue(theme !== undefined ? cell(row, theme) : row.join(' '), themes),
    }));
  }
  return [];
}

/** "D1 — Title", "D2: Title", "D3 Title", in a line with its white space collapsed. */
const OBJECTIVE_LINE = /^(D\d+[a-z]?)(?: ?[—–\-:.)] ?| )(\S.*)$/i;

/**
 * Objectives written as "D1 — Title" (a heading, list item or paragraph) in the objectives
 * chapter; the theme is the one I-strategie theme named in the line or in the text below it.
 */
function readObjectiveText(tree: Root, framework: Framework, themes: string[]): Objective[] {
  const chapter = chapters(tree).find((c) => c.heading && c.heading.depth === 2 && sectionIdOf(framework, toString(c.heading)) === 'doelstellingen');
  if (!chapter) return [];
  const found: { objective: Objective; text: string[] }[] = [];
  const lineOf = (text: string) => OBJECTIVE_LINE.exec(text.replace(/\s+/g, ' ').trim());
  for (const node of chapter.nodes) {
    const lines =
      node.type === 'list'
        ? node.children.map((item) => toString(item))
        : node.type === 'heading' || node.type === 'paragraph'
          ? [toString(node)]
          : [];
    for (const line of lines) {
      const match = lineOf(line);
      if (match) {
        const titel = withoutThemeNote(match[2]);
        found.push({ objective: { id: match[1].toUpperCase(), titel }, text: [match[2]] });
      } else if (found.length > 0 && node.type !== 'heading') {
        found[found.length - 1].text.push(line);
      }
    }
  }
  return found.map(({ objective, text }) => ({ ...objective, thema: findValue(text.join(' '), themes) }));
}

/** "Title (Thema: X)" → "Title": the theme is read apart. */
function withoutThemeNote(line: string): string {
  const text = line.trim();
  const open = text.lastIndexOf('(');
  return open > 0 && /^\((?:thema|theme)\b[^)]*\)$/i.test(text.slice(open)) ? text.slice(0, open).trim() : text;
}

function readPortfolio(views: TableView[], framework: Framework): { activities: Activity[]; found: boolean; numbered: boolean } {
  const statusNode = schemaNode(framework, 'activiteiten', '*', 'status');
  const acictNode = schemaNode(framework, 'activiteiten', '*', 'acict');
  const candidates = views.filter(
    (v) => column(v, 'activityName') !== undefined && column(v, 'totalCost') !== undefined && column(v, 'level') === undefined && !v.header.some((h) => /^(?:jaar|year)$/i.test(h)),
  );
  const view = candidates.find((v) => v.sectionId === 'portfolio') ?? candidates[0];
  if (!view) return { activities: [], found: false, numbered: false };
  const idColumn = column(view, 'id');
  const name = column(view, 'activityName')!;
  const cost = column(view, 'totalCost')!;
  const status = column(view, 'activityStatus');
  const dashboard = column(view, 'dashboard');
  const acict = column(view, 'acict');
  const rows = view.rows.filter((row) => cell(row, name) !== '' && !/^(?:totaal|total)$/i.test(cell(row, name)) && !/^(?:totaal|total)$/i.test(cell(row, idColumn)));
  const style = tableStyle(rows.map((row) => cell(row, cost)), [view.header[cost]]);
  const multiplier = unitMultiplier(view.header[cost]) ?? 1;
  let numbered = false;
  const activities = rows.map((row, index): Activity => {
    let id = cell(row, idColumn);
    if (!ACTIVITY_ID.test(id)) {
      id = `A${index + 1}`;
      numbered = true;
    }
    const activity: Activity = { id, naam: cell(row, name) };
    const costText = cell(row, cost);
    const amount = parseAmount(costText, multiplier, style);
    if (amount && amount.value >= 0) activity.totale_kosten = Math.round(amount.value);
    else activity.totaleKostenText = costText;
    const statusText = cell(row, status);
    if (!isNil(statusText)) {
      const value = readChoice(statusText, 'activityStatus', statusNode);
      if (value) activity.status = value;
      else activity.statusText = statusText;
    }
    const dashboardText = cell(row, dashboard);
    if (!isNil(dashboardText) && readChoice(dashboardText, 'acict', acictNode) !== 'niet-van-toepassing') activity.dashboard_nummer = dashboardText;
    const acictText = cell(row, acict);
    if (!isNil(acictText)) {
      const value = readChoice(acictText, 'acict', acictNode);
      if (value) activity.acict = value;
      else activity.acictText = acictText;
    }
    return activity;
  });
  return { activities, found: true, numbered };
}

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The landscape-impact table: a row per objective or activity, by id or by name. */
function readImpacts(views: TableView[], objectives: Objective[], activities: Activity[], levelNode: SchemaNode | undefined): { found: boolean; unmatched: string[] } {
  const candidates = views.filter((v) => column(v, 'level') !== undefined && (column(v, 'systems') ?? column(v, 'data') ?? column(v, 'measures')) !== undefined);
  const view = candidates.find((v) => v.sectionId === 'landschapsimpact') ?? candidates[0];
  if (!view) return { found: false, unmatched: [] };
  const level = column(view, 'level')!;
  const systems = column(view, 'systems');
  const data = column(view, 'data');
  const measures = column(view, 'measures');
  const subject = column(view, 'subject') ?? 0;
  const items: (Objective | Activity)[] = [...objectives, ...activities];
  const unmatched: string[] = [];
  for (const row of view.rows) {
    const text = cell(row, subject);
    if (text === '') continue;
    const id = /^\s*([A-Z]{1,4}[-\s]?\d+[a-z]?)\b/i.exec(text)?.[1].toUpperCase();
    const item =
      items.find((candidate) => id !== undefined && candidate.id.toUpperCase() === id) ??
      items.find((candidate) => fold('titel' in candidate ? candidate.titel : candidate.naam) === fold(text.replace(/^\s*[A-Z]{1,4}\d+\s*[—–\-:.]?\s*/i, '')));
    if (!item) {
      unmatched.push(text);
      continue;
    }
    const levelText = cell(row, level);
    const niveau = readChoice(levelText, 'niveau', levelNode);
    const impact: Impact = {
      systemen: splitList(cell(row, systems)),
      gegevens: splitList(cell(row, data)),
      maatregelen: isNil(cell(row, measures)) ? undefined : cell(row, measures),
    };
    if (niveau) impact.niveau = niveau;
    else impact.niveauText = levelText;
    item.landschapsimpact = impact;
  }
  return { found: true, unmatched };
}
