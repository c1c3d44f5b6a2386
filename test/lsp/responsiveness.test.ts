// The server answers while a check runs that cannot be interrupted: parsing and checking happen
// in a worker, so hover, completion and cancellation are answered meanwhile, and a check that
// runs far past its budget, or takes memory without end, is ended. The endless check and the
// endless memory are test hooks (see TEST_HOOKS_ENV); every assertion is about order and
// outcome, none about time.
import * as path from 'node:path';
import { CancellationTokenSource, type CompletionItem, type Hover, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENDLESS_CHECK_MARKER, TEST_HOOKS_ENV, UNBOUNDED_MEMORY_MARKER } from '../../server/src/lsp/checkProtocol';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../../server/src/lsp/protocol';
import { CLEAN_PLAN, fileUri, positionOf, tempFolder, TestClient } from './client';

const DIR = tempFolder();
afterAll(() => DIR.remove());

/** The clean plan, checked forever once the hook is on. */
const ENDLESS = CLEAN_PLAN.replace('## 1. Samenvatting', `${ENDLESS_CHECK_MARKER}\n\n## 1. Samenvatting`);
/** The clean plan, taking memory without end once the hook is on. */
const GREEDY = CLEAN_PLAN.replace('## 1. Samenvatting', `${UNBOUNDED_MEMORY_MARKER}\n\n## 1. Samenvatting`);
const value = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value;

let client: TestClient;
let counter = 0;
const planUri = () => fileUri(path.join(DIR.folder, `plan-${++counter}.iplan.md`));

beforeEach(async () => {
  client = await TestClient.start({ env: { [TEST_HOOKS_ENV]: '1' }, initializationOptions: { iplan: { checkTimeoutMs: 1000 } } });
});
afterEach(async () => {
  expect(await client.stop()).toBe(0);
});

/** Notifications received so far: what had arrived when a request was answered. */
const publishedSoFar = (uri: string) => client.published(uri).length;

describe('a check that cannot be interrupted', () => {
  it('answers hover meanwhile (before the check’s diagnostics), then ends the check with check-timeout', async () => {
    const clean = planUri();
    await client.open(clean, CLEAN_PLAN, 1);
    expect(await client.diagnostics(clean, 1)).toEqual([]);

    const stuck = planUri();
    await client.open(stuck, ENDLESS, 1);
    const key = positionOf(ENDLESS, 'ministerie:', 3);
    const onStuck = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: stuck }, position: key });
    const beforeStuck = publishedSoFar(stuck);
    const heading = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: stuck }, position: positionOf(ENDLESS, '## 7. Financiën', 5) });
    const onClean = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: clean }, position: key });
    const beforeClean = publishedSoFar(stuck);

    // Answered from the text while the check runs: keys and headings.
    expect(value(onStuck)).toContain('The ministry whose plan this is');
    expect(value(heading)).toContain('**Finances** (Financiën)');
    expect(value(onClean)).toContain('The ministry whose plan this is');
    // …and before the stuck check's diagnostics, which come only when it is ended.
    expect([beforeStuck, beforeClean]).toEqual([0, 0]);
    const ended = await client.diagnostics(stuck, 1);
    expect(ended.map((d) => d.code)).toEqual(['check-timeout']);
    expect(ended[0].message).toMatch(/longer than 1000 ms/);

    // The worker was started again: the next version and the other plan are checked as before,
    // with every feature of the parsed plan.
    await client.change(stuck, CLEAN_PLAN, 2);
    expect(await client.diagnostics(stuck, 2)).toEqual([]);
    await client.change(clean, `${CLEAN_PLAN}\n`, 2);
    expect(await client.diagnostics(clean, 2)).toEqual([]);
    const amount = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: clean }, position: positionOf(CLEAN_PLAN, '14.800.000', 2) });
    expect(value(amount)).toBe('**€14,800,000** · in whole euros');
  });

  it('answers completion meanwhile, from what the plan is checked with', async () => {
    const stuck = planUri();
    await client.open(stuck, ENDLESS, 1);
    const line = positionOf(ENDLESS, 'ministerie:').line;
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: stuck }, position: { line, character: 'ministerie: '.length } });
    expect(publishedSoFar(stuck)).toBe(0);
    expect(items.map((item) => item.label)).toContain('BZK');
    expect((await client.diagnostics(stuck, 1)).map((d) => d.code)).toEqual(['check-timeout']);
  });

  it('answers a cancelled request that waits for the check at once', async () => {
    const stuck = planUri();
    await client.open(stuck, ENDLESS, 1);
    const source = new CancellationTokenSource();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: stuck }, range, context: { diagnostics: [] } }, source.token);
    source.cancel();
    // Settled one way or the other (an empty list, or the cancellation error), but settled.
    await actions.then(
      (answer) => expect(answer).toEqual([]),
      (error: { code?: number }) => expect(error.code).toBe(-32800),
    );
    expect(publishedSoFar(stuck)).toBe(0);
    expect((await client.diagnostics(stuck, 1)).map((d) => d.code)).toEqual(['check-timeout']);
  });

  it('lets a newer version supersede it: only the newer version is published', async () => {
    const stuck = planUri();
    await client.open(stuck, ENDLESS, 1);
    await client.change(stuck, CLEAN_PLAN, 2);
    expect(await client.diagnostics(stuck, 2)).toEqual([]);
    expect(client.published(stuck).map((p: PublishDiagnosticsParams) => p.version)).toEqual([2]);
  });

  it('ends a check that takes memory without end, and the server goes on', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iplan: { checkTimeoutMs: 600_000 } } });
    const greedy = planUri();
    await client.open(greedy, GREEDY, 1);
    const ended = await client.diagnostics(greedy, 1, 120_000);
    expect(ended.map((d) => d.code)).toEqual(['internal-error']);
    expect(ended[0].message).toMatch(/more than \d+ MB of memory/);
    const clean = planUri();
    await client.open(clean, CLEAN_PLAN, 1);
    expect(await client.diagnostics(clean, 1)).toEqual([]);
  }, 180_000);
});

describe('a comparison whose other version cannot be checked', () => {
  it('answers hover meanwhile (the other version is checked in the worker), then ends it and compares again', async () => {
    const uri = planUri();
    await client.open(uri, CLEAN_PLAN, 1);
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    const compare = (oldText: string) =>
      client.connection.sendRequest<CompareResult>(COMPARE_REQUEST, { uri, oldText, oldLabel: 'HEAD:plan.iplan.md', newLabel: 'plan.iplan.md' } satisfies CompareParams);

    let settled = false;
    const stuck = compare(ENDLESS).finally(() => (settled = true));
    const onKey = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(CLEAN_PLAN, 'ministerie:', 3) });
    expect(settled).toBe(false);
    expect(value(onKey)).toContain('The ministry whose plan this is');

    // Ended with the worker: nothing rendered, and the plan is still known as a plan.
    expect(await stuck).toEqual({ isPlan: true, version: 1 });
    const again = await compare(CLEAN_PLAN);
    expect(again.html).toMatch(/^<article class="iplan-plan iplan-compare"/);
    expect(again.problem).toBeUndefined();
  });
});
