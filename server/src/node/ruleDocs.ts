/** Rule metadata for reports and diagnostics: descriptions, default levels and the docs link. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { effectiveSeverity, type Framework } from '../core';
import { allRuleMeta } from './rulesMarkdown';
import type { RuleDescriptor } from '../cli/results';

/**
 * The rule documentation ships inside the package (docs/rules.md, generated from the rules'
 * metadata), so links work offline, from the CLI's reports as well as from the editor.
 */
export function docsFile(): string {
  // dist/cli.js and dist/server.js live one folder below the package root; so do server/src/*.
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const root = path.basename(here) === 'dist' ? path.dirname(here) : path.resolve(here, '..', '..', '..');
  return path.join(root, 'docs', 'rules.md');
}

export function ruleDocsUri(ruleId: string): string {
  return `${pathToFileURL(docsFile()).href}#${ruleId}`;
}

export function ruleDescriptors(framework: Framework): RuleDescriptor[] {
  return allRuleMeta.map((rule) => {
    const severity = effectiveSeverity({ ...rule, check: () => undefined }, framework, {}, false);
    return {
      id: rule.id,
      defaultSeverity: severity === 'off' ? rule.defaultSeverity : severity,
      criterion: rule.criterion,
      description: rule.description,
      rationale: rule.rationale,
      helpUri: ruleDocsUri(rule.id),
    };
  });
}
