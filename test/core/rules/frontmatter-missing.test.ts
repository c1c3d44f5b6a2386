import { describe, expect, it } from 'vitest';
import { CLEAN, briefLint, lint, lintOutcome, without } from '../../helpers/plans';

const BODY = CLEAN.slice(CLEAN.indexOf('# Testplan BZK'));

describe('frontmatter-missing', () => {
  it('fires on a file matching the plan globs without front matter, on line 1', () => {
    const findings = lint(BODY).filter((f) => f.ruleId === 'frontmatter-missing');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'frontmatter-missing', severity: 'error' });
    // Line 1 is `# Testplan BZK`: the whole line.
    expect(briefLint(BODY)).toEqual(['frontmatter-missing error 1:1-1:15']);
  });

  it('leaves the body rules running, and silences the data rules', () => {
    expect(briefLint(without(BODY, 'Sturing'))).toEqual(['frontmatter-missing error 1:1-1:15', 'section-missing error 1:1-1:15']);
  });

  it('fires for a file in a sub-folder matching **/*.iplan.md', () => {
    expect(lint(BODY, { relativePath: 'plannen/2026/bzk.iplan.md' }).map((f) => f.ruleId)).toEqual(['frontmatter-missing']);
  });

  it('does not fire when there is front matter', () => {
    expect(lint(CLEAN)).toEqual([]);
  });

  it('does not fire for an empty or unclosed front matter (other rules say what is wrong)', () => {
    expect(briefLint(`---\n---\n${BODY}`)).toEqual(['frontmatter-schema error 1:1-1:4']);
    expect(briefLint(`---\niplan: kwaliteitskader-2022\n\n${BODY}`).map((f) => f.split(' ')[0])).toEqual(['frontmatter-syntax']);
  });

  it('does not fire for Markdown that is no I-plan', () => {
    const outcome = lintOutcome(BODY, { relativePath: 'docs/notes.md' });
    expect(outcome.isPlan).toBe(false);
    expect(outcome.findings).toEqual([]);
  });
});
