/**
 * The checking core: parse → Plan → check → Finding[]. No I/O and no editor types, so the CLI,
 * the language server and the tests all run exactly the same code.
 */
import { check, type CheckOptions } from './check';
import type { Framework } from './framework';
import { parse } from './parse';
import type { Plan } from './plan';
import { hasPlanMarker, matchesPlanGlobs, planGlobsFor } from './planFiles';
import type { Finding } from './types';

export interface LintOptions extends CheckOptions {
  /** Path relative to the workspace or repository root, matched against the plan globs. */
  relativePath?: string;
  /** Globs that make a file an I-plan without a marker; defaults to the framework's. */
  planGlobs?: readonly string[];
}

export interface LintOutcome {
  /** False for Markdown that is no I-plan: it gets no findings at all. */
  isPlan: boolean;
  plan: Plan;
  findings: Finding[];
}

export function lintText(text: string, framework: Framework, options: LintOptions = {}): LintOutcome {
  const plan = parse(text, framework, options.shouldAbandon);
  const isPlan = hasPlanMarker(plan) || (options.relativePath !== undefined && matchesPlanGlobs(options.relativePath, planGlobsFor(framework, options.planGlobs)));
  return { isPlan, plan, findings: isPlan ? check(plan, framework, options) : [] };
}

export { check, effectiveSeverity } from './check';
export { defaultFramework } from './defaultFramework';
export { bundledValidators } from './bundledValidators';
export {
  compileSchema,
  createFramework,
  describeAjvError,
  frontMatterSchemaToCompile,
  newAjv,
  FrameworkError,
  withOverrides,
  type Framework,
  type FrameworkDefinition,
  type SeveritySetting,
} from './framework';
export { parse } from './parse';
export { defuse } from './parse/defuse';
export { ruleCatalogue, rules } from './rules';
export type { Rule, RuleExample, RuleMeta } from './rule';
export * from './types';
export type * from './plan';
export { applyEdits, fixEdits, nonOverlappingEdits } from './edits';
export { LineIndex } from './lines';
export { checkTimeout, checkTimeoutFinding, notTextFinding, tooLargeFinding } from './rules/file-limits';
export { DEFAULT_PLAN_GLOBS, mayHaveMarker, matchesPlanGlobs, planGlobsFor } from './planFiles';
export { normalizeTitle, sectionIdOf } from './framework';
export { planLanguage } from './facts';
export { chooseLocale, parseLocale } from './locale';
export { pointerSegment, pointerSegments, valueAtPointer } from './pointer';
export { frontMatterPointerAt } from './frontMatterNodes';
export { parseAmount, tableStyle, unitMultiplier } from './parse/amounts';
export { headerName } from './parse/costTable';
export { euros, formatAxisMillions, formatEuros, formatMillions, formatNumber } from './money';
export { placeholders, planTemplate } from './template';
export {
  schemaAt,
  schemaDescription,
  schemaEnum,
  schemaEnumAt,
  schemaEnumName,
  schemaProperties,
  schemaTypes,
  type SchemaNode,
} from './schemaNav';
