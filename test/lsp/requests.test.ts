/**
 * Protocol tests: the node-ipc transport (as VS Code starts the server), untitled documents,
 * and the two requests of our own client: plan info (status bar) and the new-plan template.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, README, TestClient } from './client';

describe('node-ipc transport', () => {
  it('initializes, checks a plan and shuts down over IPC', async () => {
    const client = await TestClient.start({ transport: 'ipc' });
    try {
      expect(client.initializeResult.capabilities.hoverProvider).toBe(true);
      const uri = 'untitled:Untitled-1';
      await client.open(uri, CLEAN_PLAN.replace('| 2026 | 14.800.000 |', '| 2026 | 14.900.000 |'), 1);
      const diagnostics = await client.diagnostics(uri, 1);
      expect(diagnostics.map((d) => d.code)).toContain('cost-table-mismatch');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe('our own requests', () => {
  it('iplan/planInfo says whether a document is a plan', async () => {
    const client = await TestClient.start();
    try {
      await client.open('untitled:plan', CLEAN_PLAN, 1);
      await client.open('untitled:readme', README, 1);
      expect(await client.request('iplan/planInfo', { uri: 'untitled:plan' })).toEqual({ isPlan: true, known: true });
      expect(await client.request('iplan/planInfo', { uri: 'untitled:readme' })).toEqual({ isPlan: false, known: true });
      expect(await client.request('iplan/planInfo', { uri: 'untitled:unknown' })).toEqual({ isPlan: false, known: false });
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('iplan/newPlanTemplate makes a complete skeleton that is a plan with every section', async () => {
    const client = await TestClient.start({ locale: 'nl' });
    try {
      const { text } = await client.request<{ text: string }>('iplan/newPlanTemplate', {});
      const { text: english } = await client.request<{ text: string }>('iplan/newPlanTemplate', { language: 'en' });
      const year = new Date().getFullYear() + 1;
      expect(text).toMatch(/^---\niplan: kwaliteitskader-2022\n/);
      expect(text).toContain(`planperiode:\n  van: ${year}\n  tot: ${year + 3}\n`);
      for (const title of ['## Samenvatting', '## Financiën', '## Sturing en CIO-stelsel']) expect(text).toContain(title);
      expect(text).toContain('<!-- De kern van het plan op één pagina');
      for (const title of ['## Summary', '## Finances', '## Governance and the CIO system']) expect(english).toContain(title);
      expect(english.match(/^## /gm)).toHaveLength(13);

      // Checked, it is a plan that lacks no section and parses; what is left is for the author.
      await client.open('untitled:new', text, 1);
      const diagnostics: Diagnostic[] = await client.diagnostics('untitled:new', 1);
      const rules = new Set(diagnostics.map((d) => d.code));
      expect(rules.has('section-missing')).toBe(false);
      expect(rules.has('frontmatter-syntax')).toBe(false);
      expect(rules.has('cost-table-missing')).toBe(false);
      // Values left open are placeholders to fill in, not schema errors (docs/format.md §10).
      expect([...rules].sort()).toEqual(['placeholder', 'section-empty']);
      // The Dutch client gets Dutch messages.
      expect(diagnostics.find((d) => d.code === 'section-empty')!.message).toMatch(/leeg/);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
