import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../server/src/cli/formatters/gitlab';
import { bzkMessages, bzkPath, context, NASTY, oddPath, relative, results, shifted } from './fixtures';

/** What GitLab's Code Quality report requires of each issue (GitLab's docs, Code Climate's spec). */
const issueSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      type: { const: 'issue' },
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]+$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: { type: 'array', items: { type: 'string' } },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\.\\./)|\\\\' } },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
};

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const issues = (input = results): Issue[] => JSON.parse(gitlab(input, context));

describe('gitlab formatter', () => {
  it('writes an array of issues with every field GitLab needs', () => {
    const validate = new Ajv({ allErrors: true }).compile(issueSchema);
    expect(validate(issues()), JSON.stringify(validate.errors)).toBe(true);
    expect(issues([])).toEqual([]);
  });

  it('maps each finding: message, rule, severity, relative path and lines', () => {
    const all = issues();
    expect(all).toHaveLength(8);
    expect(all[0]).toMatchObject({
      type: 'issue',
      check_name: 'section-missing',
      description: 'Section "Financiën" is missing.',
      severity: 'major',
      location: { path: 'plans/bzk.iplan.md', lines: { begin: 1, end: 1 } },
    });
    expect(all.map((i) => i.severity)).toEqual(['major', 'major', 'minor', 'minor', 'major', 'minor', 'minor', 'major']);
    // A span that ends at column 1 of line 26 ends on line 25; a real multi-line span keeps its end.
    expect(all[3].location.lines).toEqual({ begin: 25, end: 25 });
    expect(all[4].location.lines).toEqual({ begin: 30, end: 32 });
    expect(all[4].description).toBe(NASTY);
    expect(all[7].location.path).toBe(relative(oddPath));
    expect(all[7].location.path).toBe('plans/sub dir/a, b: c <&"\'>% ü.iplan.md');
  });

  it('gives every issue its own fingerprint, also for identical findings', () => {
    const prints = issues().map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    // The two identical placeholder warnings in one file.
    expect(prints[2]).not.toBe(prints[3]);
  });

  it('keeps fingerprints when findings move to other lines', () => {
    expect(issues(shifted(12)).map((i) => i.fingerprint)).toEqual(issues().map((i) => i.fingerprint));
    // A finding moved on its own, with everything else in place.
    const moved = results.map((r) =>
      r.filePath === bzkPath ? { ...r, messages: r.messages.map((m, i) => (i === 1 ? { ...m, line: 90, endLine: 90 } : m)) } : r,
    );
    expect(issues(moved)[1].fingerprint).toBe(issues()[1].fingerprint);
  });

  it('changes the fingerprint when the message, the rule or the file differs', () => {
    const base = issues()[0].fingerprint;
    const withMessages = (messages: typeof bzkMessages) => issues([{ ...results[0], messages }])[0].fingerprint;
    expect(withMessages([{ ...bzkMessages[0], message: 'Section "Samenvatting" is missing.' }])).not.toBe(base);
    expect(withMessages([{ ...bzkMessages[0], ruleId: 'section-empty' }])).not.toBe(base);
    expect(issues([{ ...results[0], filePath: oddPath }])[0].fingerprint).not.toBe(base);
    expect(withMessages([bzkMessages[0]])).toBe(base);
  });
});
