// The catalogue as a whole: the 22 rule ids of docs/format.md §7, each documented in both languages and
// each firing with a message in Dutch and in English.
import { describe, expect, it } from 'vitest';
import { rules } from '../../../server/src/core';
import { appendToSection, CLEAN, framework, lint, removeLine, replace, setSection, without } from '../../helpers/plans';

const BODY = CLEAN.slice(CLEAN.indexOf('# Testplan'));

/** For every rule of the catalogue (docs/format.md §7): a plan on which it fires. */
const DEFECTS: Record<string, string> = {
  'frontmatter-missing': BODY,
  'frontmatter-syntax': replace(CLEAN, 'ministerie: BZK', 'ministerie: [BZK'),
  'frontmatter-schema': replace(CLEAN, 'ministerie: BZK', 'ministerie: BKZ'),
  'frontmatter-unknown-key': replace(CLEAN, 'status: concept', 'status: concept\nkenmerk: 2025-0001234'),
  'period-invalid': replace(CLEAN, 'tot: 2028', 'tot: 2024'),
  'period-length': replace(CLEAN, 'tot: 2028', 'tot: 2031'),
  'ministry-outside-period': replace(CLEAN, 'ministerie: BZK', 'ministerie: EZK'),
  'section-missing': without(CLEAN, 'Financiën'),
  'section-empty': setSection(CLEAN, 'Samenvatting', ''),
  'section-duplicate': appendToSection(CLEAN, 'Sturing', '## Samenvatting\n\nNog eens.'),
  'section-order': replace(without(CLEAN, 'Sturing'), '## 1. Samenvatting', '## Sturing\n\nTekst.\n\n## 1. Samenvatting'),
  placeholder: appendToSection(CLEAN, 'Samenvatting', 'TODO'),
  'cost-year-missing': removeLine(CLEAN, 'beheer_en_onderhoud: 2000000', 'jaar: 2027'),
  'cost-year-outside-period': replace(CLEAN, 'jaar: 2028', 'jaar: 2030'),
  'cost-table-missing': setSection(CLEAN, 'Financiën', 'Zie bijlage.'),
  'cost-table-mismatch': replace(CLEAN, 'vernieuwing: 1500000', 'vernieuwing: 1600000'),
  'cost-total-mismatch': replace(CLEAN, '6.500.000 | 9.500.000 |', '6.500.000 | 9.400.000 |'),
  'large-activity-dashboard': removeLine(CLEAN, 'dashboard_nummer'),
  'large-activity-acict': removeLine(CLEAN, 'acict: gemeld'),
  'landscape-impact-missing': replace(CLEAN, '    landschapsimpact:\n      niveau: geen\n', ''),
  'landscape-impact-incomplete': removeLine(CLEAN, 'maatregelen: Gefaseerde migratie.'),
  'activity-undocumented': replace(CLEAN, 'Activiteit A1 staat', 'Activiteit A10 staat'),
};
const IDS = Object.keys(DEFECTS);
/** Rules the framework switches off; their default severity is the one they report with once switched on. */
const OFF_BY_DEFAULT = new Set(['frontmatter-unknown-key']);
const frameworkSeverity = (id: string) => framework.definition.rules[id].severity;

describe('the rule catalogue', () => {
  it('has the 22 stable ids of the catalogue (and unused-disable)', () => {
    expect(IDS).toHaveLength(22);
    expect(rules.map((r) => r.id).filter((id) => id !== 'unused-disable').sort()).toEqual([...IDS].sort());
  });

  it('gives every rule a default severity matching the framework, and metadata in both languages', () => {
    for (const rule of rules.filter((r) => IDS.includes(r.id))) {
      expect(framework.definition.rules[rule.id]?.severity, rule.id).toBe(OFF_BY_DEFAULT.has(rule.id) ? 'off' : rule.defaultSeverity);
      expect(framework.definition.criteria.map((c) => c.id), rule.id).toContain(rule.criterion);
      for (const text of [rule.description, rule.rationale]) {
        expect(text.nl.trim(), rule.id).not.toBe('');
        expect(text.en.trim(), rule.id).not.toBe('');
        expect(text.nl, rule.id).not.toBe(text.en);
      }
    }
  });

  it.each(IDS)('%s fires with a message in Dutch and in English', (id) => {
    const switchedOn = OFF_BY_DEFAULT.has(id) ? { rules: { [id]: rules.find((r) => r.id === id)!.defaultSeverity } } : {};
    if (OFF_BY_DEFAULT.has(id)) expect(lint(DEFECTS[id]).filter((f) => f.ruleId === id)).toEqual([]);
    const findings = lint(DEFECTS[id], switchedOn).filter((f) => f.ruleId === id);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.message.nl.trim()).not.toBe('');
      expect(finding.message.en.trim()).not.toBe('');
      expect(finding.message.nl).not.toBe(finding.message.en);
      expect(finding.severity).toBe(OFF_BY_DEFAULT.has(id) ? rules.find((r) => r.id === id)!.defaultSeverity : frameworkSeverity(id));
      for (const related of finding.related ?? []) {
        expect(related.message.nl.trim()).not.toBe('');
        expect(related.message.en.trim()).not.toBe('');
      }
      if (finding.fix) {
        expect(finding.fix.title.nl.trim()).not.toBe('');
        expect(finding.fix.title.en.trim()).not.toBe('');
        expect(finding.fix.edits.length).toBeGreaterThan(0);
      }
    }
  });
});
