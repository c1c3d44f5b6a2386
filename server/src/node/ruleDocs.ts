/** Rule metadata for reports and diagnostics: descriptions, default levels and the docs link. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { effectiveSeverity, ruleCatalogue, type Framework, type RuleMeta } from '../core';
import { publicRuleDocsUri } from './publicDocs';

/** What a report needs to know about a rule (SARIF rules, JUnit test cases, docs links). */
export type RuleDescriptor = Pick<RuleMeta, 'id' | 'defaultSeverity' | 'criterion' | 'description' | 'rationale'> & {
  /** The public address of the rule's documentation (reports are shared beyond this machine). */
  helpUri: string;
};

/**
 * Where a rule's documentation is. It ships inside the package (docs/rules.md, generated from the
 * rules' metadata), so the editor's links work offline. A report leaves the machine (a CI
 * artifact, a SARIF upload, an HTML file mailed to a reviewer): there a link to the installed
 * copy would lead nowhere and show where the tool was installed, so reports link to the
 * published copy of the same file.
 */
export { PUBLIC_RULE_DOCS, publicRuleDocsUri } from './publicDocs';

/** The installed copy. */
function docsFile(): string {
  // dist/cli.js and dist/server.js live one folder below the package root; so do server/src/*.
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const root = path.basename(here) === 'dist' ? path.dirname(here) : path.resolve(here, '..', '..', '..');
  return path.join(root, 'docs', 'rules.md');
}

/** The installed documentation of a rule, for the editor. */
export function ruleDocsUri(ruleId: string): string {
  return `${pathToFileURL(docsFile()).href}#${ruleId}`;
}

export function ruleDescriptors(framework: Framework): RuleDescriptor[] {
  return ruleCatalogue.map((rule) => {
    const severity = effectiveSeverity({ ...rule, check: () => undefined }, framework, {}, false);
    return {
      id: rule.id,
      defaultSeverity: severity === 'off' ? rule.defaultSeverity : severity,
      criterion: rule.criterion,
      description: rule.description,
      rationale: rule.rationale,
      helpUri: publicRuleDocsUri(rule.id),
    };
  });
}
