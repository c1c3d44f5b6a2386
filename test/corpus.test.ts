// The corpus of test/corpus: plans as the ministries' CIO offices write them, each giving exactly the
// findings of its sidecar (the planted defects, nothing else), and ordinary Markdown that stays silent.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFramework, lintText } from '../server/src/core';

const CORPUS = path.resolve(__dirname, 'corpus');
const files = readdirSync(CORPUS).filter((name) => name.endsWith('.md'));
const plans = files.filter((name) => name.endsWith('.iplan.md'));
const others = files.filter((name) => !name.endsWith('.iplan.md'));

interface Expected {
  ruleId: string;
  line: number;
  /** What was planted: every finding of a plan with defects says which defect it is. */
  planted: string;
  severity?: 'error' | 'warning';
}

const framework = defaultFramework();
const read = (name: string) => readFileSync(path.join(CORPUS, name), 'utf8');
const sidecar = (name: string): Expected[] => JSON.parse(read(name.replace(/\.iplan\.md$/, '.expected.json')));
const lint = (name: string) => lintText(read(name), framework, { relativePath: `plannen/${name}` });
const byLine = (a: { line: number; ruleId: string }, b: { line: number; ruleId: string }) => a.line - b.line || a.ruleId.localeCompare(b.ruleId);


describe('corpus', () => {
  it('holds at least 30 plans of at least twelve ministries, clean and with planted defects, and ordinary Markdown', () => {
    const ministries = new Set(plans.map((name) => /^ministerie: (\S+)$/m.exec(read(name))?.[1]));
    const clean = plans.filter((name) => sidecar(name).length === 0);
    expect(plans.length).toBeGreaterThanOrEqual(30);
    expect(ministries.size).toBeGreaterThanOrEqual(12);
    expect(clean.length).toBeGreaterThanOrEqual(12);
    expect(plans.length - clean.length).toBeGreaterThanOrEqual(20);
    expect(others.length).toBeGreaterThanOrEqual(4);
    for (const name of plans) for (const finding of sidecar(name)) expect(finding.planted, name).toMatch(/\w/);
  });

  it.each(plans)('%s gives exactly its planted findings', (name) => {
    const { isPlan, findings } = lint(name);
    expect(isPlan).toBe(true);
    const expected = sidecar(name);
    const found = findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line + 1 }));
    expect(found.sort(byLine)).toEqual(expected.map(({ ruleId, line }) => ({ ruleId, line })).sort(byLine));
    for (const want of expected.filter((e) => e.severity)) {
      expect(findings.find((f) => f.ruleId === want.ruleId && f.range.start.line + 1 === want.line)?.severity, want.planted).toBe(want.severity);
    }
  });

  it.each(others)('%s is no plan and gets no findings', (name) => {
    const { isPlan, findings } = lint(name);
    expect(isPlan).toBe(false);
    expect(findings).toEqual([]);
  });
});
