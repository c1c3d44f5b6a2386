// End to end in VS Code for the Web: the same packaged .vsix as the desktop run, sent to
// code-server's web worker extension host by the user setting `remote.extensionKind` (the
// browser entry, dist/web/client.js, with the language server in a Web Worker). Run by
// `npm run e2e:web` (and by .ci/run).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the harness is plain ESM JavaScript, shared with ad-hoc scripts.
import * as vscode from './code-server.mjs';
import { extensionHost, iplanMarkers, previewShowsAndReveals, statusBarCounts, type Row } from './steps';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `iplan-${manifest.version}.vsix`);
const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e-web');
const PLAN = 'defect-sections.iplan.md';
/** Not opened: its findings come from workspace diagnostics, read through `vscode.workspace.fs`. */
const CLOSED_PLAN = 'defect-costs.iplan.md';
/** Turned off by the workspace's iplan.config.json, which the browser server can only read through the client. */
const RULE_OFF = 'section-order';

const expectedIds = (plan: string) =>
  [...new Set((JSON.parse(readFileSync(path.join(ROOT, 'examples', plan.replace('.iplan.md', '.expected.json')), 'utf8')) as { ruleId: string }[]).map((f) => f.ruleId))];

describe('the extension in VS Code for the Web (web worker extension host)', () => {
  it('runs its browser entry: Problems panel, configuration, workspace diagnostics, a quick fix and the preview', async () => {
    const started = Date.now();
    expect(existsSync(VSIX), `${VSIX} is built by npm run package`).toBe(true);
    const bin = vscode.ensureCodeServer();
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-e2e-web-workspace-'));
    for (const file of [PLAN, CLOSED_PLAN, 'README.md']) copyFileSync(path.join(ROOT, 'examples', file), path.join(folder, file));
    writeFileSync(path.join(folder, 'iplan.config.json'), JSON.stringify({ rules: { [RULE_OFF]: 'off' } }));
    mkdirSync(ARTIFACTS, { recursive: true });
    const planIds = expectedIds(PLAN).filter((id) => id !== RULE_OFF).sort();
    expect(expectedIds(PLAN)).toContain(RULE_OFF);
    const closedIds = expectedIds(CLOSED_PLAN).sort();
    const settings = { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } };

    await vscode.withWorkbench({ extensions: [VSIX], folder, bin, settings, artifactsDir: ARTIFACTS }, async ({ page }: { page: unknown }) => {
      await vscode.openFile(page, PLAN);

      // The browser entry ran, in the web worker host: not the Node entry in code-server's remote host.
      const host = await extensionHost(page);
      expect(host).toMatch(/^web worker \(uiKind web, no process\)$/);

      await vscode.showProblems(page);
      // Two plans' findings: the panel is maximized so that every row is rendered.
      await vscode.runCommand(page, 'View: Toggle Maximized Panel');
      const inFile = (rows: Row[], name: string) => iplanMarkers(rows).filter((r) => r.file?.includes(name));
      const rows: Row[] = await vscode.waitForProblems(
        page,
        (all: Row[]) => {
          const open = new Set(inFile(all, PLAN).map((r) => r.code));
          const closed = new Set(inFile(all, CLOSED_PLAN).map((r) => r.code));
          return planIds.every((id) => open.has(id)) && closedIds.every((id) => closed.has(id));
        },
        { timeoutMs: 90_000 },
      );
      expect([...new Set(inFile(rows, PLAN).map((r) => r.code))].sort()).toEqual(planIds);
      expect([...new Set(inFile(rows, CLOSED_PLAN).map((r) => r.code))].sort()).toEqual(closedIds);
      await vscode.screenshot(page, path.join(ARTIFACTS, 'problems.png'));
      await vscode.runCommand(page, 'View: Toggle Maximized Panel');
      await statusBarCounts(page);

      await vscode.openFile(page, PLAN);
      const offered: string[] = await vscode.applyQuickFix(page, 'Insert section', { line: 1, via: 'keyboard', timeoutMs: 30_000 });
      expect(offered.some((title) => title.includes('Insert section'))).toBe(true);
      await vscode.waitForProblems(page, (all: Row[]) => !inFile(all, PLAN).some((r) => r.code === 'section-missing'), { timeoutMs: 30_000 });
      await vscode.screenshot(page, path.join(ARTIFACTS, 'after-quick-fix.png'));

      await previewShowsAndReveals(page, ARTIFACTS);
    });
    console.log(`web end-to-end test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);
});
