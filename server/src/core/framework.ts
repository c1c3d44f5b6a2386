/**
 * The Quality Framework as data: the definition file (validated against its own schema) and the
 * front-matter JSON Schema, compiled once into what the parser and rules use.
 */
import type { default as Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020';
import frameworkSchema from '../../../schemas/framework.schema.json';
import { bundledValidators } from './bundledValidators';
import { headingForms, normalizeTitle, sectionIdOf as sectionIdIn, type HeadingForms, type HeadingFormsDefinition } from './headings';
import { hollowWords, type HollowWordsDefinition } from './hollow';
import { inlineLocalRefs, type SchemaNode } from './schemaNav';
import type { Localized, Severity } from './types';

export type SeveritySetting = Severity | 'off';

export interface FrameworkDefinition {
  id: string;
  title: Localized;
  frontMatterSchema: string;
  planGlobs?: string[];
  criteria: { id: string; title: Localized; description: Localized; basis?: string }[];
  sections: SectionDefinition[];
  /** How headings are written besides the titles and aliases: chapter words, words that mean the same, separators. */
  headings?: HeadingFormsDefinition;
  thresholds: { planPeriodMinYears: number; planPeriodMaxYears: number; largeActivityEuros: number };
  placeholders: string[];
  /** Ministries formed or ended within the framework's lifetime, by code: when they exist (ISO dates, `until` exclusive) and who took over. */
  ministries?: Record<string, MinistryLifetime>;
  /** Values that say nothing ("n.v.t.", "geen", "-"), per language: a landscape impact made of them is incomplete. */
  hollowWords?: HollowWordsDefinition;
  costTable: {
    yearColumn: string[];
    renewalColumn: string[];
    maintenanceColumn: string[];
    totalColumn: string[];
    totalRow: string[];
  };
  rules: Record<string, { severity: SeveritySetting; severityWhenAdopted?: SeveritySetting }>;
}

interface SectionDefinition {
  id: string;
  title: Localized;
  aliases?: string[];
  required: boolean;
  criterion?: string;
  guidance?: Localized;
}

export interface Framework {
  definition: FrameworkDefinition;
  /** The front-matter JSON Schema (for hover and completion). */
  frontMatterSchema: Record<string, unknown>;
  validateFrontMatter: ValidateFunction;
  /** Normalised title or alias → section id. */
  sectionByTitle: Map<string, string>;
  /** The definition's `headings`, prepared for normalizeTitle. */
  headingForms: HeadingForms;
  sectionById: Map<string, SectionDefinition & { order: number }>;
  /** Matches any placeholder word with sensible word boundaries. */
  placeholderPattern: RegExp;
  /** The hollow words of every language, folded (see isHollow). */
  hollowWords: ReadonlySet<string>;
}

export interface MinistryLifetime {
  from?: string;
  until?: string;
  successors?: string[];
}

/** A framework or schema file that is not what it should be; names the file and JSON pointer. */
export class FrameworkError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    detail: string,
  ) {
    super(`${file}${pointer ? ` ${pointer}` : ''}: ${detail}`);
    this.name = 'FrameworkError';
  }
}

/**
 * An ajv as iplan compiles every schema; the build passes `code` options to generate the bundled
 * schemas' validation code with the same settings (scripts/validators.ts). ajv is loaded here, on
 * first use: a check against the bundled framework runs that code and never needs the compiler.
 */
export function newAjv(options: Options = {}): Ajv2020 {
  const { default: Ajv } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
  const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
  const instance = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, ...options });
  addFormats(instance, ['date']);
  instance.addKeyword({ keyword: 'x-description-nl', schemaType: 'string' });
  // What an enumerated value is called, per language: { "BZK": { "nl": "…", "en": "…" } }.
  instance.addKeyword({ keyword: 'x-enum-names', schemaType: 'object' });
  return instance;
}

/** One ajv instance per process: schemas are compiled once and reused by every check. */
let sharedAjv: Ajv2020 | undefined;
function ajv(): Ajv2020 {
  sharedAjv ??= newAjv();
  return sharedAjv;
}

let validateDefinition: ValidateFunction | undefined;

/** Compiles a JSON Schema with the shared ajv instance (for configuration files and the like). */
export function compileSchema(schema: object): ValidateFunction {
  return ajv().compile(schema);
}

/** A front-matter schema as it is compiled: its local references inlined, so that errors in a long list cost linear time. */
export function frontMatterSchemaToCompile(schema: object): object {
  return inlineLocalRefs(schema as SchemaNode) ?? schema;
}

/**
 * The framework with configured thresholds or placeholder words; the front-matter schema stays
 * compiled once.
 */
export function withOverrides(
  framework: Framework,
  overrides: { thresholds?: Partial<FrameworkDefinition['thresholds']>; placeholders?: string[] },
): Framework {
  if (!overrides.thresholds && !overrides.placeholders) return framework;
  const definition: FrameworkDefinition = {
    ...framework.definition,
    thresholds: { ...framework.definition.thresholds, ...overrides.thresholds },
    placeholders: overrides.placeholders ?? framework.definition.placeholders,
  };
  return createFramework(definition, framework.frontMatterSchema);
}
const compiledFrontMatterSchemas = new WeakMap<object, ValidateFunction>();

export function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return `${where}: unknown key "${error.params.additionalProperty}"`;
  if (error.keyword === 'required') return `${where}: missing key "${error.params.missingProperty}"`;
  if (error.keyword === 'enum') return `${where}: must be one of ${error.params.allowedValues.join(', ')}`;
  return `${where}: ${error.message}`;
}

/**
 * Builds a Framework from its definition and front-matter schema, validating both.
 * `names` are the file names used in error messages; `compiledSchema` is the front-matter schema
 * already compiled (the bundled one, at build time).
 */
export function createFramework(
  definition: unknown,
  frontMatterSchema: unknown,
  names: { definition: string; schema: string } = { definition: 'framework', schema: 'front-matter schema' },
  compiledSchema?: ValidateFunction,
): Framework {
  validateDefinition ??= bundledValidators?.definition ?? ajv().compile(frameworkSchema);
  if (!validateDefinition(definition)) {
    const first = validateDefinition.errors![0];
    throw new FrameworkError(names.definition, first.instancePath, describeAjvError(first).replace(/^[^:]*: /, ''));
  }
  const def = definition as FrameworkDefinition;
  if (typeof frontMatterSchema !== 'object' || frontMatterSchema === null || Array.isArray(frontMatterSchema)) {
    throw new FrameworkError(names.schema, '', 'the front-matter schema must be a JSON object');
  }
  if (compiledSchema) compiledFrontMatterSchemas.set(frontMatterSchema, compiledSchema);
  let validateFrontMatter = compiledFrontMatterSchemas.get(frontMatterSchema);
  if (!validateFrontMatter) {
    try {
      // A schema under an $id ajv already knows (a department's copy, or the file edited and
      // read again): the newest one takes the id; validators compiled earlier keep working.
      const id = (frontMatterSchema as { $id?: unknown }).$id;
      if (typeof id === 'string' && ajv().getSchema(id)) ajv().removeSchema(id);
      validateFrontMatter = ajv().compile(frontMatterSchemaToCompile(frontMatterSchema));
    } catch (error) {
      throw new FrameworkError(names.schema, '', `not a valid JSON Schema: ${(error as Error).message}`);
    }
    compiledFrontMatterSchemas.set(frontMatterSchema, validateFrontMatter);
  }

  const sectionByTitle = new Map<string, string>();
  const forms = headingForms(def.headings);
  const sectionById = new Map<string, SectionDefinition & { order: number }>();
  const criteria = new Set(def.criteria.map((c) => c.id));
  def.sections.forEach((section, order) => {
    if (sectionById.has(section.id)) {
      throw new FrameworkError(names.definition, `/sections/${order}/id`, `duplicate section id "${section.id}"`);
    }
    if (section.criterion && !criteria.has(section.criterion)) {
      throw new FrameworkError(names.definition, `/sections/${order}/criterion`, `unknown criterion "${section.criterion}"`);
    }
    sectionById.set(section.id, { ...section, order });
    for (const title of [section.title.nl, section.title.en, ...(section.aliases ?? [])]) {
      const key = normalizeTitle(title, forms);
      const existing = sectionByTitle.get(key);
      if (existing && existing !== section.id) {
        throw new FrameworkError(names.definition, `/sections/${order}`, `title or alias "${title}" also names section "${existing}"`);
      }
      sectionByTitle.set(key, section.id);
    }
  });
  if (def.thresholds.planPeriodMinYears > def.thresholds.planPeriodMaxYears) {
    throw new FrameworkError(names.definition, '/thresholds/planPeriodMinYears', 'is larger than planPeriodMaxYears');
  }

  return {
    definition: def,
    frontMatterSchema: frontMatterSchema as Record<string, unknown>,
    validateFrontMatter,
    sectionByTitle,
    headingForms: forms,
    sectionById,
    placeholderPattern: placeholderPattern(def.placeholders),
    hollowWords: hollowWords(def.hollowWords),
  };
}

export { normalizeTitle } from './headings';

/** The framework section a heading's text names (by title, English title or alias), if any. */
export function sectionIdOf(framework: Framework, title: string): string | undefined {
  return sectionIdIn(framework.sectionByTitle, framework.headingForms, title);
}

/**
 * Whole words only (so "PM" does not match "PMO" and "TODO" not "TODOS"); all-capital words
 * match case-sensitively ("pm" in prose is no placeholder), others case-insensitively ("todo",
 * "Todo" and "TODO" for `todo`). The words of a phrase may be separated by any white space, a line
 * break included.
 */
function placeholderPattern(words: string[]): RegExp {
  const alternatives = words.map((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const caseSensitive = word === word.toUpperCase() && /[A-Z]/.test(word);
    const letters = caseSensitive ? escaped : [...escaped].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch)).join('');
    const body = letters.split(/\s+/).join('\\s+');
    const before = /^\w/.test(word) ? '(?<![\\p{L}\\p{N}_])' : '(?<![?])';
    const after = /\w$/.test(word) ? '(?![\\p{L}\\p{N}_])' : word.endsWith('?') ? '(?![?])' : '(?![\\p{L}\\p{N}_])';
    return `${before}${body}${after}`;
  });
  return new RegExp(alternatives.join('|'), 'gu');
}
