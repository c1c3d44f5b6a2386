// The README's CI snippets are run as written (on the examples) and their reports checked.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { iplan, ROOT } from './run';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The arguments of the `npx iplan …` command in the README's YAML block that mentions `marker`. */
function snippetArgs(marker: string): string[] {
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes(marker));
  const command = /npx iplan (.*)$/m.exec(block ?? '')?.[1];
  if (!command) throw new Error(`no iplan command in the README's ${marker} snippet`);
  return command.trim().split(/\s+/).map((arg) => (arg === 'plannen/' ? path.join(ROOT, 'examples') : arg));
}

describe('README CI snippets', () => {
  it('GitLab: code quality JSON and JUnit XML that GitLab reads', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'iplan-gitlab-'));
    const run = iplan(snippetArgs('codequality'), { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/problems/);
    const issues = JSON.parse(readFileSync(path.join(cwd, 'gl-code-quality-report.json'), 'utf8'));
    expect(issues.length).toBeGreaterThan(10);
    for (const issue of issues) {
      expect(issue).toMatchObject({ description: expect.any(String), check_name: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]+$/) });
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(cwd, 'iplan-junit.xml'), 'utf8'));
    expect(xml.testsuites.testsuite.length).toBeGreaterThan(5);
  });

  it('GitHub: workflow annotations on stdout and a SARIF file', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'iplan-github-'));
    const run = iplan(snippetArgs('upload-sarif'), { cwd });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=[^,]+,line=\d+/.test(line))).toBe(true);
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'iplan.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(lines.length);
  });
});
