/**
 * A new plan from the framework: complete front matter with the keys the schema names (values the
 * author must choose are left open and marked TODO, so the placeholder rule points at them) and
 * every framework section as a level-2 heading with its guidance as an HTML comment.
 */
import type { Framework } from './framework';
import { normalizeTitle } from './framework';
import { schemaAt, schemaEnumAt, type SchemaNode } from './schemaNav';
import type { Locale } from './types';

interface TemplateOptions {
  /** Language of the headings, comments and placeholders. */
  language: Locale;
  /** First year of the plan period (the core has no clock: the caller passes it). */
  startYear: number;
  /** Last year of the plan period; by default the period lasts four years, within the framework's bounds. */
  endYear?: number;
  /** The ministry's code, when known; otherwise it is left open with the codes to choose from. */
  ministry?: string;
  /** The plan's title, when known. */
  title?: string;
  /** Line ending; `\n` by default. */
  eol?: string;
}

const TEXT = {
  nl: {
    title: 'TODO titel van het plan',
    objective: 'TODO eerste doelstelling',
    choose: 'TODO kies uit',
    amount: 'TODO bedrag invullen',
    oneOf: 'een van',
    activities: 'ICT-activiteiten: - { id, naam, totale_kosten, status, dashboard_nummer, acict, landschapsimpact }',
    table: ['Jaar', 'Vernieuwing', 'Beheer en onderhoud', 'Totaal'],
  },
  en: {
    title: 'TODO plan title',
    objective: 'TODO first objective',
    choose: 'TODO choose from',
    amount: 'TODO fill in the amount',
    oneOf: 'one of',
    activities: 'ICT activities: - { id, naam, totale_kosten, status, dashboard_nummer, acict, landschapsimpact }',
    table: ['Year', 'Renewal', 'Maintenance', 'Total'],
  },
} as const;

/**
 * The marks a plan made by iplan leaves where the author must fill something in; each contains a
 * placeholder word, so the placeholder rule points at it. Shared by the template and the importer.
 */
export function placeholders(framework: Framework, language: Locale) {
  const text = TEXT[language];
  const schema = framework.frontMatterSchema as SchemaNode;
  const values = (...path: (string | number)[]) => schemaEnumAt(schema, path);
  const alternatives = (...path: (string | number)[]) => values(...path).join(' | ');
  return {
    title: text.title,
    amount: text.amount,
    values,
    /** `TODO kies uit: a | b | c` for the enumeration at a schema path (`*` for any list item). */
    choose: (...path: (string | number)[]) => `${text.choose}: ${alternatives(...path)}`,
    alternatives,
  };
}

export function planTemplate(framework: Framework, options: TemplateOptions): string {
  const { language, startYear } = options;
  const eol = options.eol ?? '\n';
  const text = TEXT[language];
  const schema = framework.frontMatterSchema as SchemaNode;
  const has = (...path: string[]) => schemaAt(schema, path) !== undefined;
  const { values, alternatives } = placeholders(framework, language);
  const { planPeriodMinYears, planPeriodMaxYears } = framework.definition.thresholds;
  const years = options.endYear !== undefined ? Math.max(1, options.endYear - startYear + 1) : Math.min(Math.max(4, planPeriodMinYears), planPeriodMaxYears);
  const planYears = Array.from({ length: years }, (_, i) => startYear + i);
  const title = options.title ?? text.title;

  const yaml: string[] = [];
  const add = (key: string, line: string | string[]) => {
    if (has(key)) yaml.push(...(Array.isArray(line) ? line : [line]));
  };
  add('iplan', `iplan: ${framework.definition.id}`);
  add('ministerie', options.ministry ? `ministerie: ${options.ministry}` : `ministerie: null # ${text.choose}: ${alternatives('ministerie')}`);
  add('titel', `titel: ${JSON.stringify(title)}`);
  add('versie', 'versie: "0.1"');
  const statuses = values('status');
  add('status', `status: ${statuses.includes('concept') ? 'concept' : (statuses[0] ?? 'concept')} # ${alternatives('status')}`);
  const decrees = values('besluit_cio_stelsel');
  add('besluit_cio_stelsel', `besluit_cio_stelsel: ${decrees[decrees.length - 1] ?? 'null'} # ${alternatives('besluit_cio_stelsel')}`);
  add('planperiode', ['planperiode:', `  van: ${planYears[0]}`, `  tot: ${planYears[planYears.length - 1]}`]);
  add('boekhoudstelsel', `boekhoudstelsel: ${values('boekhoudstelsel')[0] ?? 'null'} # ${alternatives('boekhoudstelsel')}`);
  add('kosten', [
    'kosten:',
    ...planYears.flatMap((year) => [
      `  - jaar: ${year}`,
      `    vernieuwing: null # ${text.amount}`,
      `    beheer_en_onderhoud: null # ${text.amount}`,
    ]),
  ]);
  add('doelstellingen', [
    'doelstellingen:',
    '  - id: D1',
    `    titel: "${text.objective}"`,
    `    thema: null # ${text.choose}: ${alternatives('doelstellingen', '*', 'thema')}`,
    '    landschapsimpact:',
    `      niveau: geen # ${alternatives('doelstellingen', '*', 'landschapsimpact', 'niveau')}`,
  ]);
  add('activiteiten', `activiteiten: [] # ${text.activities}`);

  const body: string[] = [`# ${title}`, ''];
  for (const section of framework.definition.sections) {
    body.push(`## ${section.title[language]}`, '');
    if (section.guidance) body.push(`<!-- ${section.guidance[language].replace(/--+>?/g, '–')} -->`, '');
    if (section.id === 'financien') body.push(...costTable(framework, language, planYears), '');
  }
  return [`---`, ...yaml, '---', '', ...body].join(eol);
}

/** A cost table whose headers the framework recognises, one row per plan year. */
function costTable(framework: Framework, language: Locale, years: number[]): string[] {
  const names = framework.definition.costTable;
  const lists = [names.yearColumn, names.renewalColumn, names.maintenanceColumn, names.totalColumn];
  const headers = TEXT[language].table.map((wanted, i) => {
    const candidates = lists[i];
    if (candidates.some((c) => normalizeTitle(c) === normalizeTitle(wanted))) return wanted;
    const first = candidates[0] ?? wanted;
    return first.charAt(0).toUpperCase() + first.slice(1);
  });
  // Amounts are left empty: the front matter's `kosten` carries the TODO marks.
  return [`| ${headers.join(' | ')} |`, '| --- | ---: | ---: | ---: |', ...years.map((year) => `| ${year} | | | |`)];
}
