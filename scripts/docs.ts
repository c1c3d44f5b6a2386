// Writes docs/rules.md and the README's rule table from the rules' metadata (`npm run docs`).
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultFramework } from '../server/src/core';
import { rulesMarkdown, rulesTable } from '../server/src/node/rulesMarkdown';

const framework = defaultFramework();
writeFileSync('docs/rules.md', rulesMarkdown(framework));
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, `$1\n${rulesTable(framework)}\n$2`);
writeFileSync('README.md', updated);
