// The server's time budget: a check that runs longer is abandoned with one check-timeout finding,
// and once the budget allows, the same document is checked in full again.
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_PLAN, fileUri, tempFolder, TestClient } from './client';

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
