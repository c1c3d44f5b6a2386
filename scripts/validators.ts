/**
 * The bundled schemas compiled to validation code with ajv's standalone mode, for the build
 * (scripts/build.mjs puts it in place of server/src/core/bundledValidators.ts). Same ajv settings
 * as at run time, so the code reports what the run-time compiler reports (test/core/bundledValidators.test.ts).
 */
import standaloneCode from 'ajv/dist/standalone';
import configSchema from '../schemas/config.schema.json';
import frameworkSchema from '../schemas/framework.schema.json';
import frontMatterSchema from '../schemas/iplan-frontmatter.schema.json';
import { frontMatterSchemaToCompile, newAjv } from '../server/src/core/framework';

/** A CommonJS module that exports `bundledValidators`, as bundledValidators.ts declares it. */
export function bundledValidatorsCode(): string {
  const ajv = newAjv({ code: { source: true, lines: false } });
  const schemas = { definition: frameworkSchema, frontMatter: frontMatterSchemaToCompile(frontMatterSchema), config: configSchema };
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  const names = Object.keys(schemas);
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, name])));
  const exported = names.map((name) => `${name}: exports.${name}`);
  return `${code}\nexports.bundledValidators = { ${exported.join(', ')} };\n`;
}
