import { describe, expect, it } from 'vitest';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import frontMatterSchema from '../../schemas/iplan-frontmatter.schema.json';
import definition from '../../schemas/kwaliteitskader-2022.framework.json';
import { createFramework, defaultFramework, FrameworkError, type FrameworkDefinition } from '../../server/src/core';
import { inlineLocalRefs } from '../../server/src/core/schemaNav';
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
  it('validates and knows its 13 sections, 22 rules and thresholds', () => {
    const framework = defaultFramework();
    expect(framework.definition.sections).toHaveLength(13);
    expect(Object.keys(framework.definition.rules)).toHaveLength(22);
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

describe('the front-matter schema is compiled with its references inlined', () => {
  const newAjv = () => {
    // Not strict: the schema's own annotation keywords need not be registered for the comparison.
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
    addFormats(ajv, ['date']);
    return ajv;
  };
  const data = {
    iplan: 'x',
    ministerie: 'BZK',
    kosten: [
      { jaar: 1999, vernieuwing: -1, beheer_en_onderhoud: 'veel' },
      { jaar: 2026, vernieuwing: 1, onbekend: true },
      { jaar: 2030 },
    ],
    doelstellingen: [{ id: 'D1', landschapsimpact: { niveau: 'enorm' } }],
    activiteiten: [{ id: 'A1', totale_kosten: 'x', acict: 'misschien' }],
  };
  const shape = (errors: ErrorObject[] | null | undefined) =>
    (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)} ${e.message}`).sort();

  it('leaves no reference in the bundled schema, so ajv compiles one function without joining error lists', () => {
    const inlined = inlineLocalRefs(frontMatterSchema as Record<string, unknown>)!;
    expect(JSON.stringify(inlined)).not.toContain('"$ref"');
    const source = newAjv().compile(inlined).toString();
    expect(source).not.toContain('.concat(');
  });

  it('reports exactly the errors of the schema as written', () => {
    const written = newAjv().compile(ownSchema());
    const inlined = newAjv().compile(inlineLocalRefs(ownSchema())!);
    written(data);
    inlined(data);
    expect(shape(inlined.errors)).toEqual(shape(written.errors));
    expect(shape(inlined.errors).length).toBeGreaterThan(8);
  });

  it('keeps a recursive reference a reference and the keys beside a reference', () => {
    const schema = {
      type: 'object',
      properties: { tree: { $ref: '#/$defs/node', description: 'own' } },
      $defs: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
    };
    const inlined = inlineLocalRefs(schema)! as any;
    expect(inlined.properties.tree.description).toBe('own');
    expect(inlined.properties.tree.allOf[0].properties.children.items).toEqual({ $ref: '#/$defs/node' });
  });

  it('leaves a schema with scopes of its own, or one that would grow too large, as written', () => {
    expect(inlineLocalRefs({ properties: { a: { $id: 'other.json', $ref: '#/$defs/x' } }, $defs: { x: {} } })).toBeUndefined();
    // Each level refers to the next twice: inlined, the copy doubles per level.
    const $defs: Record<string, unknown> = { d0: { type: 'string' } };
    for (let i = 1; i <= 20; i++) $defs[`d${i}`] = { anyOf: [{ $ref: `#/$defs/d${i - 1}` }, { $ref: `#/$defs/d${i - 1}` }] };
    expect(inlineLocalRefs({ $ref: '#/$defs/d20', $defs })).toBeUndefined();
  });

  it('checks a plan with 5,000 failing cost entries, one finding per entry', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `  - jaar: ${2200 + i}\n    vernieuwing: 1\n    beheer_en_onderhoud: 1`).join('\n');
    const plan = CLEAN.replace(/^kosten:\n(?:  .*\n)+/m, `kosten:\n${entries}\n`);
    const schemaFindings = lint(plan).filter((f) => f.ruleId === 'frontmatter-schema');
    expect(schemaFindings.length).toBeGreaterThanOrEqual(5000);
  });
});
