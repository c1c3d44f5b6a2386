import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { render, renderExample } from './helpers';

interface Bar {
  year: number;
  component: string;
  amount: number;
  x: number;
  y: number;
  height: number;
}

function bars($: CheerioAPI): Bar[] {
  return $('svg.iplan-chart rect[data-amount]')
    .map((_, rect) => ({
      year: Number($(rect).attr('data-year')),
      component: $(rect).attr('data-component')!,
      amount: Number($(rect).attr('data-amount')),
      x: Number($(rect).attr('x')),
      y: Number($(rect).attr('y')),
      height: Number($(rect).attr('height')),
    }))
    .get();
}

const plan = (costs: [number, number, number][]) => `---
iplan: kwaliteitskader-2022
ministerie: BZK
titel: Grafiektest
versie: "1.0"
status: concept
besluit_cio_stelsel: 2025
planperiode: { van: ${costs[0][0]}, tot: ${costs[costs.length - 1][0]} }
boekhoudstelsel: kas-verplichtingen
kosten:
${costs.map(([jaar, v, b]) => `  - { jaar: ${jaar}, vernieuwing: ${v}, beheer_en_onderhoud: ${b} }`).join('\n')}
doelstellingen: []
---

# Grafiektest
`;

describe('cost chart', () => {
  it('draws one stacked bar per plan year with heights proportional to the amounts', () => {
    const { $ } = renderExample('bzk-2026-2029.iplan.md');
    const all = bars($);
    expect(all.map((b) => `${b.year}:${b.component}`)).toEqual([
      '2026:renewal',
      '2026:maintenance',
      '2027:renewal',
      '2027:maintenance',
      '2028:renewal',
      '2028:maintenance',
      '2029:renewal',
      '2029:maintenance',
    ]);
    expect(all.map((b) => b.amount)).toEqual([14800000, 52300000, 17250000, 53100000, 13400000, 54650000, 9950000, 55200000]);
    // One scale for every bar: height / amount is the same (to the 0.01 px the SVG is rounded to).
    const scale = Number($('svg.iplan-chart').attr('data-scale'));
    for (const bar of all) expect(Math.abs(bar.height - bar.amount * scale), `${bar.year} ${bar.component}`).toBeLessThanOrEqual(0.01);
    const ratio = all[0].height / all[0].amount;
    for (const bar of all) expect(bar.height / bar.amount).toBeCloseTo(ratio, 9);
    // Stacked: maintenance sits on top of renewal, both on the same base line.
    for (const year of [2026, 2027, 2028, 2029]) {
      const renewal = all.find((b) => b.year === year && b.component === 'renewal')!;
      const maintenance = all.find((b) => b.year === year && b.component === 'maintenance')!;
      expect(maintenance.x).toBe(renewal.x);
      expect(maintenance.y + maintenance.height).toBeCloseTo(renewal.y, 1);
    }
    const base = all.map((b) => (b.component === 'renewal' ? b.y + b.height : undefined)).filter((v) => v !== undefined);
    expect(new Set(base.map((v) => v!.toFixed(1))).size).toBe(1);
  });

  it('labels values and totals, and has an axis, a title and a description', () => {
    const { $ } = renderExample('bzk-2026-2029.iplan.md');
    const svg = $('svg.iplan-chart');
    expect(svg.attr('role')).toBe('img');
    expect(svg.find('title').first().text()).toMatch(/vernieuwing/i);
    expect(svg.find('desc').text()).toContain('2026: vernieuwing € 14,8 mln, beheer en onderhoud € 52,3 mln, totaal € 67,1 mln.');
    const labelledBy = svg.attr('aria-labelledby')!.split(' ');
    for (const id of labelledBy) expect($(`#${id}`).length).toBe(1);
    expect(svg.find('.iplan-chart-total').map((_, t) => $(t).text()).get()).toEqual(['67,1', '70,4', '68,1', '65,2']);
    expect(svg.find('.iplan-chart-value').map((_, t) => $(t).text()).get()).toContain('14,8');
    expect(svg.find('.iplan-chart-axis').length).toBe(1);
    expect(svg.find('.iplan-chart-tick text').first().text()).toBe('0');
    // The same data as a table.
    const rows = $('table.iplan-cost-table tbody tr');
    expect(rows.first().find('td').map((_, td) => $(td).text()).get()).toEqual(['€ 14.800.000', '€ 52.300.000', '€ 67.100.000']);
    expect($('table.iplan-cost-table tfoot td').last().text()).toBe('€ 270.650.000');
  });

  it('keeps proportions for very different amounts and zero', () => {
    const { $ } = render(plan([
      [2026, 0, 1000],
      [2027, 250000000, 750000000],
      [2028, 1, 99999999],
    ]));
    const all = bars($);
    const scale = Number($('svg.iplan-chart').attr('data-scale'));
    const max = Number($('svg.iplan-chart').attr('data-max'));
    expect(max).toBe(1000000000);
    for (const bar of all) expect(Math.abs(bar.height - bar.amount * scale)).toBeLessThanOrEqual(0.01);
    const tallest = all.find((b) => b.year === 2027 && b.component === 'maintenance')!;
    const renewal2027 = all.find((b) => b.year === 2027 && b.component === 'renewal')!;
    expect(tallest.height / renewal2027.height).toBeCloseTo(3, 3);
  });

  it('marks a year without figures instead of drawing nothing silently', () => {
    const { $ } = renderExample('defect-costs.iplan.md');
    const totals = $('svg.iplan-chart .iplan-chart-year')
      .map((_, g) => `${$(g).attr('data-year')}=${$(g).find('.iplan-chart-total').text()}`)
      .get();
    expect(totals).toContain('2029=ontbreekt');
    expect(totals).toContain('2027=17,3 (onvolledig)');
  });

  it('falls back to the Financiën table when the front matter has no costs', () => {
    const { $ } = renderExample('defect-no-frontmatter.iplan.md');
    expect($('.iplan-part-costs .iplan-note').text()).toContain('kostentabel');
    expect(bars($).length).toBeGreaterThan(0);
  });
});
