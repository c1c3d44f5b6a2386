// iplan/preview: the reviewer's view rendered by the server from the current version's analysis,
// under the webview's Content-Security-Policy.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewCsp } from '../../server/src/core/render';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { CLEAN_PLAN, fileUri, README, tempFolder, TestClient } from './client';

const DIR = tempFolder();
const NONCE = 'c2VjcmV0LW5vbmNlLTEyMzQ1Ng==';
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
let client: TestClient;

beforeAll(async () => {
  client = await TestClient.start();
});
afterAll(async () => {
  await client.stop();
  DIR.remove();
});

const preview = (uri: string, full: boolean) =>
  client.connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, nonce: NONCE, cspSource: CSP_SOURCE, full } satisfies PreviewParams);

describe('iplan/preview', () => {
  it('renders a whole document under a strict CSP, with one script by nonce', async () => {
    const uri = fileUri(path.join(DIR.folder, 'plan.iplan.md'));
    await client.open(uri, CLEAN_PLAN.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nTODO <script>alert(1)</script>\n'), 1);
    const result = await preview(uri, true);
    expect(result.isPlan).toBe(true);
    const html = result.html!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#x27;/g, "'");
    expect(csp).toBe(previewCsp(NONCE, CSP_SOURCE));
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([`<script nonce="${NONCE}">`]);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('placeholder');
  });

  it('gives only the content for live updates, and it follows edits', async () => {
    const uri = fileUri(path.join(DIR.folder, 'live.iplan.md'));
    await client.open(uri, CLEAN_PLAN, 1);
    const before = (await preview(uri, false)).html!;
    expect(before).not.toMatch(/<html|<script/);
    await client.change(uri, CLEAN_PLAN.replace('| 2026 | 14.800.000 |', '| 2026 | 14.900.000 |'), 2);
    const after = await preview(uri, false);
    expect(after.version).toBe(2);
    expect(after.html).toContain('cost-table-mismatch');
    expect(before).not.toContain('cost-table-mismatch');
  });

  it('renders nothing for Markdown that is no I-plan', async () => {
    const uri = fileUri(path.join(DIR.folder, 'README.md'));
    await client.open(uri, README, 1);
    const result = await preview(uri, true);
    expect(result).toMatchObject({ isPlan: false });
    expect(result.html).toBeUndefined();
  });
});
