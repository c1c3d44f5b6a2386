// Hard limits and no network, for the CLI: oversized and binary plans get one clear finding, and
// a whole run completes with every socket and name lookup made to throw.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, iplan, ROOT } from '../cli/run';

const PRELOAD = path.join(ROOT, 'test', 'fixtures', 'no-network.cjs');

describe('CLI limits', () => {
  it('a plan above maxFileSize gets file-too-large and is not parsed', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-large-'));
    writeFileSync(path.join(folder, 'iplan.config.json'), JSON.stringify({ maxFileSize: 1000 }));
    copyFileSync(path.join(ROOT, 'examples', 'bzk-2026-2029.iplan.md'), path.join(folder, 'big.iplan.md'));
    const [result] = JSON.parse(iplan(['--format', 'json', folder]).stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['file-too-large']);
    expect(result.messages[0].message).toMatch(/larger than the limit/);
  });

  it('the default limit is 5 MB', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-large-'));
    writeFileSync(path.join(folder, 'huge.iplan.md'), `---\niplan: kwaliteitskader-2022\n---\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    const [result] = JSON.parse(iplan(['--format', 'json', folder]).stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['file-too-large']);
  });

  it('binary and non-UTF-8 plans get file-not-text; other binary files are skipped', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iplan-binary-'));
    writeFileSync(path.join(folder, 'nul.iplan.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(folder, 'latin1.iplan.md'), Buffer.from('---\niplan: x\ntitel: Financi\xebn\n---\n', 'latin1'));
    writeFileSync(path.join(folder, 'picture.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const results = JSON.parse(iplan(['--format', 'json', folder]).stdout);
    expect(results.map((r: { filePath: string }) => path.basename(r.filePath)).sort()).toEqual(['latin1.iplan.md', 'nul.iplan.md']);
    for (const result of results) expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['file-not-text']);
  });
});

describe('no network, ever', () => {
  it('the preload really refuses sockets and name lookups', () => {
    const probe = spawnSync(process.execPath, ['-r', PRELOAD, '-e', "require('node:dns').lookup('example.org', () => {})"], { encoding: 'utf8' });
    expect(probe.status).not.toBe(0);
    expect(probe.stderr).toContain('network access attempted');
  });

  it('a full CLI run over the examples, in every format, completes without any', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'iplan-offline-'));
    mkdirSync(path.join(cwd, 'out'));
    const formats = ['json', 'sarif', 'junit', 'gitlab', 'github'].map((f) => ['--format', `${f}:out/report.${f}`]).flat();
    const run = spawnSync(process.execPath, ['-r', PRELOAD, CLI, ...formats, '--format', 'stylish', path.join(ROOT, 'examples')], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).not.toContain('network access attempted');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('problems');
  });
});
