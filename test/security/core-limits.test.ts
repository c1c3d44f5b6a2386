// Hostile input the core must survive with a clear result: YAML alias bombs, 10,000 levels of
// nesting, a 10,000-column table, remote schema references. Figures, not timing assertions.
import { describe, expect, it } from 'vitest';
import { createFramework, defaultFramework, FrameworkError, lintText } from '../../server/src/core';

const lint = (text: string) => lintText(text, defaultFramework(), { relativePath: 'hostile.iplan.md' });
const FRONT = '---\niplan: kwaliteitskader-2022\n---\n\n## Samenvatting\n\n';

describe('hostile input finishes with findings, never a crash', () => {
  it('a YAML alias bomb is refused as a syntax error', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const outcome = lint(`---\niplan: x\n${levels.join('\n')}\n---\n`);
    const syntax = outcome.findings.filter((f) => f.ruleId === 'frontmatter-syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0].message.en).toMatch(/alias/i);
  });

  it.each([
    ['block quotes', `${'> '.repeat(10_000)}diep\n`],
    ['list markers on one line', `${'- '.repeat(10_000)}diep\n`],
    ['ordered list markers', `${'1. '.repeat(10_000)}diep\n`],
    ['an emphasis run', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`],
    ['brackets', `${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`],
  ])('10,000 levels of %s finish without a stack overflow', (_, body) => {
    const outcome = lint(FRONT + body);
    expect(outcome.isPlan).toBe(true);
    expect(outcome.plan.sections.map((s) => s.frameworkId)).toEqual(['samenvatting']);
  });

  it('a list nested 1,000 levels deep by indentation finishes', () => {
    const body = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');
    const outcome = lint(`${FRONT}${body}\n`);
    expect(outcome.plan.sections.map((s) => s.frameworkId)).toEqual(['samenvatting']);
  });

  it('deeply nested YAML is a syntax error, not a crash', () => {
    const outcome = lint(`---\niplan: x\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    expect(outcome.findings.map((f) => f.ruleId)).toContain('frontmatter-syntax');
  });

  it('a table of 10,000 columns finishes and is read whole', () => {
    const columns = 10_000;
    const row = (cell: (i: number) => string) => `| ${Array.from({ length: columns }, (_, i) => cell(i)).join(' | ')} |`;
    const table = [row((i) => `k${i}`), `|${' --- |'.repeat(columns)}`, row(() => '1')].join('\n');
    const outcome = lint(`${FRONT}${table}\n`);
    expect(outcome.plan.tables).toHaveLength(1);
    expect(outcome.plan.tables[0].rows[1].cells).toHaveLength(columns);
  });
});

describe('schemas resolve locally only', () => {
  it('a front-matter schema that refers to a remote schema is refused, not fetched', () => {
    const definition = structuredClone(defaultFramework().definition);
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://iplan.local/remote-test.json', type: 'object', properties: { iplan: { $ref: 'https://example.org/schemas/iplan.json' } } };
    let error: unknown;
    try {
      createFramework(definition, schema, { definition: 'dept.framework.json', schema: 'dept.schema.json' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrameworkError);
    expect((error as Error).message).toMatch(/dept\.schema\.json/);
    expect((error as Error).message).toMatch(/example\.org/);
  });
});
