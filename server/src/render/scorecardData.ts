/**
 * The scorecard as data: every framework section (present, empty or missing) and every
 * criterion with the worst severity of the findings that concern it. Shown per plan and, at a
 * glance, in the report's overview.
 */
import { ruleCatalogue, type Finding, type Framework, type Localized, type Plan, type RuleMeta, type Severity } from '../core';
import { deriveFacts } from '../core/facts';

export type Outcome = 'pass' | Severity;

export interface SectionScore {
  id: string;
  title: Localized;
  required: boolean;
  status: 'present' | 'empty' | 'missing';
  outcome: Outcome;
  findings: Finding[];
  /** 0-based line of the (first) heading, when present. */
  line?: number;
}

export interface CriterionScore {
  id: string;
  title: Localized;
  description: Localized;
  outcome: Outcome;
  findings: Finding[];
  /** Where a reviewer should look: the first finding, else the section that serves the criterion. */
  line?: number;
}

export interface Scorecard {
  sections: SectionScore[];
  criteria: CriterionScore[];
}

export function worst(findings: readonly Finding[]): Outcome {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : 'pass';
}

/** The first line of the text at or after an offset (section ends are offsets). */
function lastLineBefore(plan: Plan, endOffset: number): number {
  const end = plan.lines.positionAt(endOffset);
  return end.character === 0 && end.line > 0 ? end.line - 1 : end.line;
}

export function buildScorecard(
  plan: Plan,
  findings: readonly Finding[],
  framework: Framework,
  ruleMeta: readonly Pick<RuleMeta, 'id' | 'criterion'>[] = ruleCatalogue,
): Scorecard {
  const facts = deriveFacts(plan, framework);
  const missingFindings = findings.filter((f) => f.ruleId === 'section-missing');

  const sections = framework.definition.sections.map((definition): SectionScore => {
    const indexes = plan.sections.flatMap((section, index) => (section.frameworkId === definition.id ? [index] : []));
    let status: SectionScore['status'] = 'missing';
    if (indexes.length > 0) status = indexes.some((i) => !facts.emptySections.has(i)) ? 'present' : 'empty';
    let on: Finding[];
    if (indexes.length > 0) {
      const spans = indexes.map((i) => [plan.sections[i].heading.range.start.line, lastLineBefore(plan, plan.sections[i].endOffset)]);
      on = findings.filter((f) => spans.some(([first, last]) => f.range.start.line >= first && f.range.start.line <= last));
    } else {
      // section-missing reports at line 1 and names the section in its message.
      on = missingFindings.filter((f) => f.message.nl.includes(`‘${definition.title.nl}’`) || f.message.en.includes(`‘${definition.title.en}’`));
    }
    return {
      id: definition.id,
      title: definition.title,
      required: definition.required,
      status,
      outcome: worst(on),
      findings: on,
      line: indexes.length > 0 ? plan.sections[indexes[0]].heading.range.start.line : on[0]?.range.start.line,
    };
  });

  const criterionOf = new Map(ruleMeta.map((r) => [r.id, r.criterion]));
  const criteria = framework.definition.criteria.map((criterion): CriterionScore => {
    const on = findings.filter((f) => criterionOf.get(f.ruleId) === criterion.id);
    const servingSection = framework.definition.sections.find((s) => s.criterion === criterion.id);
    const sectionLine = servingSection ? sections.find((s) => s.id === servingSection.id)?.line : undefined;
    return {
      id: criterion.id,
      title: criterion.title,
      description: criterion.description,
      outcome: worst(on),
      findings: on,
      line: on[0]?.range.start.line ?? sectionLine,
    };
  });
  return { sections, criteria };
}
