import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { html } from '../../server/src/cli/formatters/html';
import { formatters } from '../../server/src/cli/formatters';
import type { FormatContext, ReportPlan } from '../../server/src/cli/results';
import { toLintResult } from '../../server/src/cli/toResults';
import { tooLargeFinding } from '../../server/src/core';
import { framework, lintExample, ROOT } from './helpers';

function report(names: string[], extra: { tooLarge?: boolean } = {}) {
  const plans = new Map<string, ReportPlan>();
  const results = names.map((name) => {
    const file = path.join(ROOT, 'examples', name);
    const { plan, findings } = lintExample(name);
    plans.set(file, { plan, framework });
    return toLintResult(file, findings, 'nl');
  });
  if (extra.tooLarge) results.push(toLintResult(path.join(ROOT, 'examples', 'huge.iplan.md'), [tooLargeFinding(9e6, 5e6)], 'nl'));
  const context: FormatContext = {
    cwd: ROOT,
    locale: 'nl',
    rules: [
      { id: 'cost-table-mismatch', defaultSeverity: 'error', criterion: 'financien', description: { nl: '', en: '' }, rationale: { nl: '', en: '' }, helpUri: 'file:///docs/rules.md#cost-table-mismatch' },
    ],
    toolVersion: '9.9.9',
    plans,
  };
  const out = html(results, context);
  return { out, $: load(out) };
}

describe('--format html', () => {
  it('is registered', () => {
    expect(formatters.html).toBe(html);
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
    expect(rows.eq(1).find('[data-criterion="financien"]').attr('data-outcome')).toBe('error');
    expect(rows.eq(1).find('[data-criterion="opbouw"]').attr('data-outcome')).toBe('pass');
    expect(cells(2)[1]).toBe('—');
    expect(cells(2)[4]).toContain('Onderdelen 12/13');
    // The file links to its section.
    expect($(rows.eq(1).find('a').attr('href')!).find('.iplan-title').text()).toBe('Meerjarig informatieplan BZK 2026–2029');
    // Docs links come from the rule descriptors.
    expect($('.iplan-finding[data-rule="cost-table-mismatch"] a.iplan-rule').attr('href')).toBe('file:///docs/rules.md#cost-table-mismatch');
  });

  it('shows a file it could not read with its findings only', () => {
    const { $ } = report(['bzk-2026-2029.iplan.md'], { tooLarge: true });
    const last = $('article.iplan-plan').last();
    expect(last.find('.iplan-title').text()).toBe('huge.iplan.md');
    expect(last.find('.iplan-finding').attr('data-rule')).toBe('file-too-large');
    expect(last.find('.iplan-part-scorecard').length).toBe(0);
  });
});
