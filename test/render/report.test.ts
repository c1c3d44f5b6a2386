import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../server/src/cli/formatters';
import { formatNames, htmlReport, isFormat } from '../../server/src/cli/report';
import { tooLargeFinding } from '../../server/src/core';
import { PUBLIC_RULE_DOCS, ruleDescriptors, type RuleDescriptor } from '../../server/src/node/ruleDocs';
import type { ReportEntry } from '../../server/src/render';
import { framework, lintExample } from './helpers';

const RULES: RuleDescriptor[] = [
  { id: 'cost-table-mismatch', defaultSeverity: 'error', criterion: 'financien', description: { nl: '', en: '' }, rationale: { nl: '', en: '' }, helpUri: 'https://example.org/rules#cost-table-mismatch' },
];

function report(names: string[], extra: { tooLarge?: boolean; locale?: 'nl' | 'en'; rules?: RuleDescriptor[] } = {}) {
  const entries: ReportEntry[] = names.map((name) => {
    const { plan, findings } = lintExample(name);
    return { file: `examples/${name}`, findings, plan, framework };
  });
  if (extra.tooLarge) entries.push({ file: 'examples/huge.iplan.md', findings: [tooLargeFinding(9e6, 5e6)] });
  const out = htmlReport(entries, { locale: extra.locale ?? 'nl', rules: extra.rules ?? RULES, toolVersion: '9.9.9' });
  return { out, $: load(out), entries };
}

describe('--format html', () => {
  it('is a format of the CLI but not a formatter of results', () => {
    expect(isFormat('html')).toBe(true);
    expect(formatNames()).toContain('html');
    expect(Object.keys(formatters)).not.toContain('html');
    // Names of Object.prototype members are no format.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(isFormat(name), name).toBe(false);
  });

  it('is one self-contained page: inline style allowed by hash, no script, nothing external', () => {
    const { out, $ } = report(['bzk-2026-2029.iplan.md', 'defect-costs.iplan.md']);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    const css = $('style').html()!;
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
      `default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`,
    );
    expect($('script').length).toBe(0);
    expect($('link, img, iframe, object, embed').length).toBe(0);
    expect($('[src]').length).toBe(0);
    // Each plan in its own section, with ids that do not collide.
    expect($('article.iplan-plan').length).toBe(2);
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    for (const href of $('a[href^="#"]').map((_, a) => $(a).attr('href')).get()) expect($(href).length, href).toBe(1);
  });

  it('has an overview row per plan with ministry, counts and the scorecard at a glance', () => {
    const { $ } = report(['bzk-2026-2029.iplan.md', 'defect-costs.iplan.md', 'defect-no-frontmatter.iplan.md']);
    const rows = $('table.iplan-overview-table tbody tr');
    expect(rows.length).toBe(3);
    const cells = (i: number) => rows.eq(i).children().map((_, c) => $(c).text().trim()).get();
    expect(cells(0).slice(0, 4)).toEqual(['examples/bzk-2026-2029.iplan.md', 'BZK', '0', '0']);
    expect(cells(1).slice(0, 4)).toEqual(['examples/defect-costs.iplan.md', 'BZK', '5', '0']);
    expect(rows.eq(0).find('td span[title]').first().attr('title')).toBe('Binnenlandse Zaken en Koninkrijksrelaties');
    expect(rows.eq(1).find('[data-criterion="financien"]').attr('data-outcome')).toBe('error');
    expect(rows.eq(1).find('[data-criterion="opbouw"]').attr('data-outcome')).toBe('pass');
    expect(cells(2)[1]).toBe('—');
    expect(cells(2)[4]).toContain('Onderdelen 12/13');
    // The file links to its section.
    expect($(rows.eq(1).find('a').attr('href')!).find('.iplan-title').text()).toBe('Meerjarig informatieplan BZK 2026–2029');
    // Docs links come from the rule descriptors.
    expect($('.iplan-finding[data-rule="cost-table-mismatch"] a.iplan-rule').attr('href')).toBe('https://example.org/rules#cost-table-mismatch');
  });

  it('shows the findings as the core gave them, in the language of the run', () => {
    for (const locale of ['nl', 'en'] as const) {
      const { $, entries } = report(['defect-costs.iplan.md'], { locale });
      const messages = $('.iplan-finding .iplan-msg').map((_, m) => $(m).text()).get().sort();
      expect(messages).toEqual(entries[0].findings.map((f) => f.message[locale].replace(/`/g, '')).sort());
      expect($('html').attr('lang')).toBe(locale);
    }
  });

  it('links each rule to its published documentation, never to a file on the machine that made it', () => {
    const { out, $ } = report(['defect-costs.iplan.md', 'defect-activities.iplan.md'], { rules: ruleDescriptors(framework) });
    const links = $('a.iplan-rule').map((_, a) => $(a).attr('href')).get();
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toMatch(new RegExp(`^${PUBLIC_RULE_DOCS.replace(/[.]/g, '\\.')}#[a-z-]+$`));
    expect(out).not.toContain('file:');
    expect(out).not.toContain(path.resolve(__dirname, '..', '..'));
  });

  it('shows a file it could not read with its findings only', () => {
    const { $ } = report(['bzk-2026-2029.iplan.md'], { tooLarge: true });
    const last = $('article.iplan-plan').last();
    expect(last.find('.iplan-title').text()).toBe('huge.iplan.md');
    expect(last.find('.iplan-finding').attr('data-rule')).toBe('file-too-large');
    expect(last.find('.iplan-part-scorecard').length).toBe(0);
  });
});
