// The server among special files: devices, FIFOs, huge sparse files and symbolic links as
// configuration, `extends`, framework or plans on disk. It says what is wrong on the plans it
// concerns, once as a message, and keeps answering; links are not followed, as in the CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, WorkspaceDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { afterAll, describe, expect, it } from 'vitest';
import { addSpecialFiles } from '../helpers/specialFiles';
import { CLEAN_PLAN, fileUri, ROOT, tempFolder, TestClient } from './client';

const DIR = tempFolder();
afterAll(() => DIR.remove());

const SECRET = 'ghp_SECRET_TOKEN_0123456789';
const DEFECT = readFileSync(path.join(ROOT, 'examples', 'defect-costs.iplan.md'), 'utf8');
let counter = 0;

function workspace(): string {
  const folder = path.join(DIR.folder, `ws-${++counter}`);
  mkdirSync(path.join(folder, 'plannen'), { recursive: true });
  mkdirSync(path.join(folder, '.git'));
  writeFileSync(path.join(folder, '.git', 'config'), `url = https://x:${SECRET}@example.org/r.git\n`);
  return folder;
}

describe('configuration that is no regular file', () => {
  const cases: [string, (folder: string) => object, RegExp][] = [
    ['extends /dev/zero', () => ({ extends: '/dev/zero' }), /\/extends: "\/dev\/zero" is a device, not a regular file/],
    ['extends a FIFO', (f) => (execFileSync('mkfifo', [path.join(f, 'pipe.json')]), { extends: 'pipe.json' }), /\/extends: "pipe\.json" is a named pipe \(FIFO\)/],
    ['extends /proc/self/environ', () => ({ extends: '/proc/self/environ' }), /\/extends: "\/proc\/self\/environ" is not text/],
    ['extends .git/config', () => ({ extends: '.git/config' }), /\.git\/config: is not valid JSON at line 1, column 1/],
    ['extends a huge sparse file', (f) => (writeFileSync(path.join(f, 'big.json'), ''), truncateSync(path.join(f, 'big.json'), 2 ** 40), { extends: 'big.json' }), /is larger than 1,048,576 bytes/],
    ['framework /dev/urandom', () => ({ framework: '/dev/urandom' }), /\/framework: \/dev\/urandom: is a device, not a regular file/],
  ];

  it.each(cases.flatMap(([label, make, expected]) => [true, false].map((trusted) => [label, trusted, make, expected] as const)))(
    '%s (trusted: %s): a configuration diagnostic, one message, and the server keeps answering',
    async (label, trusted, make, expected) => {
      const folder = workspace();
      writeFileSync(path.join(folder, '.iplanrc.json'), JSON.stringify(make(folder)));
      const client = await TestClient.start({ workspaceFolders: [folder], initializationOptions: { trusted } });
      try {
        const uri = fileUri(path.join(folder, 'plannen', 'plan.iplan.md'));
        await client.open(uri, CLEAN_PLAN, 1);
        const diagnostics: Diagnostic[] = await client.diagnostics(uri, 1);
        // An untrusted workspace ignores a framework file, so only `extends` problems remain there.
        if (!trusted && label.startsWith('framework')) {
          expect(diagnostics.map((d) => d.code)).toEqual([]);
        } else {
          expect(diagnostics.map((d) => d.code), label).toEqual(['configuration']);
          expect(diagnostics[0].message).toMatch(expected);
          expect(diagnostics[0].message).not.toContain(SECRET);
          const shown = await client.waitFor<{ message: string }>('window/showMessage', (m) => expected.test(m.message));
          expect(shown.message).not.toContain(SECRET);
        }
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } });
        expect(hover === null || typeof hover === 'object').toBe(true);
        expect(client.child.exitCode).toBeNull();
      } finally {
        expect(await client.stop()).toBe(0);
      }
    },
  );
});

describe('special files among the plans on disk', () => {
  it('workspace diagnostics list regular files only, follow no link, and read a huge sparse plan no further than its head', async () => {
    const folder = workspace();
    writeFileSync(path.join(folder, 'plannen', 'defect.iplan.md'), DEFECT);
    const regular = addSpecialFiles(folder, 'defect.iplan.md', DEFECT);

    const client = await TestClient.start({ pull: true, workspaceFolders: [folder] });
    try {
      const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const byName = new Map(report.items.map((item) => [path.relative(folder, new URL(item.uri).pathname), item as WorkspaceFullDocumentDiagnosticReport]));
      expect([...byName.keys()].sort()).toEqual(regular);
      expect(byName.get('plannen/sparse.iplan.md')!.items.map((d) => d.code)).toEqual(['file-too-large']);
      expect(JSON.stringify(report)).not.toContain(SECRET);
      expect(client.child.exitCode).toBeNull();
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
