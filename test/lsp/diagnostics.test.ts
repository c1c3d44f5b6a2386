/**
 * Protocol tests, diagnostics: initialize, push (didOpen/didChange, stale versions), pull
 * (textDocument/diagnostic, workspace/diagnostic), configuration changes, non-plans, a broken
 * framework file, shutdown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type {
  Diagnostic,
  DocumentDiagnosticReport,
  FullDocumentDiagnosticReport,
  Hover,
  MarkupContent,
  WorkspaceDiagnosticReport,
  WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_PLAN, fileUri, positionOf, README, tempFolder, TestClient } from './client';

const DIR = tempFolder();
afterAll(() => DIR.remove());

const planUri = (name: string) => fileUri(path.join(DIR.folder, name));
/** The cost table disagrees with the front matter for 2026 (and its totals no longer add up). */
// One cell off: the row and grand totals still add up to the front matter's amounts, so only the cell is reported.
const MISMATCH = CLEAN_PLAN.replace('| 2026 | 14.800.000 |', '| 2026 | 14.900.000 |');
const PLACEHOLDER = CLEAN_PLAN.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nDe planning volgt nog, TODO.\n');
const codes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => d.code))].sort();

describe('initialize', () => {
  it('announces the capabilities, with pull diagnostics only for pull clients', async () => {
    const push = await TestClient.start();
    const pull = await TestClient.start({ pull: true });
    try {
      const caps = push.initializeResult.capabilities;
      expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
      expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.iplan'] });
      expect(caps.completionProvider?.triggerCharacters).toContain(' ');
      expect(caps.hoverProvider).toBe(true);
      expect(caps.documentSymbolProvider).toBeTruthy();
      expect(caps.diagnosticProvider).toBeUndefined();
      expect(push.initializeResult.serverInfo?.name).toBe('iplan');
      expect(pull.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: true });
    } finally {
      expect(await push.stop()).toBe(0);
      expect(await pull.stop()).toBe(0);
    }
  });
});

describe('push diagnostics', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start({ workspaceFolders: [DIR.folder] });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('publishes on open, with code, source, docs link and related information', async () => {
    const uri = planUri('mismatch.iplan.md');
    await client.open(uri, MISMATCH, 1);
    const diagnostics = await client.diagnostics(uri, 1);
    expect(codes(diagnostics)).toEqual(['cost-table-mismatch']);
    const mismatch = diagnostics.find((d) => d.code === 'cost-table-mismatch')!;
    expect(mismatch.source).toBe('iplan');
    expect(mismatch.severity).toBe(1);
    expect(mismatch.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\.md#cost-table-mismatch$/);
    expect(mismatch.message).toMatch(/2026/);
    expect(mismatch.relatedInformation?.length).toBeGreaterThan(0);
    const related = mismatch.relatedInformation![0];
    expect(related.location.uri).toBe(uri);
    // The related place is the front-matter amount (`vernieuwing: 14800000` of 2026).
    expect(MISMATCH.split('\n')[related.location.range.start.line]).toContain('vernieuwing: 14800000');
  });

  it('publishes an empty list for a clean plan', async () => {
    const uri = planUri('clean.iplan.md');
    await client.open(uri, CLEAN_PLAN, 1);
    expect(await client.diagnostics(uri, 1)).toEqual([]);
  });

  it('checks again on change, and drops results of versions that moved on', async () => {
    const uri = planUri('editing.iplan.md');
    await client.open(uri, CLEAN_PLAN, 1);
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    // Two quick edits: only the last version is checked and published.
    await client.change(uri, PLACEHOLDER, 2);
    await client.change(uri, MISMATCH, 3);
    const latest = await client.diagnostics(uri, 3);
    expect(codes(latest)).toEqual(['cost-table-mismatch']);
    expect(client.published(uri).map((p) => p.version)).toEqual([1, 3]);
    await client.change(uri, CLEAN_PLAN, 4);
    expect(await client.diagnostics(uri, 4)).toEqual([]);
  });

  it('gives an ordinary Markdown file no diagnostics', async () => {
    const uri = planUri('README.md');
    await client.open(uri, README, 1);
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    // Not even when it mentions TODO or has a table.
    await client.change(uri, `${README}\n\nTODO: more.\n\n| Jaar | Vernieuwing |\n| --- | --- |\n| 2026 | 1 |\n`, 2);
    expect(await client.diagnostics(uri, 2)).toEqual([]);
  });

  it('honours the plan globs: a plan without marker is a plan by its name only', async () => {
    const body = CLEAN_PLAN.slice(CLEAN_PLAN.indexOf('\n---\n') + 5);
    const byName = planUri('nomarker.iplan.md');
    const otherName = planUri('nomarker.md');
    await client.open(byName, body, 1);
    await client.open(otherName, body, 1);
    expect(codes(await client.diagnostics(byName, 1))).toContain('frontmatter-missing');
    expect(await client.diagnostics(otherName, 1)).toEqual([]);
  });

  it('messages follow iplan.locale; a configuration change re-checks open plans', async () => {
    const uri = planUri('config.iplan.md');
    await client.open(uri, PLACEHOLDER, 1);
    const before = await client.diagnostics(uri, 1);
    expect(codes(before)).toEqual(['placeholder']);
    expect(before[0].severity).toBe(2);
    expect(before[0].message).toMatch(/is still in the plan/);

    const count = client.published(uri).length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iplan: { locale: 'nl', rules: { placeholder: 'error' } } } });
    await client.waitFor('textDocument/publishDiagnostics', () => client.published(uri).length > count);
    const dutch = client.published(uri).at(-1)!.diagnostics;
    expect(dutch[0].severity).toBe(1);
    expect(dutch[0].message).toMatch(/staat nog in het plan/);

    const count2 = client.published(uri).length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iplan: { rules: { placeholder: 'off' } } } });
    await client.waitFor('textDocument/publishDiagnostics', () => client.published(uri).length > count2);
    expect(client.published(uri).at(-1)!.diagnostics).toEqual([]);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iplan: {} } });
  });

  it('clears what a plan showed when it is closed', async () => {
    const uri = planUri('closing.iplan.md');
    await client.open(uri, MISMATCH, 1);
    expect((await client.diagnostics(uri, 1)).length).toBeGreaterThan(0);
    await client.close(uri);
    await client.waitFor<{ uri: string; version?: number; diagnostics: unknown[] }>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.version === undefined && p.diagnostics.length === 0,
    );
  });
});

describe('a broken framework file', () => {
  it('gives one error on line 1 of each plan naming the file, a message, and no crash', async () => {
    const folder = path.join(DIR.folder, 'broken');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'framework.json'), '{ "id": "broken", ');
    const client = await TestClient.start({ workspaceFolders: [folder], initializationOptions: { framework: 'framework.json' } });
    try {
      const plan = fileUri(path.join(folder, 'a.iplan.md'));
      const readme = fileUri(path.join(folder, 'README.md'));
      await client.open(plan, CLEAN_PLAN, 1);
      await client.open(readme, README, 1);
      const diagnostics = await client.diagnostics(plan, 1);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ code: 'configuration', severity: 1, source: 'iplan' });
      expect(diagnostics[0].range.start.line).toBe(0);
      expect(diagnostics[0].message).toContain(path.join(folder, 'framework.json'));
      expect(diagnostics[0].message).toMatch(/not valid JSON/);
      expect(await client.diagnostics(readme, 1)).toEqual([]);
      const shown = await client.waitFor<{ type: number; message: string }>('window/showMessage');
      expect(shown.type).toBe(1);
      expect(shown.message).toContain('framework.json');

      // Fixed in the settings: checked normally again.
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iplan: { framework: '' } } });
      await client.waitFor('textDocument/publishDiagnostics', () => client.published(plan).some((p) => p.diagnostics.length === 0));
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe('pull diagnostics', () => {
  let client: TestClient;
  let settings: Record<string, unknown> = {};
  let folder: string;

  beforeAll(async () => {
    folder = path.join(DIR.folder, 'workspace');
    mkdirSync(path.join(folder, 'plans'), { recursive: true });
    mkdirSync(path.join(folder, 'node_modules', 'dep'), { recursive: true });
    mkdirSync(path.join(folder, '.git'), { recursive: true });
    writeFileSync(path.join(folder, 'plans', 'mismatch.iplan.md'), MISMATCH);
    writeFileSync(path.join(folder, 'plans', 'clean.iplan.md'), CLEAN_PLAN);
    writeFileSync(path.join(folder, 'plans', 'open.iplan.md'), MISMATCH);
    writeFileSync(path.join(folder, 'README.md'), README);
    writeFileSync(path.join(folder, 'node_modules', 'dep', 'bad.iplan.md'), MISMATCH);
    writeFileSync(path.join(folder, '.git', 'bad.iplan.md'), MISMATCH);
    client = await TestClient.start({ pull: true, workspaceFolders: [folder], configuration: () => settings });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('answers textDocument/diagnostic with a result id per version, and never pushes', async () => {
    const uri = fileUri(path.join(folder, 'plans', 'open.iplan.md'));
    await client.open(uri, MISMATCH, 1);
    const first = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    expect(first.kind).toBe('full');
    expect(codes(first.items)).toEqual(['cost-table-mismatch']);
    expect(first.items[0].codeDescription?.href).toContain('docs/rules.md#');
    expect(first.resultId).toBeTruthy();

    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });

    await client.change(uri, CLEAN_PLAN, 2);
    const changed = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: first.resultId,
    })) as FullDocumentDiagnosticReport;
    expect(changed.kind).toBe('full');
    expect(changed.items).toEqual([]);
    expect(changed.resultId).not.toBe(first.resultId);

    const readme = fileUri(path.join(folder, 'README.md'));
    await client.open(readme, README, 1);
    const none = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: readme } })) as FullDocumentDiagnosticReport;
    expect(none.items).toEqual([]);
    expect(client.received.filter((n) => n.method === 'textDocument/publishDiagnostics')).toEqual([]);
  });

  it('drops a pull of a version that moved on while waiting for a pause in the typing', async () => {
    const uri = fileUri(path.join(folder, 'plans', 'typing.iplan.md'));
    await client.open(uri, CLEAN_PLAN, 1);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    await client.change(uri, PLACEHOLDER, 2);
    const stale = client.request('textDocument/diagnostic', { textDocument: { uri } });
    await client.change(uri, MISMATCH, 3);
    await expect(stale).rejects.toMatchObject({ code: -32802 }); // ServerCancelled: the client pulls again
    const current = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    expect(codes(current.items)).toEqual(['cost-table-mismatch']);
    await client.close(uri);
  });

  it('answers workspace/diagnostic for plans on disk that are not open, skipping node_modules and .git', async () => {
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byName = new Map(report.items.map((item) => [path.relative(folder, new URL(item.uri).pathname), item]));
    expect([...byName.keys()].sort()).toEqual(['plans/clean.iplan.md', 'plans/mismatch.iplan.md']);
    const mismatch = byName.get('plans/mismatch.iplan.md') as WorkspaceFullDocumentDiagnosticReport;
    expect(mismatch.kind).toBe('full');
    expect(mismatch.version).toBeNull();
    expect(codes(mismatch.items)).toEqual(['cost-table-mismatch']);
    expect((byName.get('plans/clean.iplan.md') as WorkspaceFullDocumentDiagnosticReport).items).toEqual([]);

    // Asked again with the result ids: nothing changed on disk.
    const previousResultIds = report.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const again = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    expect(again.items.map((item) => item.kind)).toEqual(['unchanged', 'unchanged']);

    // A file changed on disk is reported afresh.
    writeFileSync(path.join(folder, 'plans', 'mismatch.iplan.md'), CLEAN_PLAN + '\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: mismatch.uri, type: 2 }],
    });
    const third = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    const changed = third.items.find((item) => item.uri === mismatch.uri) as WorkspaceFullDocumentDiagnosticReport;
    expect(changed.kind).toBe('full');
    expect(changed.items).toEqual([]);
  });

  it('reads settings per document with workspace/configuration and asks the client to refresh on change', async () => {
    const uri = fileUri(path.join(folder, 'plans', 'placeholder.iplan.md'));
    await client.open(uri, PLACEHOLDER, 1);
    const before = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    expect(codes(before.items)).toEqual(['placeholder']);
    expect(client.serverRequests).toContain('workspace/configuration');

    settings = { rules: { placeholder: 'off' } };
    const refreshes = client.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await expect.poll(() => client.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length).toBeGreaterThan(refreshes);
    const after = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: before.resultId,
    })) as FullDocumentDiagnosticReport;
    expect(after.kind).toBe('full');
    expect(after.items).toEqual([]);
    settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('answers a request sent right after a configuration change with the changed settings', async () => {
    const uri = fileUri(path.join(folder, 'plans', 'hover.iplan.md'));
    await client.open(uri, CLEAN_PLAN, 1);
    const ministry = { textDocument: { uri }, position: positionOf(CLEAN_PLAN, 'ministerie:', 2) };
    const description = async () => ((await client.request<Hover | null>('textDocument/hover', ministry))?.contents as MarkupContent).value.split('\n\n')[1];
    expect(await description()).toMatch(/^The ministry whose plan this is/);
    settings = { locale: 'nl' };
    // The server reads the new settings with a request of its own; the hover must not overtake it.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await description()).toMatch(/^Het ministerie van wie dit plan is/);
    settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await description()).toMatch(/^The ministry whose plan this is/);
  });

  it('checks nothing again for a configuration change that changes no setting (VS Code sends one at start)', async () => {
    const uri = fileUri(path.join(folder, 'plans', 'unchanged.iplan.md'));
    await client.open(uri, PLACEHOLDER, 1);
    const before = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    expect(codes(before.items)).toEqual(['placeholder']);
    const asked = client.serverRequests.filter((m) => m === 'workspace/configuration').length;
    const refreshes = client.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // The settings were read again and found the same: the check stands, and the client is not asked to pull again.
    await expect.poll(() => client.serverRequests.filter((m) => m === 'workspace/configuration').length).toBeGreaterThan(asked);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: before.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: before.resultId });
    expect(client.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length).toBe(refreshes);

    // A setting that differs still re-checks and asks for a refresh.
    settings = { rules: { placeholder: 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await expect.poll(() => client.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length).toBeGreaterThan(refreshes);
    const off = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: before.resultId })) as FullDocumentDiagnosticReport;
    expect(off.kind).toBe('full');
    expect(off.items).toEqual([]);
    settings = {};
  });
  it('leaves out of a workspace report a plan opened while the report was being made: its own pull checks it', async () => {
    // Named to come last: the report checks the other plans on disk first (its didOpen is written
    // a moment after the request; with quick checks the report reached an earlier name before it).
    const late = path.join(folder, 'plans', 'zz-late.iplan.md');
    writeFileSync(late, MISMATCH);
    const uri = fileUri(late);
    // The report lists the files on disk first; the plan opens meanwhile.
    const report = client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    await client.open(uri, MISMATCH, 1);
    const names = (await report).items.map((item) => path.relative(folder, new URL(item.uri).pathname));
    expect(names).toContain('plans/mismatch.iplan.md');
    expect(names).not.toContain('plans/zz-late.iplan.md');
    const own = (await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    expect(codes(own.items)).toEqual(['cost-table-mismatch']);
  });
});
