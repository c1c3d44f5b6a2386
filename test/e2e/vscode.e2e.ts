// End to end in a real VS Code: code-server 4.100.3 in Debian's headless Chromium, with the
// packaged .vsix installed into a fresh profile. Run by `npm run e2e` (and by .ci/run).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the harness is plain ESM JavaScript, shared with ad-hoc scripts.
import * as vscode from './code-server.mjs';
import { extensionHost, iplanMarkers, previewShowsAndReveals, statusBarCounts, type Row } from './steps';

const ROOT = path.resolve(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `iplan-${version}.vsix`);
const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e');
const PLAN = 'defect-sections.iplan.md';

/**
 * A line of the I-plan output's log file: the client's on how long the first diagnostics took
 * (`First diagnostics …`), or the server's timeline of its start (`Start-up …`).
 */
function outputLine(userDataDir: string, pattern: RegExp): string | undefined {
  const logs = readdirSync(path.join(userDataDir, 'logs'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('I-plan.log'));
  for (const log of logs) {
    const line = readFileSync(path.join(userDataDir, 'logs', log), 'utf8').match(pattern)?.[0];
    if (line) return line;
  }
  return undefined;
}
const FIRST_DIAGNOSTICS = /First diagnostics .*/;

type Located = { first(): Located; waitFor(o: object): Promise<void>; click(): Promise<void>; allTextContents(): Promise<string[]>; textContent(): Promise<string | null> };
type Page = { locator(s: string, o?: object): Located; frameLocator(s: string): { frameLocator(s: string): { locator(s: string): Located } } };

describe('the extension in a real VS Code', () => {
  it('lists the plan’s findings in the Problems panel and a quick fix removes one', async () => {
    expect(existsSync(VSIX), `${VSIX} is built by npm run package`).toBe(true);
    const bin = vscode.ensureCodeServer();
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-e2e-workspace-'));
    copyFileSync(path.join(ROOT, 'examples', PLAN), path.join(folder, PLAN));
    copyFileSync(path.join(ROOT, 'examples', 'README.md'), path.join(folder, 'README.md'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'examples', PLAN.replace('.iplan.md', '.expected.json')), 'utf8')) as { ruleId: string }[];
    const expectedIds = [...new Set(expected.map((f) => f.ruleId))].sort();

    type Server = { profile: { userDataDir: string } };
    await vscode.withWorkbench({ extensions: [VSIX], folder, bin, artifactsDir: ARTIFACTS }, async ({ page, server }: { page: unknown; server: Server }) => {
      await vscode.openFile(page, PLAN);
      // code-server runs the Node entry in its remote extension host (the web run sends it to the web worker host).
      expect(await extensionHost(page)).toMatch(/^node \(uiKind web, process \w+\)$/);
      await vscode.showProblems(page);
      const rows: Row[] = await vscode.waitForProblems(page, (all: Row[]) => {
        const ids = new Set(iplanMarkers(all).map((r) => r.code));
        return expectedIds.every((id) => ids.has(id));
      }, { timeoutMs: 60_000 });
      expect([...new Set(iplanMarkers(rows).map((r) => r.code))].sort()).toEqual(expectedIds);
      expect(iplanMarkers(rows)).toHaveLength(expected.length);
      // A figure to read, not a timed assertion: the machine may be busy.
      await expect.poll(() => outputLine(server.profile.userDataDir, FIRST_DIAGNOSTICS) !== undefined, { timeout: 15_000 }).toBe(true);
      console.log(`e2e: ${outputLine(server.profile.userDataDir, FIRST_DIAGNOSTICS)}`);
      // Where the time went: the client's start of the server, and the server's own steps (its clock starts with its process).
      console.log(`e2e: ${outputLine(server.profile.userDataDir, /The language server answered its start .*/) ?? 'the client logged no server start'}`);
      console.log(`e2e: ${outputLine(server.profile.userDataDir, /Start-up \(ms since the server started\).*/) ?? 'the server logged no start-up line'}`);

      await statusBarCounts(page);
      await vscode.screenshot(page, path.join(ARTIFACTS, 'problems.png'));

      const offered: string[] = await vscode.applyQuickFix(page, 'Insert section', { line: 1, via: 'keyboard', timeoutMs: 30_000 });
      expect(offered.some((title) => title.includes('Insert section'))).toBe(true);
      await vscode.waitForProblems(page, (all: Row[]) => !iplanMarkers(all).some((r) => r.code === 'section-missing'), { timeoutMs: 30_000 });
      await vscode.screenshot(page, path.join(ARTIFACTS, 'after-quick-fix.png'));

      await previewShowsAndReveals(page, ARTIFACTS);

      // An ordinary README in the same workspace stays silent.
      await vscode.openFile(page, 'README.md');
      const after: Row[] = await vscode.readProblems(page);
      expect(after.filter((r) => r.kind === 'marker' && r.source === 'iplan' && r.file === 'README.md')).toEqual([]);
    });
  }, 300_000);

  it('compares the plan in the editor with the last commit, picked from the git extension, beside it', async () => {
    expect(existsSync(VSIX), `${VSIX} is built by npm run package`).toBe(true);
    const bin = vscode.ensureCodeServer();
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-e2e-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.org', ...args], { cwd: folder, stdio: 'pipe' });
    const adopted = readFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), 'utf8');
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(path.join(folder, 'bzk.iplan.md'), adopted);
    git('add', '.');
    git('commit', '--quiet', '-m', 'Vastgesteld plan');
    git('tag', 'vastgesteld');
    // The working copy: renewal in 2026 lowered and a placeholder added, not committed.
    const edited = adopted.replace('    vernieuwing: 14800000', '    vernieuwing: 14300000').replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nTODO: cijfers nalopen.\n');
    expect(edited).not.toBe(adopted);
    writeFileSync(path.join(folder, 'bzk.iplan.md'), edited);
    mkdirSync(ARTIFACTS, { recursive: true });

    await vscode.withWorkbench({ extensions: [VSIX], folder, bin, artifactsDir: ARTIFACTS, settings: { 'git.enabled': true } }, async ({ page }: { page: unknown }) => {
      await vscode.openFile(page, 'bzk.iplan.md');
      await vscode.showProblems(page);
      await vscode.waitForProblems(page, (all: Row[]) => iplanMarkers(all).some((r) => r.code === 'placeholder'), { timeoutMs: 60_000 });

      await vscode.runCommand(page, 'I-plan: Compare with');
      const rows = (page as Page).locator('.quick-input-list .monaco-list-row');
      const lastCommit = (page as Page).locator('.quick-input-list .monaco-list-row', { hasText: 'Last commit' }).first();
      await lastCommit.waitFor({ state: 'visible', timeout: 30_000 });
      // The git extension's branch and tag are offered, and a file from disk.
      const offered = (await rows.allTextContents()).join(' | ');
      expect(offered).toContain('main');
      expect(offered).toContain('vastgesteld');
      expect(offered).toContain('A file…');
      await vscode.screenshot(page, path.join(ARTIFACTS, 'compare-pick.png'));
      await lastCommit.click();

      const view = (page as Page).frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await view.locator('table.iplan-delta-table').first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await view.locator('table.iplan-delta-table tbody th[scope="row"]').first().textContent()).toBe('2026');
      await view.locator('.iplan-finding[data-rule="placeholder"]').first().waitFor({ state: 'visible', timeout: 10_000 });
      expect(await view.locator('h1').first().textContent()).toBe('Comparison of two versions');
      await vscode.screenshot(page, path.join(ARTIFACTS, 'compare.png'));
    });
  }, 300_000);
});
