/** The published copy of the rules' documentation (reports, and the editor where no installed copy can be opened). */
export const PUBLIC_RULE_DOCS = 'https://github.com/iplan-rijk/iplan/blob/main/docs/rules.md';

/** The published documentation of a rule. */
export function publicRuleDocsUri(ruleId: string): string {
  return `${PUBLIC_RULE_DOCS}#${encodeURIComponent(ruleId)}`;
}
