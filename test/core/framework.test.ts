import { describe, expect, it } from 'vitest';
import frontMatterSchema from '../../schemas/iplan-frontmatter.schema.json';
import definition from '../../schemas/kwaliteitskader-2022.framework.json';
import { createFramework, defaultFramework, FrameworkError, type FrameworkDefinition } from '../../server/src/core';
import { CLEAN, lint } from '../helpers/plans';

const NAMES = { definition: 'mijn-kader.framework.json', schema: 'mijn-schema.json' };

/** A deep copy of the bundled definition, changed by `edit`. */
function brokenDefinition(edit: (d: Record<string, any>) => void): unknown {
  const copy = structuredClone(definition) as Record<string, any>;
  edit(copy);
  return copy;
}

/** A deep copy of the bundled front-matter schema without its $id, changed by `edit`. */
function ownSchema(edit: (s: Record<string, any>) => void = () => {}): Record<string, any> {
  const copy = structuredClone(frontMatterSchema) as Record<string, any>;
  delete copy.$id;
  edit(copy);
  return copy;
}

/** The FrameworkError createFramework throws, or a failed expectation. */
function errorOf(def: unknown, schema: unknown = ownSchema()): FrameworkError {
  try {
    createFramework(def, schema, NAMES);
  } catch (error) {
    expect(error).toBeInstanceOf(FrameworkError);
    return error as FrameworkError;
  }
  throw new Error('createFramework did not throw');
}

describe('the bundled framework', () => {
  it('validates and knows its 13 sections, 20 rules and thresholds', () => {
    const framework = defaultFramework();
    expect(framework.definition.sections).toHaveLength(13);
    expect(Object.keys(framework.definition.rules)).toHaveLength(20);
    expect(framework.definition.thresholds).toEqual({ planPeriodMinYears: 3, planPeriodMaxYears: 5, largeActivityEuros: 5_000_000 });
    expect(framework.sectionById.get('financien')?.order).toBe(6);
    expect(framework.sectionByTitle.get('finances')).toBe('financien');
  });

  it('is built once', () => {
    expect(defaultFramework()).toBe(defaultFramework());
  });

  it('can be built again from copies of its files, with the same results', () => {
    const framework = createFramework(structuredClone(definition), ownSchema(), NAMES);
    expect(lint(CLEAN, {}, framework)).toEqual([]);
  });
});

describe('a broken framework definition', () => {
  it('without a required key names the file and the key', () => {
    const error = errorOf(brokenDefinition((d) => delete d.thresholds));
    expect(error.file).toBe('mijn-kader.framework.json');
    expect(error.message).toContain('mijn-kader.framework.json');
    expect(error.message).toContain('thresholds');
  });

  it('without a nested required key names the JSON pointer of its parent', () => {
    const error = errorOf(brokenDefinition((d) => delete d.sections[2].title));
    expect(error.pointer).toBe('/sections/2');
    expect(error.message).toMatch(/^mijn-kader\.framework\.json \/sections\/2: .*title/);
  });

  it('with a value of the wrong type names its pointer', () => {
    const error = errorOf(brokenDefinition((d) => (d.thresholds.largeActivityEuros = '5 mln')));
    expect(error.pointer).toBe('/thresholds/largeActivityEuros');
    expect(error.message).toContain('mijn-kader.framework.json /thresholds/largeActivityEuros');
  });

  it('with an unknown key or severity names its pointer', () => {
    expect(errorOf(brokenDefinition((d) => (d.sections[0].titel = 'x'))).message).toMatch(/\/sections\/0: .*titel/);
    expect(errorOf(brokenDefinition((d) => (d.rules.placeholder.severity = 'fatal'))).pointer).toBe('/rules/placeholder/severity');
  });

  it('with a duplicate section id names the second one', () => {
    const error = errorOf(brokenDefinition((d) => (d.sections[5].id = 'samenvatting')));
    expect(error.pointer).toBe('/sections/5/id');
    expect(error.message).toContain('samenvatting');
  });

  it('with a title or alias that names two sections names the section and the alias', () => {
    const error = errorOf(brokenDefinition((d) => d.sections[12].aliases.push('Kosten')));
    expect(error.pointer).toBe('/sections/12');
    expect(error.message).toContain('Kosten');
    expect(error.message).toContain('financien');
  });

  it('with an unknown criterion names its pointer', () => {
    const error = errorOf(brokenDefinition((d) => (d.sections[4].criterion = 'landschap')));
    expect(error.pointer).toBe('/sections/4/criterion');
    expect(error.message).toContain('landschap');
  });

  it('with a minimum period above the maximum names the threshold', () => {
    const error = errorOf(brokenDefinition((d) => (d.thresholds.planPeriodMinYears = 6)));
    expect(error.pointer).toBe('/thresholds/planPeriodMinYears');
  });

  it('that is not an object at all', () => {
    expect(errorOf([]).file).toBe('mijn-kader.framework.json');
    expect(errorOf(null).file).toBe('mijn-kader.framework.json');
  });
});

describe('a broken front-matter schema', () => {
  it('that is not a JSON object names the schema file', () => {
    for (const schema of [[], null, 'schema', 42]) {
      const error = errorOf(structuredClone(definition), schema);
      expect(error.file).toBe('mijn-schema.json');
      expect(error.message).toContain('mijn-schema.json');
    }
  });

  it('that is no valid JSON Schema is a FrameworkError, not a crash', () => {
    const wrongType = errorOf(structuredClone(definition), ownSchema((s) => (s.properties.titel.type = 'tekst')));
    expect(wrongType.file).toBe('mijn-schema.json');
    expect(wrongType.message).toMatch(/not a valid JSON Schema/);
    const badRef = errorOf(structuredClone(definition), ownSchema((s) => (s.properties.kosten.items.$ref = '#/$defs/bestaatNiet')));
    expect(badRef.file).toBe('mijn-schema.json');
    const unknownKeyword = errorOf(structuredClone(definition), ownSchema((s) => (s.properties.titel.verplicht = true)));
    expect(unknownKeyword.file).toBe('mijn-schema.json');
  });

  it('changes what the schema rule reports when it is valid but different', () => {
    const strict = createFramework(structuredClone(definition) as FrameworkDefinition, ownSchema((s) => s.required.push('vastgesteld_op')), NAMES);
    expect(lint(CLEAN, {}, strict).map((f) => f.ruleId)).toEqual(['frontmatter-schema']);
  });
});
