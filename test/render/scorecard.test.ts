import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../server/src/render';
import { framework, lintExample, renderExample } from './helpers';

const CRITERIA = framework.definition.criteria.map((c) => c.id);

/** Criteria that are not `pass`, per example; every other criterion must pass. */
const EXPECTED: Record<string, Record<string, 'error' | 'warning'>> = {
  'bzk-2026-2029.iplan.md': {},
  'ocw-2025-2028.iplan.md': {},
  'large-ienw-2026-2030.iplan.md': {},
  'defect-activities.iplan.md': { 'grote-activiteiten': 'error', landschapsimpact: 'error' },
  'defect-costs.iplan.md': { financien: 'error' },
  'defect-frontmatter.iplan.md': { vastlegging: 'error', planperiode: 'warning' },
  'defect-no-cost-table.iplan.md': { planperiode: 'error', financien: 'error' },
  'defect-no-frontmatter.iplan.md': { vastlegging: 'error', opbouw: 'error' },
  'defect-sections.iplan.md': { opbouw: 'error' },
  'defect-yaml.iplan.md': { vastlegging: 'error' },
};

describe('scorecard', () => {
  for (const [example, failing] of Object.entries(EXPECTED)) {
    it(`${example}: ${Object.keys(failing).length === 0 ? 'every criterion passes' : `fails ${Object.keys(failing).join(', ')}`}`, () => {
      const { $ } = renderExample(example);
      const rows = $('table.iplan-score-criteria tbody tr');
      expect(rows.map((_, row) => $(row).attr('data-criterion')).get()).toEqual(CRITERIA);
      for (const id of CRITERIA) {
        const row = $(`table.iplan-score-criteria tr[data-criterion="${id}"]`);
        expect(row.attr('data-outcome'), id).toBe(failing[id] ?? 'pass');
        // The outcome is written out, not only coloured.
        expect(row.find('.iplan-badge').text()).toBe(failing[id] === 'error' ? 'Fout' : failing[id] === 'warning' ? 'Waarschuwing' : 'In orde');
      }
    });
  }

  it('a clean plan has every framework section present and passing', () => {
    for (const example of ['bzk-2026-2029.iplan.md', 'ocw-2025-2028.iplan.md', 'large-ienw-2026-2030.iplan.md']) {
      const { $ } = renderExample(example);
      const rows = $('table.iplan-score-sections tbody tr');
      expect(rows.length).toBe(framework.definition.sections.length);
      rows.each((_, row) => {
        expect($(row).attr('data-status'), $(row).attr('data-section')).toBe('present');
        expect($(row).attr('data-outcome'), $(row).attr('data-section')).toBe('pass');
        // Each row links to its heading in the rendered plan and carries its source line.
        const href = $(row).find('a').attr('href')!;
        const target = $(href);
        expect(target.length, href).toBe(1);
        expect(/^h[1-6]$/.test(target.prop('tagName')!.toLowerCase())).toBe(true);
        expect(target.attr('data-line')).toBe($(row).attr('data-line'));
      });
    }
  });

  it('defect-sections: the missing, empty, misplaced and duplicated sections are marked', () => {
    const { $ } = renderExample('defect-sections.iplan.md');
    const row = (id: string) => $(`table.iplan-score-sections tr[data-section="${id}"]`);
    expect([row('levenscyclus').attr('data-status'), row('levenscyclus').attr('data-outcome')]).toEqual(['missing', 'error']);
    expect([row('beleidsprioriteiten').attr('data-status'), row('beleidsprioriteiten').attr('data-outcome')]).toEqual(['empty', 'error']);
    expect([row('vakmanschap').attr('data-status'), row('vakmanschap').attr('data-outcome')]).toEqual(['empty', 'error']);
    expect(row('terug-en-vooruitblik').attr('data-outcome')).toBe('warning');
    expect(row('risicos').attr('data-outcome')).toBe('warning');
    expect(row('samenvatting').attr('data-outcome')).toBe('pass');
    // The missing section links to the finding that says so (in the general list).
    const href = row('levenscyclus').find('a').attr('href')!;
    expect($(href).attr('data-rule')).toBe('section-missing');
    expect($(href).closest('.iplan-general').length).toBe(1);
  });

  it('every criterion row links to a place on the page and carries a source line', () => {
    for (const example of ['bzk-2026-2029.iplan.md', 'defect-no-frontmatter.iplan.md']) {
      const { $ } = renderExample(example);
      $('table.iplan-score-criteria tbody tr').each((_, row) => {
        const href = $(row).find('a').attr('href');
        expect(href, $(row).attr('data-criterion')).toMatch(/^#iplan-/);
        expect($(href!).length, href).toBe(1);
        expect(Number.isInteger(Number($(row).attr('data-line'))), $(row).attr('data-criterion')).toBe(true);
      });
    }
  });

  it('criteria rows link to the first finding of the criterion and carry its line', () => {
    const { $, findings } = renderExample('defect-costs.iplan.md');
    const row = $('tr[data-criterion="financien"]');
    const first = findings.find((f) => ['cost-year-missing', 'cost-year-outside-period', 'cost-table-mismatch', 'cost-total-mismatch'].includes(f.ruleId))!;
    const target = $(row.find('a').attr('href')!);
    expect(target.hasClass('iplan-finding')).toBe(true);
    expect(Number(target.attr('data-line'))).toBe(first.range.start.line);
    expect(Number(row.attr('data-line'))).toBe(first.range.start.line);
  });

  it('buildScorecard uses the rules’ criterion metadata', () => {
    const { plan, findings } = lintExample('defect-activities.iplan.md');
    const card = buildScorecard(plan, findings, framework);
    const large = card.criteria.find((c) => c.id === 'grote-activiteiten')!;
    expect(new Set(large.findings.map((f) => f.ruleId))).toEqual(new Set(['large-activity-dashboard', 'large-activity-acict', 'activity-undocumented']));
    // With other metadata, the same findings count elsewhere.
    const moved = buildScorecard(plan, findings, framework, [{ id: 'large-activity-dashboard', criterion: 'financien' }]);
    expect(moved.criteria.find((c) => c.id === 'financien')!.outcome).toBe('error');
    expect(moved.criteria.find((c) => c.id === 'grote-activiteiten')!.outcome).toBe('pass');
  });
});
