/**
 * The bundled schemas (framework definition, front matter, configuration) compiled to validation
 * code at build time: a check against the bundled framework then compiles no schema at all. Run
 * from source (tests, scripts) there is no such code and the schemas are compiled at run time; the
 * build puts the code that scripts/validators.ts generates in this module's place.
 */
import type { ValidateFunction } from 'ajv/dist/2020';

export interface BundledValidators {
  /** schemas/framework.schema.json */
  definition: ValidateFunction;
  /** schemas/iplan-frontmatter.schema.json, its local references inlined */
  frontMatter: ValidateFunction;
  /** schemas/config.schema.json */
  config: ValidateFunction;
}

export const bundledValidators: BundledValidators | undefined = undefined;
