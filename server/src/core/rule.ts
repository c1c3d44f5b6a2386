/** What a rule is: its metadata and a pure check over the shared views of one plan. */
import type { PlanData } from './data';
import type { Directive } from './directives';
import type { Framework } from './framework';
import type { NodeLocation, Plan } from './plan';
import type { Finding, Localized, Range, Severity } from './types';

export interface RuleMeta {
  id: string;
  /** Used when neither the framework nor the configuration sets one. */
  defaultSeverity: Severity;
  /** The framework criterion the rule guards (a `criteria` id of the framework file). */
  criterion: string;
  /** One line: what the rule checks. */
  description: Localized;
  /** Why: what in the framework or the law asks for it. */
  rationale: Localized;
  /** Where the requirement comes from: a public instrument (`sourced`), or our own reading (`inferred`). */
  basis: 'sourced' | 'inferred';
  /** Needs parsed front-matter data; silenced when the front matter is absent or broken. */
  needsData?: boolean;
  /** Its findings (some of them) carry a fix that `iplan --fix` and the editor's quick fix apply. */
  fixable?: true;
  /** A passage written wrong and right, shown in the rule's documentation (every rule that checks a plan has one). */
  example?: RuleExample;
}

/**
 * A passage of a plan, one string a line; a line `…` stands for lines left out between two
 * parts. Each example is a passage of the compact clean plan the rule tests use (`CLEAN` in
 * test/helpers/plans.ts): with `bad` in place of `good`, that plan fails this rule and no other,
 * and the rule's fix, where it has one, turns `bad` into `good` (or into `fixed`).
 */
export interface RuleExample {
  bad: readonly string[];
  good: readonly string[];
  /** What the fix makes of `bad` when that is not `good`: it writes what is missing and leaves a value to fill in. */
  fixed?: readonly string[];
}

export type ReportedFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  plan: Plan;
  framework: Framework;
  /** Present when the front matter parsed (always, for rules with `needsData`). */
  data?: PlanData;
  /** The effective severity of this rule for this plan. */
  severity: Severity;
  /** Shared facts that one rule works out and another defers to (see `Facts`). */
  facts: Facts;
  report(finding: ReportedFinding): void;
  /** Where a front-matter JSON pointer is written. */
  locate(pointer: string): NodeLocation | undefined;
  /** The key's range for a map entry, else the value's; the front matter opener when unknown. */
  keyRange(pointer: string): Range;
  valueRange(pointer: string): Range;
  /** For `unused-disable` only, which runs after the directives were applied. */
  unusedDirectives?: Directive[];
}

/** Facts derived once per plan, shared so each defect is reported by one rule only. */
export interface Facts {
  /** Indexes in `plan.sections` of sections that are empty or hold only a placeholder. */
  emptySections: ReadonlySet<number>;
  /**
   * Front-matter lines whose YAML comment holds a placeholder word (`thema: null # TODO kies
   * uit: …`): a null there is a value left open on purpose, and the placeholder rule's to report.
   */
  openValueLines: ReadonlySet<number>;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
