/**
 * Protocol tests, suppressions: the server reads the iplan-suppressions.json the CLI wrote and
 * shows what it accepts as hints (`iplan.suppressions: hint`) or not at all (`hide`); what goes
 * beyond a count is shown as usual; a changed, moved or broken file is followed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport, WorkspaceDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iplan } from '../cli/run';
import { CLEAN_PLAN, fileUri, tempFolder, TestClient } from './client';

const DIR = tempFolder();
afterAll(() => DIR.remove());

const HINT = 4;
const WARNING = 2;
const ONE = CLEAN_PLAN.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nDe planning volgt nog, TODO.\n');
const TWO = ONE.replace('## 11. I-vakmanschap\n', '## 11. I-vakmanschap\n\nOpleidingsplan: TBD.\n');
const shown = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}:${d.severity}`);

/** A workspace whose plans/a.iplan.md has one accepted placeholder, written by the CLI. */
function workspace(name: string): { folder: string; a: string; b: string } {
  const folder = path.join(DIR.folder, name);
  mkdirSync(path.join(folder, 'plans'), { recursive: true });
  writeFileSync(path.join(folder, 'plans', 'a.iplan.md'), ONE);
  writeFileSync(path.join(folder, 'plans', 'b.iplan.md'), CLEAN_PLAN);
  const adopt = iplan(['plans', '--suppress-all'], { cwd: folder });
  expect(adopt.status).toBe(0);
  writeFileSync(path.join(folder, 'plans', 'b.iplan.md'), ONE);
  return { folder, a: fileUri(path.join(folder, 'plans', 'a.iplan.md')), b: fileUri(path.join(folder, 'plans', 'b.iplan.md')) };
}

describe('push diagnostics with suppressions', () => {
  let client: TestClient;
  let settings: Record<string, unknown> = {};
  let folder: string;
  let a: string;
  let b: string;
  let version = 1;

  beforeAll(async () => {
    ({ folder, a, b } = workspace('push'));
    client = await TestClient.start({ workspaceFolders: [folder], configuration: () => settings });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  /** Sets the text of a and waits for its diagnostics. */
  async function typeInA(text: string): Promise<Diagnostic[]> {
    version++;
    await client.change(a, text, version);
    return client.diagnostics(a, version);
  }

  /** Changes the settings (or a file) and waits for a's diagnostics to be published again. */
  async function republished(change: () => Promise<void>): Promise<Diagnostic[]> {
    const count = client.published(a).length;
    await change();
    await client.waitFor('textDocument/publishDiagnostics', () => client.published(a).length > count);
    return client.published(a).at(-1)!.diagnostics;
  }

  it('shows an accepted finding as a hint that says so; a plan without entry as usual', async () => {
    await client.open(a, ONE, version);
    const [hint, ...rest] = await client.diagnostics(a, version);
    expect(rest).toEqual([]);
    expect(hint).toMatchObject({ code: 'placeholder', severity: HINT, source: 'iplan' });
    expect(hint.message).toMatch(/is still in the plan.* \(suppressed: accepted in iplan-suppressions\.json\)$/);
    expect(hint.codeDescription?.href).toContain('docs/rules.md#placeholder');

    await client.open(b, ONE, 1);
    expect(shown(await client.diagnostics(b, 1))).toEqual(['placeholder:2']);
  });

  it('shows every finding of the rule once there are more than accepted, and a hint again when back within', async () => {
    expect(shown(await typeInA(TWO))).toEqual(['placeholder:2', 'placeholder:2']);
    expect(shown(await typeInA(ONE))).toEqual([`placeholder:${HINT}`]);
  });

  it('hides accepted findings with iplan.suppressions: hide, in Dutch too', async () => {
    settings = { suppressions: 'hide' };
    expect(await republished(() => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }))).toEqual([]);
    expect(shown(await typeInA(TWO))).toEqual([`placeholder:${WARNING}`, `placeholder:${WARNING}`]);
    settings = { suppressions: 'hint', locale: 'nl' };
    const dutch = await republished(() => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
    expect(shown(dutch)).toEqual(['placeholder:2', 'placeholder:2']);
    const [hint] = await typeInA(ONE);
    expect(hint.message).toMatch(/staat nog in het plan.* \(onderdrukt: geaccepteerd in iplan-suppressions\.json\)$/);
    settings = {};
    await republished(() => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
  });

  it('follows the file: changed, removed, broken, or elsewhere by iplan.suppressionsLocation', async () => {
    const file = path.join(folder, 'iplan-suppressions.json');
    const watched = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 2 }] });

    writeFileSync(file, JSON.stringify({ 'plans/a.iplan.md': { placeholder: { count: 1 } }, 'plans/b.iplan.md': { placeholder: { count: 1 } } }));
    expect(shown(await republished(watched))).toEqual([`placeholder:${HINT}`]);
    await expect.poll(() => shown(client.published(b).at(-1)!.diagnostics)).toEqual([`placeholder:${HINT}`]);

    rmSync(file);
    expect(shown(await republished(watched))).toEqual([`placeholder:${WARNING}`]);

    writeFileSync(file, '{ "plans/a.iplan.md": { "placeholder": { "count": 0 } } }');
    expect(shown(await republished(watched))).toEqual([`placeholder:${WARNING}`]);
    const problem = await client.waitFor<{ type: number; message: string }>('window/showMessage', (m) => m.message.includes('suppressions'));
    expect(problem.type).toBe(1);
    expect(problem.message).toContain(`${file} /plans~1a.iplan.md/placeholder/count: must be a whole number of at least 1 (got 0)`);
    expect(problem.message).toContain('nothing is suppressed');

    mkdirSync(path.join(folder, 'ci'), { recursive: true });
    writeFileSync(path.join(folder, 'ci', 'accepted.json'), JSON.stringify({ '../plans/a.iplan.md': { placeholder: { count: 1 } } }));
    settings = { suppressionsLocation: 'ci/accepted.json' };
    const moved = await republished(() => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
    expect(moved[0].message).toMatch(/\(suppressed: accepted in accepted\.json\)$/);
    settings = {};
  });
});

describe('pull diagnostics with suppressions', () => {
  it('applies them to open documents and to plans on disk alike', async () => {
    const { folder, a, b } = workspace('pull');
    let settings: Record<string, unknown> = {};
    const client = await TestClient.start({ pull: true, workspaceFolders: [folder], configuration: () => settings });
    try {
      await client.open(a, ONE, 1);
      const open = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: a } })) as FullDocumentDiagnosticReport;
      expect(shown(open.items)).toEqual([`placeholder:${HINT}`]);

      await client.close(a);
      const disk = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const items = new Map(disk.items.map((item) => [item.uri, (item as WorkspaceFullDocumentDiagnosticReport).items]));
      expect(shown(items.get(a)!)).toEqual([`placeholder:${HINT}`]);
      expect(shown(items.get(b)!)).toEqual([`placeholder:${WARNING}`]);

      settings = { suppressions: 'hide' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const hidden = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
        previousResultIds: disk.items.map((item) => ({ uri: item.uri, value: item.resultId! })),
      });
      const after = new Map(hidden.items.map((item) => [item.uri, item as WorkspaceFullDocumentDiagnosticReport]));
      expect(after.get(a)).toMatchObject({ kind: 'full', items: [] });
      expect(shown(after.get(b)!.items)).toEqual([`placeholder:${WARNING}`]);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
