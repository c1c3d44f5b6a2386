// iplan/importDocx: the language server converts a Word document sent as bytes by the client, and
// loads the importer only then (in its check worker): checking plans never loads it, nor the
// renderer, which a preview loads. NODE_OPTIONS, unlike the server's flags, reaches the worker too.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_DOCX_REQUEST, PREVIEW_REQUEST, type ImportDocxResult, type PreviewResult } from '../../server/src/lsp/protocol';
import { CLEAN_PLAN, fileUri, ROOT, TestClient, tempFolder } from '../lsp/client';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const LOADS = path.join(ROOT, 'test', 'fixtures', 'report-module-loads.cjs');

describe('iplan/importDocx', () => {
  it('checks plans without loading the importer or the renderer, renders a preview, then imports a document sent as bytes', async () => {
    const dir = tempFolder();
    const client = await TestClient.start({ workspaceFolders: [dir.folder], env: { NODE_OPTIONS: `-r ${LOADS}` }, locale: 'nl' });
    const bundles = () => [...client.logs.join('\n').matchAll(/iplan-test-load: (.*)/g)].map((m) => path.relative(ROOT, m[1])).filter((f) => f.startsWith('dist')).sort();
    try {
      const uri = fileUri(path.join(dir.folder, 'plan.iplan.md'));
      await client.open(uri, CLEAN_PLAN);
      expect(await client.diagnostics(uri, 1)).toEqual([]);
      // The check worker may still be loading: a small plan's first check can run on the server's
      // main thread (firstChecks.ts). Neither way loads the importer or the renderer.
      expect(bundles().filter((bundle) => bundle !== path.join('dist', 'check-worker.js'))).toEqual([path.join('dist', 'server.js')]);
      // The renderer's bundle only once a page is asked for.
      const page = await client.request<PreviewResult>(PREVIEW_REQUEST, { uri });
      expect(page.html).toContain('<article');
      expect(bundles()).toEqual([path.join('dist', 'check-worker.js'), path.join('dist', 'renderer.js'), path.join('dist', 'server.js')]);

      const base64 = readFileSync(path.join(FIXTURES, 'ienw-2026-2029.docx')).toString('base64');
      const result = await client.request<ImportDocxResult>(IMPORT_DOCX_REQUEST, { base64, name: 'ienw-2026-2029.docx', uri: fileUri(dir.folder) });
      expect(result.error).toBeUndefined();
      expect(result.text).toMatch(/^---\niplan: "kwaliteitskader-2022"\nministerie: IENW\n/);
      expect(result.report).toContain('  controle: 2 fouten, 0 waarschuwingen (large-activity-dashboard, landscape-impact-missing)\n');
      expect(result.summary).toEqual({ recognised: 13, required: 13, left: 2, errors: 2, warnings: 0 });
      expect(bundles()).toEqual([path.join('dist', 'check-worker.js'), path.join('dist', 'importer.js'), path.join('dist', 'renderer.js'), path.join('dist', 'server.js')]);

      const bad = await client.request<ImportDocxResult>(IMPORT_DOCX_REQUEST, { base64: readFileSync(path.join(FIXTURES, 'bad', 'password-protected.docx')).toString('base64'), name: 'geheim.docx' });
      expect(bad).toEqual({ error: 'geheim.docx: het document is met een wachtwoord beveiligd; sla het in Word zonder wachtwoord op en importeer opnieuw' });
      // The server is still there.
      expect(await client.request('iplan/planInfo', { uri })).toEqual({ isPlan: true, known: true });
    } finally {
      await client.stop();
      dir.remove();
    }
  });
});
