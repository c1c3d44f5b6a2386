/** The bundled framework, built once on first use (with its schema compiled at build time, in a build). */
import frontMatterSchema from '../../../schemas/iplan-frontmatter.schema.json';
import definition from '../../../schemas/kwaliteitskader-2022.framework.json';
import { bundledValidators } from './bundledValidators';
import { createFramework, type Framework } from './framework';

let bundled: Framework | undefined;

export function defaultFramework(): Framework {
  bundled ??= createFramework(
    definition,
    frontMatterSchema,
    { definition: 'kwaliteitskader-2022.framework.json', schema: 'iplan-frontmatter.schema.json' },
    bundledValidators?.frontMatter,
  );
  return bundled;
}
