// The server answers while a check runs that cannot be interrupted: parsing and checking happen
// in a worker, so hover, completion and cancellation are answered meanwhile, and a check that
// runs far past its budget, or takes memory without end, is ended. The stuck checks are test
// hooks (see TEST_HOOKS_ENV): a blocked check holds the worker until the test releases it, an
// endless one until the worker is ended. Every assertion is about order and outcome, ordered by
// those events; none about time, and none that a loaded machine can turn.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, type CompletionItem, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-protocol/node';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCKED_CHECK_MARKER, ENDLESS_CHECK_MARKER, TEST_HOOKS_ENV, TEST_RELEASE_ENV, UNBOUNDED_MEMORY_MARKER } from '../../server/src/lsp/checkProtocol';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../../server/src/lsp/protocol';
import { CLEAN_PLAN, fileUri, positionOf, tempFolder, TestClient } from './client';

const DIR = tempFolder();
afterAll(() => DIR.remove());

const withMarker = (marker: string) => CLEAN_PLAN.replace('## 1. Samenvatting', `${marker}\n\n## 1. Samenvatting`);
/** The clean plan, held in the worker until the test releases it, then checked as usual. */
const BLOCKED = withMarker(BLOCKED_CHECK_MARKER);
/** The clean plan, checked forever. */
const ENDLESS = withMarker(ENDLESS_CHECK_MARKER);
/** The clean plan, taking memory without end. */
const GREEDY = withMarker(UNBOUNDED_MEMORY_MARKER);

/** The budget of documents named stuck-…, which hold only endless checks: it always runs out. */
const STUCK_BUDGET_MS = 1000;
/** Every other document's: never reached here, so no check but an endless one is ended by the clock. */
const AMPLE_BUDGET_MS = 600_000;
/** A failure guard for the endless checks' end, not a budget. */
const GUARD_MS = 60_000;

const value = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value;
const KEY = positionOf(CLEAN_PLAN, 'ministerie:', 3);

let client: TestClient;
let releaseFile: string;
let counter = 0;
const planUri = (name = 'plan') => fileUri(path.join(DIR.folder, `${name}-${++counter}.iplan.md`));
/** Lets the blocked checks of this test's server go on. */
const release = () => writeFileSync(releaseFile, '');

beforeEach(async () => {
  releaseFile = path.join(DIR.folder, `release-${++counter}`);
  client = await TestClient.start({
    env: { [TEST_HOOKS_ENV]: '1', [TEST_RELEASE_ENV]: releaseFile },
    configuration: (scopeUri) => ({ checkTimeoutMs: scopeUri?.split('/').pop()?.startsWith('stuck-') ? STUCK_BUDGET_MS : AMPLE_BUDGET_MS }),
  });
});
afterEach(async () => {
  expect(await client.stop()).toBe(0);
});

const hover = (uri: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
const ministryCompletion = (uri: string, text: string) =>
  client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: positionOf(text, 'ministerie:').line, character: 'ministerie: '.length } });

/**
 * Opens a blocked document and waits until its check holds the worker: completion answers from
 * what the document is checked with once its check has started to parse, and never waits for
 * the parse.
 */
async function openBlocked(): Promise<string> {
  const uri = planUri();
  await client.open(uri, BLOCKED, 1);
  expect((await ministryCompletion(uri, BLOCKED)).map((item) => item.label)).toContain('BZK');
  return uri;
}

describe('a check that holds the worker', () => {
  it('answers hover meanwhile, from the text, before anything of that check is published', async () => {
    const clean = planUri();
    await client.open(clean, CLEAN_PLAN, 1);
    expect(await client.diagnostics(clean, 1)).toEqual([]);
    const blocked = await openBlocked();

    const onBlocked = await hover(blocked, KEY);
    const heading = await hover(blocked, positionOf(BLOCKED, '## 7. Financiën', 5));
    const onClean = await hover(clean, KEY);
    // Answered from the text while the check runs: keys and headings.
    expect(value(onBlocked)).toContain('The ministry whose plan this is');
    expect(value(heading)).toContain('**Finances** (Financiën)');
    expect(value(onClean)).toContain('The ministry whose plan this is');
    // The check has not ended (it was not released), so nothing of it can have been published.
    expect(client.published(blocked)).toEqual([]);

    release();
    expect(await client.diagnostics(blocked, 1)).toEqual([]);
    // The parsed plan's features are back: an amount is explained only from the parsed cost table.
    const amount = await hover(clean, positionOf(CLEAN_PLAN, '14.800.000', 2));
    expect(value(amount)).toBe('**€14,800,000** · in whole euros');
  });

  it('answers completion meanwhile, from what the plan is checked with', async () => {
    const blocked = planUri();
    await client.open(blocked, BLOCKED, 1);
    const items = await ministryCompletion(blocked, BLOCKED);
    expect(items.map((item) => item.label)).toContain('BZK');
    expect(client.published(blocked)).toEqual([]);
    release();
    expect(await client.diagnostics(blocked, 1)).toEqual([]);
  });

  it('answers a cancelled request that waits for the check with the cancel error, before the check ends', async () => {
    const blocked = await openBlocked();
    
    const source = new CancellationTokenSource();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: blocked }, range, context: { diagnostics: [] } }, source.token);
    source.cancel();
    await expect(actions).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    expect(client.published(blocked)).toEqual([]);
    release();
    expect(await client.diagnostics(blocked, 1)).toEqual([]);
  });

  it('lets a newer version supersede it: only the newer version is published', async () => {
    const blocked = await openBlocked();
    await client.change(blocked, CLEAN_PLAN, 2);
    release();
    expect(await client.diagnostics(blocked, 2)).toEqual([]);
    expect(client.published(blocked).map((p) => p.version)).toEqual([2]);
  });
});

describe('a check that cannot be interrupted', () => {
  it('is ended past its budget with check-timeout; the worker is started again and checks and compares as before', async () => {
    const clean = planUri();
    await client.open(clean, CLEAN_PLAN, 1);
    expect(await client.diagnostics(clean, 1)).toEqual([]);

    const stuck = planUri('stuck');
    await client.open(stuck, ENDLESS, 1);
    const ended = await client.diagnostics(stuck, 1, GUARD_MS);
    expect(ended.map((d) => d.code)).toEqual(['check-timeout']);
    expect(ended[0].message).toMatch(/longer than 1000 ms/);

    // The endless check ended only with its worker: what follows runs in a new one, with every
    // feature of the parsed plan.
    await client.change(clean, `${CLEAN_PLAN}\n`, 2);
    expect(await client.diagnostics(clean, 2)).toEqual([]);
    const amount = await hover(clean, positionOf(CLEAN_PLAN, '14.800.000', 2));
    expect(value(amount)).toBe('**€14,800,000** · in whole euros');
    const compared = await client.connection.sendRequest<CompareResult>(COMPARE_REQUEST, {
      uri: clean,
      oldText: CLEAN_PLAN,
      oldLabel: 'HEAD:plan.iplan.md',
      newLabel: 'plan.iplan.md',
    } satisfies CompareParams);
    expect(compared.html).toMatch(/^<article class="iplan-plan iplan-compare"/);
    const other = planUri();
    await client.open(other, CLEAN_PLAN, 1);
    expect(await client.diagnostics(other, 1)).toEqual([]);
  });

  it('ends a check that takes memory without end, and the server goes on', async () => {
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

describe('a comparison whose other version holds the worker', () => {
  it('answers hover meanwhile (the other version is checked in the worker), and renders once it goes on', async () => {
    const uri = planUri();
    await client.open(uri, CLEAN_PLAN, 1);
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    const compare = (oldText: string) =>
      client.connection.sendRequest<CompareResult>(COMPARE_REQUEST, { uri, oldText, oldLabel: 'HEAD:plan.iplan.md', newLabel: 'plan.iplan.md' } satisfies CompareParams);

    let settled = false;
    const blocked = compare(BLOCKED).finally(() => (settled = true));
    const onKey = await hover(uri, KEY);
    expect(value(onKey)).toContain('The ministry whose plan this is');
    expect(settled).toBe(false);

    release();
    const result = await blocked;
    expect(result.html).toMatch(/^<article class="iplan-plan iplan-compare"/);
    expect(result.problem).toBeUndefined();
  });
});
