// The language server with every socket and name lookup made to throw: it starts, checks,
// answers hover, completion and symbols, and never tries the network.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type Hover,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, fileUri, ROOT, SERVER, tempFolder } from '../lsp/client';

const PRELOAD = path.join(ROOT, 'test', 'fixtures', 'no-network.cjs');

describe('the server offline', () => {
  it('checks a plan and answers requests with the network made to throw', async () => {
    const dir = tempFolder();
    const child = spawn(process.execPath, ['-r', PRELOAD, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const uri = fileUri(path.join(dir.folder, 'plan.iplan.md'));
      const text = CLEAN_PLAN.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nTODO\n');
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      expect((await published).diagnostics.map((d) => d.code)).toContain('placeholder');
      const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } })) as Hover;
      expect((hover.contents as MarkupContent).value).toMatch(/^\*\*`ministerie`\*\* · required\n\nThe ministry whose plan this is /);
      expect(hover.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
      // After `ministerie: `: the ministries, replacing the value written.
      const completion = (await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 12 } })) as CompletionItem[];
      expect(completion.map((item) => item.label)).toEqual(['AZ', 'AENM', 'BZ', 'BZK', 'DEF', 'EZ', 'EZK', 'FIN', 'IENW', 'JENV', 'KGG', 'LNV', 'LVVN', 'OCW', 'SZW', 'VRO', 'VWS']);
      expect(completion[0].textEdit).toEqual({ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 15 } }, newText: 'AZ' });
      const symbols = (await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
      expect(symbols.length).toBeGreaterThan(0);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(stderr).not.toContain('network access attempted');
    } finally {
      child.kill();
      dir.remove();
    }
  });
});
