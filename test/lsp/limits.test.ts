// The server's limits: a check that runs longer than its budget is abandoned with one
// check-timeout finding (and checked in full once the budget allows); an untrusted workspace's
// framework file is not used.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_PLAN, fileUri, ROOT, tempFolder, TestClient } from './client';

const DIR = tempFolder();
afterAll(() => DIR.remove());

/** A plan far too large to check in 1 ms: the clean plan's body, many times, each part new. */
const HUGE = CLEAN_PLAN + Array.from({ length: 400 }, (_, i) => `\n### Bijlage ${i}\n\nToelichting ${i} bij het plan.\n`).join('');

describe('check time budget', () => {
  it('abandons a slow check with check-timeout, then checks normally under a larger budget', async () => {
    let settings = { checkTimeoutMs: 1 };
    const client = await TestClient.start({ configuration: () => settings });
    try {
      const uri = fileUri(path.join(DIR.folder, 'huge.iplan.md'));
      await client.open(uri, HUGE, 1);
      const first = await client.diagnostics(uri, 1);
      expect(first.map((d) => d.code)).toEqual(['check-timeout']);
      expect(first[0].message).toMatch(/longer than 1 ms/);

      settings = { checkTimeoutMs: 60_000 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iplan: settings } });
      await client.change(uri, `${HUGE}\n`, 2);
      const second = await client.diagnostics(uri, 2);
      expect(second.map((d) => d.code)).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('workspace trust', () => {
  /** A workspace whose iplan.config.json names a framework allowing plan periods of 3 years at most. */
  function workspaceWithOwnFramework(): string {
    const folder = path.join(DIR.folder, `trust-${Math.random().toString(36).slice(2)}`);
    mkdirSync(folder, { recursive: true });
    const definition = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'kwaliteitskader-2022.framework.json'), 'utf8'));
    definition.thresholds.planPeriodMaxYears = 3;
    definition.frontMatterSchema = path.join(ROOT, 'schemas', 'iplan-frontmatter.schema.json');
    writeFileSync(path.join(folder, 'strict.framework.json'), JSON.stringify(definition));
    writeFileSync(path.join(folder, 'iplan.config.json'), JSON.stringify({ framework: 'strict.framework.json' }));
    return folder;
  }

  it.each([
    [true, ['period-length']],
    [false, []],
  ])('trusted: %s → findings %j', async (trusted, expected) => {
    const folder = workspaceWithOwnFramework();
    const client = await TestClient.start({ workspaceFolders: [folder], initializationOptions: { trusted } });
    try {
      const uri = fileUri(path.join(folder, 'plan.iplan.md'));
      await client.open(uri, CLEAN_PLAN, 1);
      expect((await client.diagnostics(uri, 1)).map((d) => d.code)).toEqual(expected);
      if (!trusted) {
        const shown = await client.waitFor<{ type: number; message: string }>('window/showMessage');
        expect(shown.message).toMatch(/not trusted.*strict\.framework\.json/);
      }
    } finally {
      await client.stop();
    }
  });
});
