/**
 * Protocol tests, editing features: code actions (quick fix, disable, fix all) applied to the
 * text and checked again, completion, hover, document symbols, and a handler exception.
 */
import * as path from 'node:path';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyWorkspaceEdit, CLEAN_PLAN, fileUri, positionOf, tempFolder, TestClient, withoutSection } from './client';

const DIR = tempFolder();
let client: TestClient;
let dutch: TestClient;
let counter = 0;

beforeAll(async () => {
  [client, dutch] = await Promise.all([TestClient.start({ workspaceFolders: [DIR.folder] }), TestClient.start({ workspaceFolders: [DIR.folder], locale: 'nl' })]);
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
  expect(await dutch.stop()).toBe(0);
  DIR.remove();
});

/** Opens a text as a new plan and waits for its diagnostics. */
async function openPlan(text: string, on: TestClient = client): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = fileUri(path.join(DIR.folder, `plan-${++counter}.iplan.md`));
  await on.open(uri, text, 1);
  return { uri, diagnostics: await on.diagnostics(uri, 1) };
}

async function recheck(uri: string, text: string, version: number): Promise<Diagnostic[]> {
  await client.change(uri, text, version);
  return client.diagnostics(uri, version);
}

function codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
}

const ruleIds = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('code actions', () => {
  it('inserts a missing section; checked again, the finding is gone', async () => {
    const text = withoutSection(CLEAN_PLAN, 'Informatiebeveiliging en privacy');
    const { uri, diagnostics } = await openPlan(text);
    const missing = diagnostics.filter((d) => d.code === 'section-missing');
    expect(missing).toHaveLength(1);
    const actions = await codeActions(uri, missing);
    const fix = actions.find((a) => a.title === 'Insert section ‘Information security and privacy’')!;
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: missing });
    const fixed = applyWorkspaceEdit(text, uri, fix.edit!);
    expect(fixed).toContain('## Informatiebeveiliging en privacy\n\n<!--');
    // In framework order: after Financiën, before Informatiehuishouding.
    expect(fixed.indexOf('## Informatiebeveiliging')).toBeGreaterThan(fixed.indexOf('## 7. Financiën'));
    expect(fixed.indexOf('## Informatiebeveiliging')).toBeLessThan(fixed.indexOf('## 9. Informatiehuishouding'));
    const after = await recheck(uri, fixed, 2);
    expect(ruleIds(after)).not.toContain('section-missing');
    expect(ruleIds(after)).toEqual(['section-empty']); // the skeleton is there to be filled in
  });

  it('offers source.fixAll.iplan with every fix of the document', async () => {
    const text = withoutSection(withoutSection(CLEAN_PLAN, 'Samenvatting'), 'Sturing en CIO-stelsel').replace(
      '    dashboard_nummer: "BZK-0031"\n',
      '',
    );
    const { uri, diagnostics } = await openPlan(text);
    expect(ruleIds(diagnostics).sort()).toEqual(['large-activity-dashboard', 'section-missing', 'section-missing']);
    const actions = await codeActions(uri, [], ['source.fixAll']);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'source.fixAll.iplan', title: 'Apply all safe iplan fixes' });
    const fixed = applyWorkspaceEdit(text, uri, actions[0].edit!);
    const after = await recheck(uri, fixed, 2);
    expect(ruleIds(after)).not.toContain('section-missing');
    // The key is added with its value left open, marked for the author.
    expect(fixed).toContain('    dashboard_nummer: null # TODO');
    // Quick fixes only: no fix-all among them.
    expect((await codeActions(uri, diagnostics, ['quickfix'])).every((a) => a.kind === 'quickfix')).toBe(true);
  });

  it('disables a rule on a body line with an HTML comment above it', async () => {
    const text = CLEAN_PLAN.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nDe planning volgt nog, TODO.\n');
    const { uri, diagnostics } = await openPlan(text);
    expect(ruleIds(diagnostics)).toEqual(['placeholder']);
    const actions = await codeActions(uri, diagnostics);
    const disable = actions.find((a) => a.title === 'Disable ‘placeholder’ for this line')!;
    expect(disable.kind).toBe('quickfix');
    const fixed = applyWorkspaceEdit(text, uri, disable.edit!);
    expect(fixed).toContain('<!-- iplan-disable-next-line placeholder -->\nDe planning volgt nog, TODO.');
    expect(await recheck(uri, fixed, 2)).toEqual([]);
  });

  it('disables a rule on a front-matter line with a YAML comment at the same indentation', async () => {
    const text = CLEAN_PLAN.replace('    toelichting: "Risicogestuurd,', '    toelichting: "TBD Risicogestuurd,');
    const { uri, diagnostics } = await openPlan(text);
    expect(ruleIds(diagnostics)).toEqual(['placeholder']);
    const disable = (await codeActions(uri, diagnostics)).find((a) => a.title.startsWith('Disable'))!;
    const fixed = applyWorkspaceEdit(text, uri, disable.edit!);
    expect(fixed).toContain('    # iplan-disable-next-line placeholder\n    toelichting: "TBD');
    expect(await recheck(uri, fixed, 2)).toEqual([]);
  });

  it('disables a rule in a table around the table, keeping the table whole', async () => {
    const text = CLEAN_PLAN.replace('| Vertraging van A1 en A3 |', '| TBD |');
    const { uri, diagnostics } = await openPlan(text);
    expect(ruleIds(diagnostics)).toEqual(['placeholder']);
    const disable = (await codeActions(uri, diagnostics)).find((a) => a.title.startsWith('Disable'))!;
    expect(disable.title).toBe('Disable ‘placeholder’ for this table');
    const fixed = applyWorkspaceEdit(text, uri, disable.edit!);
    expect(fixed).toMatch(/<!-- iplan-disable placeholder -->\n\| Risico \|[\s\S]*\| Levenscyclusplannen, prioriteit op risico \|\n<!-- iplan-enable placeholder -->\n/);
    expect(await recheck(uri, fixed, 2)).toEqual([]);
  });

  it('disables a finding about the whole plan (line 1) for the file, below the front matter', async () => {
    const text = withoutSection(CLEAN_PLAN, 'I-vakmanschap');
    const { uri, diagnostics } = await openPlan(text);
    const disable = (await codeActions(uri, diagnostics)).find((a) => a.title.startsWith('Disable'))!;
    expect(disable.title).toBe('Disable ‘section-missing’ for this file');
    const fixed = applyWorkspaceEdit(text, uri, disable.edit!);
    expect(fixed).toContain('\n---\n<!-- iplan-disable-file section-missing -->\n');
    expect(await recheck(uri, fixed, 2)).toEqual([]);
  });

  it('has titles in the configured language', async () => {
    const text = withoutSection(CLEAN_PLAN, 'Informatiebeveiliging en privacy');
    const uri = fileUri(path.join(DIR.folder, 'dutch.iplan.md'));
    await dutch.open(uri, text, 1);
    const diagnostics = await dutch.diagnostics(uri, 1);
    expect(diagnostics[0].message).toMatch(/ontbreekt/);
    const actions = await dutch.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Onderdeel ‘Informatiebeveiliging en privacy’ invoegen', '‘section-missing’ uitschakelen voor dit bestand']));
  });
});

describe('completion', () => {
  const complete = (uri: string, line: number, character: number) =>
    client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  it('offers the root keys not yet written, with their description', async () => {
    const text = CLEAN_PLAN.replace('boekhoudstelsel: kas-verplichtingen\n', '\n');
    const { uri } = await openPlan(text);
    const at = positionOf(text, '\nkosten:');
    const items = await complete(uri, at.line, 0);
    expect(labels(items)).toEqual(expect.arrayContaining(['boekhoudstelsel', 'vastgesteld_op']));
    expect(labels(items)).not.toContain('ministerie');
    expect(labels(items)).not.toContain('kosten');
    const key = items.find((i) => i.label === 'boekhoudstelsel')!;
    expect(key.documentation).toEqual({
      kind: 'markdown',
      value: 'Accounting system of the figures; figures of the two systems may never be added up.\n\nAllowed values: `kas-verplichtingen`, `baten-lasten`',
    });
    expect(key.detail).toBe('required');
    expect(key.textEdit).toMatchObject({ newText: 'boekhoudstelsel: ' });
  });

  it('offers the keys of a nested object and of a list item at the cursor level', async () => {
    const text = CLEAN_PLAN.replace('      niveau: geen\n', '      niveau: geen\n      \n').replace('  tot: 2029\n', '  \n');
    const { uri } = await openPlan(text);
    const lines = text.split('\n');
    const impactLine = lines.indexOf('      niveau: geen') + 1;
    expect(labels(await complete(uri, impactLine, 6)).sort()).toEqual(['gegevens', 'maatregelen', 'systemen']);
    const periodLine = lines.indexOf('  van: 2026') + 1;
    expect(labels(await complete(uri, periodLine, 2))).toEqual(['tot']);
    // The keys of an objective, on a new item's line.
    const objectiveLine = lines.indexOf('activiteiten:');
    const withItem = [...lines.slice(0, objectiveLine), '  - ', ...lines.slice(objectiveLine)].join('\n');
    await client.change(uri, withItem, 2);
    const itemKeys = labels(await complete(uri, objectiveLine, 4));
    expect(itemKeys).toEqual(expect.arrayContaining(['id', 'titel', 'thema', 'landschapsimpact', 'toelichting']));
  });

  it('offers enum values after `key: ` (ministerie, thema, status) and years', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    const ministerie = positionOf(CLEAN_PLAN, 'ministerie: ', 'ministerie: '.length);
    const ministries = await complete(uri, ministerie.line, ministerie.character);
    expect(labels(ministries)).toEqual(expect.arrayContaining(['BZK', 'OCW', 'AZ', 'VWS']));
    expect(ministries.find((i) => i.label === 'OCW')!.textEdit).toMatchObject({
      range: { start: { line: ministerie.line, character: 12 }, end: { line: ministerie.line, character: 15 } },
      newText: 'OCW',
    });
    // Each code with the ministry's name, in the plan's language.
    expect(ministries.find((i) => i.label === 'IENW')!.detail).toBe('Infrastructure and Water Management');
    const { uri: dutchUri } = await openPlan(CLEAN_PLAN, dutch);
    const dutchMinistries = await dutch.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: dutchUri }, position: ministerie });
    expect(dutchMinistries.find((i) => i.label === 'IENW')!.detail).toBe('Infrastructuur en Waterstaat');
    const thema = positionOf(CLEAN_PLAN, '    thema: ', '    thema: '.length);
    expect(labels(await complete(uri, thema.line, thema.character))).toEqual(expect.arrayContaining(['Digitale weerbaarheid', 'I in het hart', 'Markt en innovatie']));
    const status = positionOf(CLEAN_PLAN, 'status: ', 'status: '.length);
    expect(labels(await complete(uri, status.line, status.character))).toEqual(['concept', 'vastgesteld']);
    const activityStatus = positionOf(CLEAN_PLAN, '    status: in-uitvoering', '    status: '.length);
    expect(labels(await complete(uri, activityStatus.line, activityStatus.character))).toContain('in-heroriëntatie');
    const year = positionOf(CLEAN_PLAN, '  - jaar: 2027', '  - jaar: '.length);
    expect(labels(await complete(uri, year.line, year.character))).toEqual(['2026', '2027', '2028', '2029']);
  });

  it('offers section titles after `## `, missing sections first', async () => {
    const text = `${withoutSection(CLEAN_PLAN, 'Financiën')}\n## `;
    const { uri } = await openPlan(text);
    const lastLine = text.split('\n').length - 1;
    const items = await complete(uri, lastLine, 3);
    expect(items).toHaveLength(13);
    const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    expect(sorted[0].label).toBe('Financiën');
    expect(sorted[0].detail).toMatch(/missing/);
    expect((sorted[0].documentation as MarkupContent).value).toContain('per plan year');
    expect(sorted[1].label).toBe('Samenvatting');
    expect(sorted[0].textEdit).toMatchObject({ newText: 'Financiën', range: { start: { line: lastLine, character: 3 } } });
    // Nowhere else in the body.
    expect(await complete(uri, positionOf(text, 'Dit informatieplan').line, 4)).toEqual([]);
  });
});

describe('hover', () => {
  const hoverAt = (on: TestClient, uri: string, position: { line: number; character: number }) =>
    on.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const value = (hover: Hover | null) => (hover?.contents as MarkupContent).value;

  it('explains a front-matter key, in the locale', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    const key = positionOf(CLEAN_PLAN, 'ministerie:', 3);
    const english = await hoverAt(client, uri, key);
    expect(value(english)).toBe('**`ministerie`** · required\n\nThe ministry whose plan this is (EZK and LNV for plans before the 2024 reorganisation).\n\nAllowed values: `AZ`, `AENM`, `BZ`, `BZK`, `DEF`, `EZ`, `EZK`, `FIN`, `IENW`, `JENV`, `KGG`, `LNV`, `LVVN`, `OCW`, `SZW`, `VRO`, `VWS`');
    expect(english!.range).toEqual({ start: { line: key.line, character: 0 }, end: { line: key.line, character: 10 } });
    const nestedAt = positionOf(CLEAN_PLAN, 'beheer_en_onderhoud', 2);
    const nested = await hoverAt(client, uri, nestedAt);
    expect(nested).toEqual({
      contents: { kind: 'markdown', value: '**`beheer_en_onderhoud`** · optional\n\nMaintenance and operation of what exists, in whole euros.\n\nType: integer' },
      range: { start: { line: nestedAt.line, character: 4 }, end: { line: nestedAt.line, character: 23 } },
    });

    const { uri: dutchUri } = await openPlan(CLEAN_PLAN, dutch);
    expect(value(await hoverAt(dutch, dutchUri, key))).toBe('**`ministerie`** · verplicht\n\nHet ministerie van wie dit plan is (EZK en LNV voor plannen van vóór de herindeling van 2024).\n\nToegestane waarden: `AZ`, `AENM`, `BZ`, `BZK`, `DEF`, `EZ`, `EZK`, `FIN`, `IENW`, `JENV`, `KGG`, `LNV`, `LVVN`, `OCW`, `SZW`, `VRO`, `VWS`');
  });

  it('names the framework section and criterion of a heading', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    const text = value(await hoverAt(client, uri, positionOf(CLEAN_PLAN, '## 7. Financiën', 5)));
    expect(text).toContain('**Finances** (Financiën)');
    expect(text).toContain('Section 7 of 13');
    expect(text).toContain('Financial basis');
    expect(text).toContain('per plan year');
  });

  it('reads a cost-table amount in euros, with its unit', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    const cell = positionOf(CLEAN_PLAN, '14.800.000', 2);
    expect(value(await hoverAt(client, uri, cell))).toBe('**€14,800,000** · in whole euros');
    const { uri: dutchUri } = await openPlan(CLEAN_PLAN, dutch);
    expect(value(await hoverAt(dutch, dutchUri, cell))).toBe('**€ 14.800.000** · in hele euro’s');
    // A table in € mln.
    const mln = CLEAN_PLAN.replace('| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |', '| Jaar | Vernieuwing (€ mln) | Beheer en onderhoud (€ mln) | Totaal (€ mln) |').replace(
      '| 2026 | 14.800.000 |',
      '| 2026 | 14,8 |',
    );
    const { uri: mlnUri } = await openPlan(mln);
    const mlnCell = positionOf(mln, '| 14,8 |', 3);
    expect(value(await hoverAt(client, mlnUri, mlnCell))).toBe('**€14,800,000** · unit from the column header: × €1,000,000 · (rounding margin ± €50,000)');
  });

  it('says nothing on a key the schema does not know, prototype names included', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const text = CLEAN_PLAN.replace('status: concept', `${name}: 1\nstatus: concept`);
      const { uri } = await openPlan(text);
      expect(await hoverAt(client, uri, positionOf(text, `${name}:`, 2)), name).toBeNull();
      // The known key on the next line still explains itself.
      expect(value(await hoverAt(client, uri, positionOf(text, 'status:', 2))), name).toContain('`status`');
    }
  });

  it('says nothing on plain text', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    expect(await hoverAt(client, uri, positionOf(CLEAN_PLAN, 'Dit informatieplan', 3))).toBeNull();
  });
});

describe('document symbols', () => {
  it('lists the front matter with objectives and activities, and the sections with sub-sections', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols[0].name).toBe('Front matter');
    expect(symbols[0].children!.map((c) => `${c.name} (${c.children!.length})`)).toEqual(['Objectives (6)', 'Activities (5)']);
    expect(symbols[0].children![0].children![0].name).toBe('D1 Alle BZK-onderdelen werken aantoonbaar volgens de BIO2');
    expect(symbols[0].children![1].children![0].name).toBe('A1 Vernieuwing Reisdocumentenstelsel');
    const sections = symbols.slice(1);
    expect(sections).toHaveLength(13);
    expect(sections[0]).toMatchObject({ name: '1. Samenvatting', detail: 'framework section 1: Summary' });
    const review = sections.find((s) => s.name.startsWith('4.'))!;
    expect(review.children!.map((c) => c.name)).toEqual(expect.arrayContaining(['Digitale weerbaarheid', 'Overige thema\'s']));
    // Ranges nest: every child inside its parent, every selection inside its range.
    const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
      (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
      (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
    const check = (symbol: DocumentSymbol) => {
      expect(inside(symbol.selectionRange, symbol.range)).toBe(true);
      for (const child of symbol.children ?? []) {
        expect(inside(child.range, symbol.range)).toBe(true);
        check(child);
      }
    };
    symbols.forEach(check);
  });
});

describe('never down', () => {
  it('answers a request that makes a handler throw with a neutral result, logs it, and keeps answering', async () => {
    const { uri } = await openPlan(CLEAN_PLAN);
    const broken = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: null });
    expect(broken).toBeNull();
    await client.waitFor<{ message: string }>('window/logMessage', (p) => p.message.includes('[textDocument/hover]'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: null, context: null });
    expect(actions).toEqual([]);
    const at = positionOf(CLEAN_PLAN, 'ministerie:', 1);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
    expect(hover).toEqual({ contents: { kind: 'markdown', value: '**`ministerie`** · required\n\nThe ministry whose plan this is (EZK and LNV for plans before the 2024 reorganisation).\n\nAllowed values: `AZ`, `AENM`, `BZ`, `BZK`, `DEF`, `EZ`, `EZK`, `FIN`, `IENW`, `JENV`, `KGG`, `LNV`, `LVVN`, `OCW`, `SZW`, `VRO`, `VWS`' }, range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 10 } } });
    // Unknown documents are answered too.
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.iplan.md' } })).toEqual([]);
  });
});
