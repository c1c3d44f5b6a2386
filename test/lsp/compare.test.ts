// iplan/compare: the open plan against another version's text (the client reads it from git or a
// file), compared and rendered by the server as the reviewer's compare view: the content only.
import * as path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../../server/src/lsp/protocol';
import { CLEAN_PLAN, fileUri, README, serverForFile } from './client';

const SERVER = serverForFile();

const compare = (uri: string, oldText: string) =>
  SERVER.client.connection.sendRequest<CompareResult>(COMPARE_REQUEST, { uri, oldText, oldLabel: 'HEAD:plannen/bzk.iplan.md', newLabel: 'plannen/bzk.iplan.md' } satisfies CompareParams);

/** The plan with renewal in 2026 lowered, activity A1's status changed and a placeholder in the text. */
const EDITED = CLEAN_PLAN.replace('    vernieuwing: 14800000', '    vernieuwing: 14300000')
  .replace(/(  - id: A1\n(?:.*\n)*?    status: )in-uitvoering/, '$1afgerond')
  .replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nTODO: cijfers nalopen.\n');

describe('iplan/compare', () => {
  it('names what changed between the other version and the editor, as one sanitized article', async () => {
    expect(EDITED).not.toBe(CLEAN_PLAN);
    const uri = fileUri(path.join(SERVER.folder, 'bzk.iplan.md'));
    await SERVER.client.open(uri, EDITED, 3);
    const result = await compare(uri, CLEAN_PLAN);
    expect(result).toMatchObject({ isPlan: true, version: 3 });
    expect(result.problem).toBeUndefined();
    expect(['nl', 'en']).toContain(result.locale);
    const html = result.html!;
    expect(html.startsWith('<article class="iplan-plan iplan-compare"')).toBe(true);
    expect(html).not.toMatch(/<(?:html|head|meta|style|script)\b/);
    const $ = load(html);
    expect($('table.iplan-delta-table tbody tr').length).toBe(1);
    expect($('table.iplan-delta-table tbody th[scope="row"]').text()).toBe('2026');
    expect($('table.iplan-items-changed tbody tr').length).toBe(1);
    expect($('table.iplan-items-changed tbody').text()).toContain('A1');
    // New in the editor's version: the placeholder, and the cost table that no longer matches the
    // front matter's 2026; nothing was fixed.
    expect($('#iplan-findings .iplan-finding').toArray().map((f) => $(f).attr('data-rule')).sort()).toEqual(['cost-table-mismatch', 'placeholder']);
    expect(result.title).toMatch(/: plannen\/bzk\.iplan\.md$/);
  });

  it('shows no change for the same text, and follows the editor', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'same.iplan.md'));
    await SERVER.client.open(uri, CLEAN_PLAN, 1);
    const same = load((await compare(uri, CLEAN_PLAN)).html!);
    expect(same('table.iplan-delta-table, table.iplan-items-changed, #iplan-findings .iplan-finding').length).toBe(0);
    await SERVER.client.change(uri, EDITED, 2);
    const after = await compare(uri, CLEAN_PLAN);
    expect(after.version).toBe(2);
    expect(load(after.html!)('table.iplan-delta-table tbody tr').length).toBe(1);
  });

  it('says why when the other version cannot be read as a plan, and leaves Markdown that is no plan alone', async () => {
    const uri = fileUri(path.join(SERVER.folder, 'big.iplan.md'));
    await SERVER.client.open(uri, CLEAN_PLAN, 1);
    const tooLarge = await compare(uri, `${CLEAN_PLAN}\n${'x'.repeat(6 * 1024 * 1024)}\n`);
    expect(tooLarge.html).toBeUndefined();
    expect(tooLarge.problem).toMatch(/^HEAD:plannen\/bzk\.iplan\.md (?:cannot be read as an I-plan|is niet als I-plan te lezen): /);
    const readme = fileUri(path.join(SERVER.folder, 'README.md'));
    await SERVER.client.open(readme, README, 1);
    expect(await compare(readme, CLEAN_PLAN)).toEqual({ isPlan: false, version: 1 });
  });
});
