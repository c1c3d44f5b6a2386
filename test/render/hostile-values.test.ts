/**
 * Plan values that name members of Object.prototype (`status: constructor`, `acict: toString`,
 * …) once crashed the report and the preview: the renderer looked plan text up in plain objects.
 * Every value is now shown as written, with the schema's finding beside it, and one such plan
 * does not stop a run of several.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../server/src/render';
import { iplan } from '../cli/run';
import { CLEAN } from '../helpers/plans';
import { framework, lintExample, render, renderPreviewPage } from './helpers';

const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];

/** Each variant puts a prototype name where the plan's own text is looked up. */
const VARIANTS: { where: string; edit: (name: string) => string; shownIn: string }[] = [
  { where: 'status', edit: (n) => CLEAN.replace('status: concept', `status: ${n}`), shownIn: '#iplan-fm-status' },
  { where: 'ministerie', edit: (n) => CLEAN.replace('ministerie: BZK', `ministerie: ${n}`), shownIn: '#iplan-fm-ministerie' },
  { where: 'boekhoudstelsel', edit: (n) => CLEAN.replace('boekhoudstelsel: kas-verplichtingen', `boekhoudstelsel: ${n}`), shownIn: '#iplan-fm-boekhoudstelsel' },
  { where: 'acict', edit: (n) => CLEAN.replace('acict: gemeld', `acict: ${n}`), shownIn: '.iplan-portfolio tr[data-activity="0"]' },
  { where: 'activity status', edit: (n) => CLEAN.replace('    totale_kosten: 3900000\n', `    totale_kosten: 3900000\n    status: ${n}\n`), shownIn: '.iplan-portfolio tr[data-activity="1"]' },
  { where: 'niveau', edit: (n) => CLEAN.replace('niveau: hoog', `niveau: ${n}`), shownIn: '.iplan-part-landscape' },
  { where: 'thema', edit: (n) => CLEAN.replace('thema: Digitale weerbaarheid', `thema: ${n}`), shownIn: '.iplan-part-landscape' },
];

describe('values that name Object.prototype members', () => {
  for (const variant of VARIANTS) {
    it(`${variant.where}: a frontmatter-schema finding and a page, in the report and the preview`, () => {
      for (const name of NAMES) {
        const text = variant.edit(name);
        expect(text, `${variant.where} edited`).not.toBe(CLEAN);
        const report = render(text, { locale: 'en' });
        expect(report.findings.some((f) => f.ruleId === 'frontmatter-schema'), `${variant.where}: ${name}`).toBe(true);
        expect(report.$('.iplan-finding[data-rule="frontmatter-schema"]').length, `${variant.where}: ${name}`).toBeGreaterThan(0);
        expect(report.$('article.iplan-plan').length).toBe(1);
        const page = renderPreviewPage(text, { nonce: 'cHJvdG8tdGVzdC1ub25jZS0x', locale: 'nl' });
        expect(page.$('#iplan-root article.iplan-plan').length).toBe(1);
        // Where the value is shown, it is the value as written, never a function's source.
        for (const $ of [report.$, page.$]) {
          if (!['niveau', 'thema'].includes(variant.where)) expect($(variant.shownIn).text(), `${variant.where}: ${name}`).toContain(name);
          expect($('article').text()).not.toMatch(/\[native code\]|\bundefined\b|\[object Object\]/);
        }
      }
    });
  }

  it('the report of several plans shows every plan when one of them is hostile', () => {
    const good = lintExample('bzk-2026-2029.iplan.md');
    const bad = render(CLEAN.replace('status: concept', 'status: constructor').replace('acict: gemeld', 'acict: toString'));
    const $ = load(
      renderReport(
        [
          { file: 'bad.iplan.md', findings: bad.findings, plan: bad.plan, framework },
          { file: 'good.iplan.md', findings: good.findings, plan: good.plan, framework },
        ],
        { locale: 'nl', toolVersion: 'test' },
      ),
    );
    expect($('article.iplan-plan').length).toBe(2);
    expect($('table.iplan-overview-table tbody tr').length).toBe(2);
  });
});

describe('the CLI with a hostile plan among others', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'iplan-proto-'));
    writeFileSync(path.join(folder, 'a-status.iplan.md'), CLEAN.replace('status: concept', 'status: constructor'));
    writeFileSync(path.join(folder, 'b-acict.iplan.md'), CLEAN.replace('acict: gemeld', 'acict: toString'));
    writeFileSync(path.join(folder, 'c-ministerie.iplan.md'), CLEAN.replace('ministerie: BZK', 'ministerie: __proto__'));
    writeFileSync(path.join(folder, 'd-clean.iplan.md'), CLEAN);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the HTML report and the reports after it, with exit 1 for the findings', () => {
    const run = iplan([folder, '--format', 'html:report.html', '--format', 'json:report.json', '--format', 'stylish'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const $ = load(readFileSync(path.join(folder, 'report.html'), 'utf8'));
    expect($('article.iplan-plan').length).toBe(4);
    expect($('table.iplan-overview-table tbody th').map((_, th) => $(th).text()).get()).toEqual(['a-status.iplan.md', 'b-acict.iplan.md', 'c-ministerie.iplan.md', 'd-clean.iplan.md']);
    const json = JSON.parse(readFileSync(path.join(folder, 'report.json'), 'utf8')) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(json.map((r) => path.basename(r.filePath))).toEqual(['a-status.iplan.md', 'b-acict.iplan.md', 'c-ministerie.iplan.md', 'd-clean.iplan.md']);
    for (const result of json.slice(0, 3)) expect(result.messages.map((m) => m.ruleId)).toContain('frontmatter-schema');
    expect(json[3].messages).toEqual([]);
    expect(run.stdout).toContain('frontmatter-schema');
  });
});
