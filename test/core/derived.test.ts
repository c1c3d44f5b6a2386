// Views derived from a plan: worked out once per plan, and the front-matter node at a position.
import { describe, expect, it } from 'vitest';
import { defaultFramework, parse, schemaAt, schemaEnumName, type Plan, type SchemaNode } from '../../server/src/core';
import { planData } from '../../server/src/core/data';
import { deriveFacts } from '../../server/src/core/facts';
import { frontMatterPointerAt } from '../../server/src/core/frontMatterNodes';
import { withOverrides } from '../../server/src/core/framework';
import { CLEAN } from '../helpers/plans';

const framework = defaultFramework();

describe('derived views per plan', () => {
  it('planData and deriveFacts are worked out once per plan (and per framework) and shared', () => {
    const plan = parse(CLEAN, framework);
    expect(planData(plan)).toBe(planData(plan));
    expect(planData(plan)?.activities.length).toBeGreaterThan(0);
    expect(deriveFacts(plan, framework)).toBe(deriveFacts(plan, framework));
    // Another plan of the same text is another plan.
    const again = parse(CLEAN, framework);
    expect(planData(again)).not.toBe(planData(plan));
    expect(planData(again)).toEqual(planData(plan));
    // Empty sections depend on the framework's placeholder words: another framework, other facts.
    const other = withOverrides(framework, { placeholders: ['Samenvatting'] });
    expect(deriveFacts(plan, other)).not.toBe(deriveFacts(plan, framework));
  });

  it('a plan without front matter has no data, every time', () => {
    const plan: Plan = parse('# Alleen tekst\n', framework);
    expect(planData(plan)).toBeUndefined();
    expect(planData(plan)).toBeUndefined();
  });
});

describe('frontMatterPointerAt', () => {
  const text = [
    '---', //                                   0
    'iplan: kwaliteitskader-2022', //           1
    'status: concept', //                       2
    'kosten:', //                               3
    '  - jaar: 2026', //                        4
    '    vernieuwing: 100', //                  5
    '  - { jaar: 2027, vernieuwing: 5 }', //    6
    'activiteiten:', //                         7
    '  - id: A1', //                            8
    '    landschapsimpact:', //                 9
    '      niveau: hoog', //                   10
    '---', //                                  11
    '',
  ].join('\n');
  const fm = parse(text, framework).frontMatter!;
  const at = (line: number, character: number) => frontMatterPointerAt(fm, { line, character });

  it('finds the deepest node holding the position', () => {
    expect(at(2, 10)).toBe('/status');
    expect(at(4, 10)).toBe('/kosten/0/jaar');
    expect(at(5, 18)).toBe('/kosten/0/vernieuwing');
    expect(at(6, 8)).toBe('/kosten/1/jaar');
    expect(at(6, 22)).toBe('/kosten/1/vernieuwing');
    expect(at(10, 14)).toBe('/activiteiten/0/landschapsimpact/niveau');
    expect(at(3, 0)).toBe('/kosten');
  });

  it('in the indentation before a key: the node it belongs to', () => {
    expect(at(5, 0)).toBe('/kosten/0');
    expect(at(10, 0)).toBe('/activiteiten/0/landschapsimpact');
  });

  it('outside every node: undefined', () => {
    expect(at(0, 0)).toBeUndefined();
    expect(at(11, 0)).toBeUndefined();
  });

  it('finds the same node as a scan of every location, on a large front matter', () => {
    const entries = Array.from({ length: 400 }, (_, i) => `  - jaar: ${2000 + i}\n    vernieuwing: ${i}\n    beheer_en_onderhoud: ${i * 2}\n`).join('');
    const large = parse(`---\niplan: x\nkosten:\n${entries}---\n`, framework).frontMatter!;
    for (const [pointer, location] of large.locations) {
      if (pointer === '' || pointer.split('/').length < 4) continue;
      expect(frontMatterPointerAt(large, location.value.end)).toBe(pointer);
      expect(frontMatterPointerAt(large, location.key!.start)).toBe(pointer);
    }
  });
});

describe('schemaEnumName', () => {
  const schema = framework.frontMatterSchema as SchemaNode;
  const ministry = schemaAt(schema, ['ministerie'])!;
  const activityStatus = schemaAt(schema, ['activiteiten', '*', 'status'])!;

  it('names an enumerated value in each language, from the schema', () => {
    expect(schemaEnumName(ministry, 'BZK', 'nl')).toBe('Binnenlandse Zaken en Koninkrijksrelaties');
    expect(schemaEnumName(ministry, 'BZK', 'en')).toBe('Interior and Kingdom Relations');
    expect(schemaEnumName(activityStatus, 'in-uitvoering', 'en')).toBe('in progress');
  });

  it('every value of an enumeration with names has a name in both languages', () => {
    const named: SchemaNode[] = [];
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      if ((node as SchemaNode)['x-enum-names']) named.push(node as SchemaNode);
      for (const child of Object.values(node)) visit(child);
    };
    visit(schema);
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const node of named) {
      for (const value of (node.enum as unknown[]).filter((v) => v !== null)) {
        expect(schemaEnumName(node, value, 'nl'), String(value)).toBeTruthy();
        expect(schemaEnumName(node, value, 'en'), String(value)).toBeTruthy();
      }
    }
  });

  it('names nothing that is not in the schema, whatever the plan writes', () => {
    for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'XYZ', '']) {
      expect(schemaEnumName(ministry, value, 'nl'), value).toBeUndefined();
    }
    expect(schemaEnumName(ministry, 42, 'nl')).toBeUndefined();
    expect(schemaEnumName(ministry, { BZK: 1 }, 'nl')).toBeUndefined();
    expect(schemaEnumName({ enum: ['a'] }, 'a', 'nl')).toBeUndefined();
  });
});
