// The build compiles the bundled schemas to validation code (scripts/validators.ts); a check must
// report exactly what the run-time compiler reports: same verdict, same errors, on every plan of
// the examples and the corpus, and on definitions and configurations broken in many ways.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/config.schema.json';
import frameworkSchema from '../../schemas/framework.schema.json';
import frontMatterSchema from '../../schemas/iplan-frontmatter.schema.json';
import definition from '../../schemas/kwaliteitskader-2022.framework.json';
import { bundledValidatorsCode } from '../../scripts/validators';
import { defaultFramework, frontMatterSchemaToCompile, newAjv, parse } from '../../server/src/core';
import type { BundledValidators } from '../../server/src/core/bundledValidators';

const ROOT = path.resolve(__dirname, '..', '..');

function generated(): BundledValidators {
  const module = { exports: {} as { bundledValidators?: BundledValidators } };
  new Function('module', 'exports', 'require', bundledValidatorsCode())(module, module.exports, createRequire(path.join(ROOT, 'package.json')));
  return module.exports.bundledValidators!;
}

const standalone = generated();
const runtime = newAjv();
const compiled = {
  definition: runtime.compile(frameworkSchema),
  frontMatter: runtime.compile(frontMatterSchemaToCompile(frontMatterSchema)),
  config: runtime.compile(configSchema),
};

/** Validates with both and expects the same outcome; returns how many errors there were. */
function same(name: keyof BundledValidators, data: unknown): number {
  const verdict = standalone[name](data);
  expect(compiled[name](data)).toBe(verdict);
  expect(standalone[name].errors ?? null).toEqual(compiled[name].errors ?? null);
  return standalone[name].errors?.length ?? 0;
}

/** Copies of `value` changed one way each: keys dropped, values of the wrong type or out of range, a key added. */
function mutations(value: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const key of Object.keys(value)) {
    const { [key]: _dropped, ...without } = value;
    out.push(without);
    for (const wrong of [42, 'x', null, [], {}, true, -1, '2026-13-45']) out.push({ ...value, [key]: wrong });
  }
  out.push({ ...value, onbekende_sleutel: 1 }, [], 'text', null);
  return out;
}

const plansIn = (folder: string) =>
  readdirSync(path.join(ROOT, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(path.join(ROOT, folder, name), 'utf8'));

describe('the validation code generated at build time', () => {
  it('reports what the run-time compiler reports on the front matter of every example and corpus plan, and of the examples mutated', () => {
    let fixtures = 0;
    let errors = 0;
    // Every plan as it is; the examples mutated too (the corpus plans' keys are theirs again).
    const examples = plansIn('examples');
    for (const [index, text] of [...examples, ...plansIn('test/corpus')].entries()) {
      const data = parse(text, defaultFramework()).frontMatter?.data;
      if (data === undefined) continue;
      const mutable = index < examples.length && data && typeof data === 'object' && !Array.isArray(data);
      const variants = mutable ? [data, ...mutations(data as Record<string, unknown>)] : [data];
      for (const variant of variants) {
        errors += same('frontMatter', variant);
        fixtures++;
      }
    }
    expect(fixtures).toBeGreaterThan(500);
    expect(errors).toBeGreaterThan(fixtures);
  });

  it('reports what the run-time compiler reports on the bundled framework definition and broken copies of it', () => {
    let errors = same('definition', definition);
    expect(errors).toBe(0);
    const copy = structuredClone(definition) as unknown as Record<string, unknown>;
    for (const variant of mutations(copy)) errors += same('definition', variant);
    const sections = structuredClone(definition.sections) as unknown as Record<string, unknown>[];
    for (const variant of mutations(sections[0])) errors += same('definition', { ...copy, sections: [variant, ...sections.slice(1)] });
    expect(errors).toBeGreaterThan(100);
  });

  it('reports what the run-time compiler reports on configurations, good and broken', () => {
    const good = {
      extends: '../iplan.config.json',
      framework: 'kader.framework.json',
      rules: { placeholder: 'error', 'section-order': 'off' },
      thresholds: { planPeriodMaxYears: 6 },
      planGlobs: ['plannen/**/*.md'],
      exclude: ['archief/**'],
      locale: 'nl',
    };
    let errors = 0;
    for (const variant of [good, {}, ...mutations(good), { rules: { placeholder: 'eror' } }, { thresholds: { planPeriodMaxYears: 'zes' } }]) errors += same('config', variant);
    expect(errors).toBeGreaterThan(20);
  });
});
