import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/src/core';
import { renderExample } from './helpers';

const DEFECTS = [
  'defect-activities.iplan.md',
  'defect-costs.iplan.md',
  'defect-frontmatter.iplan.md',
  'defect-no-cost-table.iplan.md',
  'defect-no-frontmatter.iplan.md',
  'defect-sections.iplan.md',
  'defect-yaml.iplan.md',
];

const lineRange = (el: Cheerio<Element>) => [Number(el.attr('data-line')), Number(el.attr('data-line-end') ?? el.attr('data-line'))];

/** The block a finding sits beside: the row before its finding row, its list item, or the block before it. */
function targetOf(finding: Cheerio<Element>): Cheerio<Element> | undefined {
  const list = finding.parent();
  const row = list.closest('tr.iplan-finding-row');
  if (row.length) return row.prev('tr');
  const parent = list.parent();
  if (parent.is('li')) return parent;
  let previous = list.prev();
  if (previous.is('.iplan-table-wrap')) previous = previous.children('table');
  return previous.length ? previous : undefined;
}

function findingElement($: CheerioAPI, f: Finding): Cheerio<Element> {
  return $(`.iplan-finding[data-rule="${f.ruleId}"][data-line="${f.range.start.line}"]`);
}

describe('findings in place', () => {
  for (const example of DEFECTS) {
    it(`${example}: every finding is shown once, beside the block or item it concerns`, () => {
      const { $, findings, plan } = renderExample(example);
      expect($('.iplan-finding').length).toBe(findings.length);
      const bodyStart = plan.frontMatter ? plan.frontMatter.range.end.line + 1 : 0;
      for (const f of findings) {
        const shown = findingElement($, f);
        expect(shown.length, `${f.ruleId}@${f.range.start.line}`).toBeGreaterThanOrEqual(1);
        const line = f.range.start.line;
        if (line === 0) {
          // Document-level: the general list at the top.
          expect(shown.closest('.iplan-general').length).toBe(1);
        } else if (line >= bodyStart) {
          // In the plan text, beside the block whose source lines hold the finding's line.
          expect(shown.closest('.iplan-markdown').length, `${f.ruleId}@${line}`).toBe(1);
          const target = targetOf(shown.first())!;
          expect(target, `${f.ruleId}@${line}`).toBeDefined();
          const [start, end] = lineRange(target);
          expect(start, `${f.ruleId}@${line} beside ${target.prop('tagName')}`).toBeLessThanOrEqual(line);
          expect(end, `${f.ruleId}@${line} beside ${target.prop('tagName')}`).toBeGreaterThanOrEqual(line);
        } else {
          // Front matter: next to the item it is about, never inside the plan text.
          expect(shown.closest('.iplan-markdown').length).toBe(0);
          const owner = shown.closest('.iplan-meta > div, .iplan-card, .iplan-part-costs, .iplan-general, .iplan-header');
          const row = shown.closest('tr.iplan-finding-row').prev('tr[data-activity]');
          expect(owner.length + row.length, `${f.ruleId}@${line}`).toBeGreaterThan(0);
        }
      }
    });
  }

  it('a cost-table cell finding follows its table row, which is marked', () => {
    const { $, findings } = renderExample('defect-costs.iplan.md');
    const mismatch = findings.find((f) => f.ruleId === 'cost-table-mismatch')!;
    const shown = findingElement($, mismatch);
    const row = shown.closest('tr.iplan-finding-row').prev('tr');
    expect(row.find('td').first().text()).toBe('2026');
    expect(row.hasClass('iplan-has-error')).toBe(true);
    expect(shown.find('.iplan-msg').text()).toContain('14.200.000');
    // The related front-matter place is named with its line.
    expect(shown.find('.iplan-related').text()).toMatch(/regel \d+/);
  });

  it('front-matter findings sit beside their header item, portfolio row or landscape card', () => {
    const fm = renderExample('defect-frontmatter.iplan.md');
    const ministry = fm.findings.find((f) => f.ruleId === 'frontmatter-schema' && f.message.en.includes('ministerie'))!;
    expect(findingElement(fm.$, ministry).closest('#iplan-fm-ministerie').length).toBe(1);
    const period = fm.findings.find((f) => f.ruleId === 'period-length')!;
    expect(findingElement(fm.$, period).closest('#iplan-fm-planperiode').length).toBe(1);

    const act = renderExample('defect-activities.iplan.md');
    const acict = act.findings.find((f) => f.ruleId === 'large-activity-acict')!;
    const row = findingElement(act.$, acict).closest('tr.iplan-finding-row').prev('tr');
    expect(row.attr('data-activity')).toBe('1');
    expect(row.find('td').eq(1).text()).toContain('Vervanging zaaksysteem kerndepartement');
    expect(row.find('.iplan-missing').length).toBe(1);
    const impact = act.findings.find((f) => f.ruleId === 'landscape-impact-missing')!;
    const card = findingElement(act.$, impact).closest('.iplan-card');
    expect(card.attr('data-item')).toBe('doelstellingen/3');
    expect(card.closest('.iplan-level').attr('data-level')).toBe('unknown');

    const costs = renderExample('defect-costs.iplan.md');
    for (const f of costs.findings.filter((x) => x.ruleId === 'cost-year-missing' || x.ruleId === 'cost-year-outside-period')) {
      expect(findingElement(costs.$, f).closest('.iplan-part-costs').length).toBe(1);
    }
  });

  it('a section finding follows its heading; the heading is marked', () => {
    const { $, findings } = renderExample('defect-sections.iplan.md');
    const empty = findings.find((f) => f.ruleId === 'section-empty')!;
    const heading = findingElement($, empty).parent().prev();
    expect(heading.is('h2')).toBe(true);
    expect(Number(heading.attr('data-line'))).toBe(empty.range.start.line);
    expect(heading.hasClass('iplan-has-error')).toBe(true);
  });

  it('each finding names its severity, its rule with the docs link, and its line', () => {
    const { $, findings } = renderExample('defect-no-frontmatter.iplan.md');
    const placeholder = findings.find((f) => f.ruleId === 'placeholder')!;
    const shown = findingElement($, placeholder);
    expect(shown.find('.iplan-sev').text()).toBe('Waarschuwing');
    expect(shown.find('a.iplan-rule').attr('href')).toBe('https://example.org/rules#placeholder');
    expect(shown.find('.iplan-where').text()).toContain(`regel ${placeholder.range.start.line + 1}`);
    expect(shown.find('.iplan-msg').text()).toBe(placeholder.message.nl.replace(/`/g, ''));
    const en = renderExample('defect-no-frontmatter.iplan.md', { locale: 'en' });
    const shownEn = findingElement(en.$, placeholder);
    expect(shownEn.find('.iplan-sev').text()).toBe('Warning');
    expect(shownEn.find('.iplan-msg').text()).toBe(placeholder.message.en.replace(/`/g, ''));
  });

  it('every data-line is a real line of the plan and blocks carry their lines', () => {
    const { $, plan } = renderExample('bzk-2026-2029.iplan.md');
    const lines = $('[data-line]')
      .map((_, el) => Number($(el).attr('data-line')))
      .get();
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(line >= 0 && line < plan.lines.lineCount).toBe(true);
    // Headings of the plan text: data-line is the heading's own line.
    for (const heading of plan.headings) {
      const el = $(`.iplan-markdown [data-line="${heading.range.start.line}"]`).filter((_, e) => /^h[1-6]$/.test(e.tagName));
      expect(el.text(), heading.text).toBe(heading.text);
    }
  });
});
