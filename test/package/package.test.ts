// The npm package a plan repository installs: what it holds, and that it works offline from an
// empty folder the way the README says.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iplan } from '../cli/run';
import { installTarball, packedFiles, packTarball, ROOT } from '../helpers/tarball';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('npm package contents', () => {
  it('holds the bundles, the schemas, the docs and the extension data, nothing else', () => {
    const files = packedFiles();
    const allowed = [
      /^dist\/(cli|cli-main|exceljs|server|server-main|check-worker|check-worker-main|client|importer|renderer)\.js$/,
      // The extension's browser entry and its Web Worker server (VS Code for the Web).
      /^dist\/web\/(client|server)\.js$/,
      /^schemas\/[a-z0-9.-]+\.json$/,
      /^docs\/[a-z]+\.md$/,
      /^l10n\/bundle\.l10n\.[a-z]+\.json$/,
      /^package(\.nls(\.[a-z]+)?)?\.json$/,
      /^images\/icon\.png$/,
      /^(LICENSE|README\.md|CHANGELOG\.md)$/,
    ];
    expect(files.filter((f) => !allowed.some((pattern) => pattern.test(f)))).toEqual([]);
    for (const needed of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/server-main.js', 'dist/check-worker.js', 'dist/check-worker-main.js', 'dist/importer.js', 'dist/renderer.js', 'dist/exceljs.js', 'schemas/config.schema.json', 'docs/format.md', 'docs/rules.md', 'LICENSE', 'README.md', 'CHANGELOG.md', 'images/icon.png']) {
      expect(files).toContain(needed);
    }
    expect(manifest.bin.iplan).toBe('dist/cli.js');
  });

  it('can be published: not private, and nothing to install at run time (everything is bundled)', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.scripts.prepare).toBeUndefined(); // npm warns about install scripts of a dependency
  });

  it('carries the full EUPL-1.2 text, which the manifest names', () => {
    const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(manifest.license).toBe('EUPL-1.2');
    expect(license.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
    expect(license).toContain('Appendix');
    expect(license.length).toBeGreaterThan(13_000);
  });

  it('has an icon the Marketplace accepts: a PNG of at least 128 × 128, made from our SVG', () => {
    const png = readFileSync(path.join(ROOT, manifest.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(128);
    expect(readFileSync(path.join(ROOT, 'images', 'icon.svg'), 'utf8')).toContain('<svg');
  });

  it('starts its changelog with this version', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(/^## (\S+)/m.exec(changelog)?.[1]).toBe(manifest.version);
  });
});

describe('the packed tarball, installed offline into an empty folder', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'iplan-package-'));
    repo = path.join(scratch, 'iplan-bzk');
    mkdirSync(repo);
    installTarball(packTarball(scratch), repo);
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const npx = (args: string[]) =>
    spawnSync('npx', ['--no-install', 'iplan', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', npm_config_offline: 'true' } });

  it('records it as a dev dependency and installs nothing else', () => {
    const own = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect(Object.keys(own.devDependencies)).toEqual(['iplan']);
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).filter((p) => p !== '')).toEqual(['node_modules/iplan']);
    expect(npx(['--version']).stdout.trim()).toBe(manifest.version);
  });

  it('`npx iplan init --yes`, then `npx iplan .`: an unfinished plan, the same findings as the checkout gives', () => {
    const init = npx(['init', '--yes']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    // The configuration points editors at the installed schema, and the CLI reads it without complaint.
    const config = JSON.parse(readFileSync(path.join(repo, 'iplan.config.json'), 'utf8'));
    expect(config.$schema).toBe('./node_modules/iplan/schemas/config.schema.json');
    expect(existsSync(path.join(repo, config.$schema))).toBe(true);
    mkdirSync(path.join(repo, 'voorbeelden'));
    for (const example of ['defect-costs.iplan.md', 'ocw-2025-2028.iplan.md']) copyFileSync(path.join(ROOT, 'examples', example), path.join(repo, 'voorbeelden', example));

    const installed = npx(['.', '--format', 'json']);
    expect(installed.stderr).toBe('');
    expect(installed.status).toBe(1);
    const results = JSON.parse(installed.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((r) => path.relative(repo, r.filePath))).toEqual([expect.stringMatching(/^bzk-\d{4}-\d{4}\.iplan\.md$/), 'voorbeelden/defect-costs.iplan.md', 'voorbeelden/ocw-2025-2028.iplan.md']);
    const scaffolded = new Set(results[0].messages.map((m) => m.ruleId));
    expect([...scaffolded].filter((id) => !['placeholder', 'section-empty'].includes(id))).toEqual([]);
    expect(JSON.parse(installed.stdout)).toEqual(JSON.parse(iplan(['.', '--format', 'json'], { cwd: repo }).stdout));
  });

  it('imports a Word plan with `npx iplan import` (the importer bundle is shipped and found)', () => {
    const source = path.join(ROOT, 'test', 'fixtures', 'import', 'ocw-2025-2028-en.docx');
    const imported = npx(['import', source, '-o', 'ocw.iplan.md', '--locale', 'en']);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('check: 0 errors, 0 warnings');
    expect(readFileSync(path.join(repo, 'ocw.iplan.md'), 'utf8')).toMatch(/^---\niplan: "kwaliteitskader-2022"\nministerie: OCW\n/);
  });
});
