/**
 * check: Plan + Framework + options → Finding[]. Pure: no I/O, no editor types.
 */
import { planData } from './data';
import { applyDirectives, readDirectives, type Directive } from './directives';
import { deriveFacts } from './facts';
import { isAdopted } from './frontMatterReading';
import type { Framework, SeveritySetting } from './framework';
import type { Plan } from './plan';
import type { Rule, RuleContext } from './rule';
import { rules as allRules } from './rules';
import { CheckAbandoned, compareFindings, localized, type Finding, type Range, type Severity } from './types';

export interface CheckOptions {
  /** Per-rule severity from configuration; wins over the framework's. */
  rules?: Record<string, SeveritySetting>;
  /** The rules to run (defaults to the whole catalogue). */
  ruleSet?: readonly Rule[];
  /** Asked between rules (and between parts while parsing): true stops with CheckAbandoned. */
  shouldAbandon?: () => boolean;
}

/** The rule's severity for this plan, or 'off'. */
export function effectiveSeverity(rule: Rule, framework: Framework, options: CheckOptions, adopted: boolean): SeveritySetting {
  const configured = options.rules?.[rule.id];
  if (configured) return configured;
  const fromFramework = framework.definition.rules[rule.id];
  if (adopted && fromFramework?.severityWhenAdopted) return fromFramework.severityWhenAdopted;
  return fromFramework?.severity ?? rule.defaultSeverity;
}

const UNUSED_DISABLE = 'unused-disable';

export function check(plan: Plan, framework: Framework, options: CheckOptions = {}): Finding[] {
  const data = planData(plan);
  const facts = deriveFacts(plan, framework);
  const adopted = isAdopted(plan, framework);
  const findings: Finding[] = [];
  const fm = plan.frontMatter;
  const fallback: Range = fm?.openerRange ?? plan.lines.lineRange(0);
  const locate = (pointer: string) => fm?.locations.get(pointer);

  const run = (rule: Rule, unusedDirectives?: Directive[]) => {
    const severity = effectiveSeverity(rule, framework, options, adopted);
    if (severity === 'off' || (rule.needsData && !data)) return;
    const context: RuleContext = {
      plan,
      framework,
      data,
      severity,
      facts,
      unusedDirectives,
      report: (finding) => findings.push({ ...finding, ruleId: rule.id, severity: finding.severity ?? severity }),
      locate,
      keyRange: (pointer) => locate(pointer)?.key ?? locate(pointer)?.value ?? fallback,
      valueRange: (pointer) => locate(pointer)?.value ?? fallback,
    };
    try {
      rule.check(context);
    } catch (error) {
      // A broken rule must not take the others (or the editor) down with it.
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: rule.id,
        severity: 'error' as Severity,
        range: plan.lines.lineRange(0),
        internal: true,
        message: localized(
          `Interne fout in regel ${rule.id}: ${detail}. De overige controles zijn wel uitgevoerd.`,
          `Internal error in rule ${rule.id}: ${detail}. The other checks did run.`,
        ),
      });
    }
  };

  const ruleSet = options.ruleSet ?? allRules;
  for (const rule of ruleSet) {
    if (options.shouldAbandon?.()) throw new CheckAbandoned();
    if (rule.id !== UNUSED_DISABLE) run(rule);
  }
  const { kept, unused } = applyDirectives(findings.splice(0), readDirectives(plan));
  findings.push(...kept);
  const reporter = ruleSet.find((rule) => rule.id === UNUSED_DISABLE);
  if (reporter) run(reporter, unused);
  return findings.sort(compareFindings);
}
