import { describe, expect, it } from 'vitest';
import { check, compareFindings, parse, rules, type Rule } from '../../server/src/core';
import { appendToSection, brief, CLEAN, framework, lint, lintOutcome, removeLine, replace, without } from '../helpers/plans';

/** A plan with an error (no dashboard number), a warning (a placeholder) and a missing section. */
const MIXED = appendToSection(without(removeLine(CLEAN, 'dashboard_nummer'), 'Sturing'), 'Samenvatting', 'Budget: PM.');
const BODY = CLEAN.slice(CLEAN.indexOf('# Testplan'));

describe('check', () => {
  it('reports with the framework’s severities by default', () => {
    expect(lint(MIXED).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['section-missing error', 'large-activity-dashboard error', 'placeholder warning']);
  });

  it('takes severities from the rules option: off removes, warning downgrades, error upgrades', () => {
    const findings = lint(MIXED, { rules: { 'section-missing': 'off', 'large-activity-dashboard': 'warning', placeholder: 'error' } });
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['large-activity-dashboard warning', 'placeholder error']);
  });

  it('lets the rules option win over the stricter severity of an adopted plan', () => {
    const adopted = replace(MIXED, 'status: concept', 'status: vastgesteld\nvastgesteld_op: 2026-02-01');
    expect(lint(adopted).find((f) => f.ruleId === 'placeholder')?.severity).toBe('error');
    expect(lint(adopted, { rules: { placeholder: 'warning' } }).find((f) => f.ruleId === 'placeholder')?.severity).toBe('warning');
    expect(lint(adopted, { rules: { placeholder: 'off' } }).find((f) => f.ruleId === 'placeholder')).toBeUndefined();
  });

  it('returns the findings sorted by position, then rule id', () => {
    const findings = lint(MIXED);
    expect([...findings].sort(compareFindings)).toEqual(findings);
    const lines = findings.map((f) => f.range.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    // Two findings on the same place are ordered by rule id.
    const both = lint(removeLine(CLEAN, 'acict: gemeld').replace('    dashboard_nummer: BZK-0042\n', ''));
    expect(both.map((f) => f.ruleId)).toEqual(['large-activity-acict', 'large-activity-dashboard']);
  });

  it('turns a rule that throws into one finding on line 1 naming the rule, and runs the others', () => {
    const broken: Rule = {
      id: 'broken-rule',
      defaultSeverity: 'warning',
      criterion: 'opbouw',
      basis: 'inferred',
      description: { nl: 'Kapot.', en: 'Broken.' },
      rationale: { nl: 'Test.', en: 'Test.' },
      check() {
        throw new Error('boem');
      },
    };
    const ruleSet = [rules.find((r) => r.id === 'section-missing')!, broken, rules.find((r) => r.id === 'placeholder')!];
    const findings = lint(MIXED, { ruleSet });
    const internal = findings.filter((f) => f.ruleId === 'broken-rule');
    expect(brief(internal)).toEqual(['broken-rule error 1:1-1:4']);
    expect(internal[0].message.en).toMatch(/broken-rule.*boem/);
    expect(internal[0].message.nl).toMatch(/broken-rule.*boem/);
    // Marked as iplan's own fault (the editor logs it), unlike a finding about the plan.
    expect(internal[0].internal).toBe(true);
    expect(findings.filter((f) => f.internal).map((f) => f.ruleId)).toEqual(['broken-rule']);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['broken-rule', 'placeholder', 'section-missing']);
  });

  it('runs only the rules of a given rule set', () => {
    const ruleSet = rules.filter((r) => r.id === 'placeholder');
    expect(lint(MIXED, { ruleSet }).map((f) => f.ruleId)).toEqual(['placeholder']);
  });

  it('can be called on a parsed plan directly', () => {
    expect(check(parse(CLEAN, framework), framework)).toEqual([]);
    expect(check(parse(MIXED, framework), framework)).toEqual(lint(MIXED));
  });
});

describe('which files are I-plans', () => {
  it('Markdown without an iplan key whose path does not match is no plan and gets nothing', () => {
    for (const relativePath of ['README.md', 'docs/plan.md', 'plan.iplan.md.bak', 'plan.iplan.markdown']) {
      const outcome = lintOutcome(BODY, { relativePath });
      expect(outcome.isPlan, relativePath).toBe(false);
      expect(outcome.findings).toEqual([]);
    }
    const otherFrontMatter = `---\ntitle: Notities\n---\n\n${BODY}`;
    expect(lintOutcome(otherFrontMatter, { relativePath: 'notes.md' })).toMatchObject({ isPlan: false, findings: [] });
    expect(lintOutcome(BODY, { relativePath: undefined })).toMatchObject({ isPlan: false, findings: [] });
  });

  it('a file with an iplan key is a plan whatever its path', () => {
    const outcome = lintOutcome(without(CLEAN, 'Sturing'), { relativePath: 'docs/notes.md' });
    expect(outcome.isPlan).toBe(true);
    expect(outcome.findings.map((f) => f.ruleId)).toEqual(['section-missing']);
    expect(lintOutcome(CLEAN, { relativePath: undefined }).isPlan).toBe(true);
  });

  it('a half-typed front matter with an iplan key is still a plan', () => {
    const outcome = lintOutcome(replace(CLEAN, 'ministerie: BZK', 'ministerie: [BZK'), { relativePath: 'notes.md' });
    expect(outcome.isPlan).toBe(true);
    expect(outcome.findings.map((f) => f.ruleId)).toContain('frontmatter-syntax');
  });

  it('a file matching the plan globs without front matter gets frontmatter-missing', () => {
    const outcome = lintOutcome(BODY, { relativePath: 'plannen/bzk.iplan.md' });
    expect(outcome.isPlan).toBe(true);
    expect(brief(outcome.findings)).toEqual(['frontmatter-missing error 1:1-1:15']);
  });

  it('follows configured plan globs', () => {
    expect(lintOutcome(BODY, { relativePath: 'plannen/bzk.md', planGlobs: ['plannen/*.md'] }).isPlan).toBe(true);
    expect(lintOutcome(BODY, { relativePath: 'x/bzk.iplan.md', planGlobs: ['plannen/*.md'] }).isPlan).toBe(false);
    expect(lintOutcome(BODY, { relativePath: 'plannen\\bzk.md', planGlobs: ['plannen/*.md'] }).isPlan).toBe(true);
  });
});
