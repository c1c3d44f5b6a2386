/**
 * axe-core in a page of Debian's Chromium: the WCAG 2.1 A and AA rules and axe's best practices
 * (landmarks, heading order and the like). The engine is evaluated through the browser's
 * debugging protocol, which the pages' Content-Security-Policy does not govern, so the report and
 * the preview are checked with the policy they ship with.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeResult {
  violations: AxeViolation[];
  /** Rule ids axe could not decide, with how many nodes (chart text in SVG: checked by the test itself). */
  incomplete: Record<string, number>;
  passes: number;
}

export async function runAxe(page: Page, tags: readonly string[] = [...WCAG_21_AA, 'best-practice']): Promise<AxeResult> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const raw = await page.evaluate(async (values: string[]) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<any> } }).axe;
    return axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values }, resultTypes: ['violations', 'incomplete'] });
  }, [...tags]);
  return {
    violations: raw.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => n.target.join(' ')) })),
    incomplete: Object.fromEntries(raw.incomplete.map((v: any) => [v.id, v.nodes.length])),
    passes: raw.passes.length,
  };
}

/** Violations as `rule-id (impact): n × help — first targets`, for a readable failure. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.length} × ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
}
