// Steps both end-to-end runs take (desktop and web extension host), on the harness's page.
import * as path from 'node:path';
import { expect } from 'vitest';
// @ts-expect-error -- the harness is plain ESM JavaScript, shared with ad-hoc scripts.
import * as vscode from './code-server.mjs';

export type Row = { kind: string; code?: string; source?: string; file?: string; message?: string };

export const iplanMarkers = (rows: Row[]) => rows.filter((r) => r.kind === 'marker' && r.source === 'iplan');

type Located = { first(): Located; locator(s: string): Located; waitFor(o: object): Promise<void>; click(): Promise<void>; getAttribute(name: string): Promise<string | null> };
type Page = { frameLocator(s: string): { frameLocator(s: string): { locator(s: string): Located } } };

/**
 * The reviewer's preview beside the plan: scorecard, cost chart and findings in place; a click on
 * a finding (the client's script, allowed by nonce) puts the editor's cursor on its line.
 */
export async function previewShowsAndReveals(page: unknown, artifacts: string, rule = 'section-empty'): Promise<void> {
  await vscode.runCommand(page, 'I-plan: Open Preview to the Side');
  const view = (page as Page).frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await view.locator('svg').first().waitFor({ state: 'visible', timeout: 30_000 });
  await view.locator(`text=${rule}`).first().waitFor({ state: 'visible', timeout: 10_000 });
  await vscode.screenshot(page, path.join(artifacts, 'preview.png'));
  const finding = view.locator(`.iplan-finding[data-rule="${rule}"]`).first();
  const line = Number(await finding.getAttribute('data-line'));
  expect(line).toBeGreaterThan(0);
  await finding.locator('.iplan-msg').click();
  const cursor = async () => (await vscode.statusBarItems(page)).find((item: string) => /^Ln \d+, Col \d+/.test(item));
  await expect.poll(cursor, { timeout: 15_000 }).toMatch(new RegExp(`^Ln ${line + 1}, Col 1\\b`));
}

/** The status bar names the plan's errors and warnings (it follows the Problems view, asynchronously). */
export async function statusBarCounts(page: unknown): Promise<void> {
  await expect.poll(() => vscode.statusBarItems(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/I-plan.*\d/i)]));
}

/**
 * Where the extension says it runs (its output channel's first line, computed from the host:
 * `env.uiKind` and whether Node's `process` exists), read from the Output panel.
 */
export async function extensionHost(page: unknown): Promise<string> {
  await vscode.runCommand(page, 'I-plan: Show Output');
  type Located = { first(): Located; textContent(o: object): Promise<string | null>; click(o?: object): Promise<void> };
  const lines = (page as { locator(s: string): Located }).locator('.part.panel .view-lines').first();
  let text = '';
  await expect
    .poll(
      async () => {
        // The output follows its end: go to its first line, where the extension said where it runs.
        await lines.click({ timeout: 5000 }).catch(() => undefined);
        await (page as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Control+Home');
        return (text = ((await lines.textContent({ timeout: 5000 }).catch(() => '')) ?? '').replace(/\u00a0/g, ' '));
      },
      { timeout: 30_000 },
    )
    .toMatch(/extension host: /);
  return /extension host: ([^\n]*?\))/.exec(text)?.[1] ?? text;
}
