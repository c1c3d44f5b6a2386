// iplan/preview: the reviewer's view rendered by the server from the current version's analysis.
// The server gives the content only; the page around it (CSP, style, script) is the client's.
import * as path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { CLEAN_PLAN, fileUri, README, serverForFile } from './client';

const SERVER = serverForFile();

const preview = (uri: string) => SERVER.client.connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri } satisfies PreviewParams);

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
