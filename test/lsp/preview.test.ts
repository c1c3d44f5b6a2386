// iplan/preview: the reviewer's view rendered by the server from the current version's analysis.
// The server gives the content only; the page around it (CSP, style, script) is the client's.
import * as path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { applyPagePatch } from '../../server/src/lsp/previewPages';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { PAGE_END, PIECE_MARK } from '../../server/src/render/pagePieces';
import { CLEAN_PLAN, fileUri, README, serverForFile } from './client';

const SERVER = serverForFile();

const preview = (uri: string, shown?: string) => SERVER.client.connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, shown } satisfies PreviewParams);

/** The marked pieces of a whole page, as the webview finds them. */
function piecesOf(html: string) {
  const [article, ...rest] = html.split(`<!--${PIECE_MARK}-->`);
  const text = rest.findIndex((piece) => piece.includes('<section class="iplan-part iplan-part-text"'));
  const at = rest[text].indexOf('<section class="iplan-part iplan-part-text"');
  const top = [...rest.slice(0, text), rest[text].slice(0, at)].map((piece) => `<!--${PIECE_MARK}-->${piece}`);
  const body = rest.slice(text + 1).map((piece) => `<!--${PIECE_MARK}-->${piece}`);
  body[body.length - 1] = body[body.length - 1].slice(0, -PAGE_END.length);
  return { article, top, text: rest[text].slice(at), body };
}

describe('iplan/preview', () => {
  it('renders the plan as one sanitized article, with no script, style or page around it', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'plan.iplan.md'));
    await SERVER.client.open(uri, CLEAN_PLAN.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nTODO <script>alert(1)</script>\n'), 1);
    const result = await preview(uri);
    expect(result).toMatchObject({ isPlan: true, version: 1, title: 'Meerjarig informatieplan BZK 2026–2029' });
    expect(['nl', 'en']).toContain(result.locale);
    const html = result.html!;
    expect(html.startsWith('<article class="iplan-plan"')).toBe(true);
    expect(html).not.toMatch(/<(?:html|head|meta|style|script)\b/);
    expect(html).not.toContain('alert(1)</script>');
    const $ = load(html);
    expect($('.iplan-finding[data-rule="placeholder"]').length).toBe(1);
    // Interactive: findings can be focused and revealed; rule links lead to the installed docs.
    expect($('.iplan-finding[data-rule="placeholder"]').attr('tabindex')).toBe('0');
    expect($('.iplan-finding a.iplan-rule').attr('href')).toMatch(/^file:\/\/.*\/docs\/rules\.md#placeholder$/);
  });

  it('follows edits', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'live.iplan.md'));
    await SERVER.client.open(uri, CLEAN_PLAN, 1);
    const before = (await preview(uri)).html!;
    await SERVER.client.change(uri, CLEAN_PLAN.replace('| 2026 | 14.800.000 |', '| 2026 | 14.900.000 |'), 2);
    const after = await preview(uri);
    expect(after.version).toBe(2);
    expect(after.html).toContain('cost-table-mismatch');
    expect(before).not.toContain('cost-table-mismatch');
  });

  it('answers with what changed of the page shown, and with the whole page for one it does not know', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'patched.iplan.md'));
    await SERVER.client.open(uri, CLEAN_PLAN, 1);
    const first = await preview(uri);
    expect(first.html).toBeDefined();
    expect(first.page).toBeDefined();
    await SERVER.client.change(uri, CLEAN_PLAN.replace('| 2026 | 14.800.000 |', '| 2026 | 14.900.000 |'), 2);
    const next = await preview(uri, first.page);
    expect(next).toMatchObject({ isPlan: true, version: 2, title: first.title });
    expect(next.html).toBeUndefined();
    expect(next.patch!.from).toBe(first.page);
    // Only some pieces are new (the finding's part of the text, the header's counts, the scorecard).
    const fresh = [...next.patch!.top, ...next.patch!.body].filter((change) => typeof change === 'string');
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThan(next.patch!.top.length + next.patch!.body.length);
    expect(fresh.join('')).toContain('cost-table-mismatch');
    // Applied to the first page, it is the whole page of version 2.
    const whole = await preview(uri);
    expect(whole.version).toBe(2);
    const patched = applyPagePatch(piecesOf(first.html!), next.patch!);
    expect(patched.article + patched.top.join('') + patched.text + patched.body.join('') + PAGE_END).toBe(whole.html);
    expect(piecesOf(whole.html!)).toEqual(patched);
    // A page this server never sent: the whole page.
    expect((await preview(uri, 'unknown-1')).html).toBe(whole.html);
  });

  it('renders a plan whose values name Object.prototype members', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'proto.iplan.md'));
    await SERVER.client.open(uri, CLEAN_PLAN.replace(/^status: .*$/m, 'status: constructor'), 1);
    const result = await preview(uri);
    expect(result.isPlan).toBe(true);
    const $ = load(result.html!);
    expect($('#iplan-fm-status dd').text()).toContain('constructor');
    expect($('.iplan-finding[data-rule="frontmatter-schema"]').length).toBeGreaterThan(0);
  });

  it('renders nothing for Markdown that is no I-plan', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'README.md'));
    await SERVER.client.open(uri, README, 1);
    const result = await preview(uri);
    expect(result).toMatchObject({ isPlan: false });
    expect(result.html).toBeUndefined();
  });
});
