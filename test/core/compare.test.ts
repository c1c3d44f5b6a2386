// comparePlans: crafted pairs of versions, each with one kind of change, and exactly what the
// comparison names for it (and that it names nothing else).
import { describe, expect, it } from 'vitest';
import { comparePlans, hasChanges, type Comparison } from '../../server/src/core/review/compare';
import { CLEAN, framework, lintOutcome, replace, setSection, without } from '../helpers/plans';

function compare(before: string, after: string): Comparison {
  const version = (file: string, text: string) => {
    const { plan, findings } = lintOutcome(text);
    return { file, plan, findings };
  };
  return comparePlans(version('old.iplan.md', before), version('new.iplan.md', after));
}

const SECTION_IDS = ['preamble', ...framework.definition.sections.map((s) => s.id)];

const NO_ITEM_CHANGES = { added: [], removed: [], changed: [] };

/** The sections that changed, as `id change +added −removed`. */
const touched = (comparison: Comparison) =>
  comparison.sections.filter((s) => s.change !== 'unchanged').map((s) => `${s.id} ${s.change} +${s.linesAdded} −${s.linesRemoved}`);

const findingIds = (comparison: Comparison) => ({
  fixed: comparison.findings.fixed.map((f) => f.ruleId),
  new: comparison.findings.new.map((f) => f.ruleId),
});

describe('comparePlans', () => {
  it('finds nothing between a plan and itself: empty lists, every section unchanged', () => {
    const comparison = compare(CLEAN, CLEAN);
    expect(comparison).toEqual({
      old: { file: 'old.iplan.md', versie: '1.0', status: 'concept' },
      new: { file: 'new.iplan.md', versie: '1.0', status: 'concept' },
      period: null,
      costs: [],
      activities: NO_ITEM_CHANGES,
      objectives: NO_ITEM_CHANGES,
      sections: SECTION_IDS.map((id) => expect.objectContaining({ id, change: 'unchanged', linesAdded: 0, linesRemoved: 0, hunks: [] })),
      findings: { fixed: [], new: [] },
    });
    expect(comparison.sections.map((s) => s.title)).toEqual(['Testplan BZK', '1. Samenvatting', ...comparison.sections.slice(2).map((s) => s.title)]);
    expect(hasChanges(comparison)).toBe(false);
  });

  it('treats line endings as the same text', () => {
    expect(hasChanges(compare(CLEAN, CLEAN.replace(/\n/g, '\r\n')))).toBe(false);
  });

  it('names the version and status of each side', () => {
    const comparison = compare(CLEAN, replace(replace(CLEAN, 'versie: "1.0"', 'versie: "1.1"'), 'status: concept', 'status: vastgesteld\nvastgesteld_op: 2026-01-15'));
    expect(comparison.old).toEqual({ file: 'old.iplan.md', versie: '1.0', status: 'concept' });
    expect(comparison.new).toEqual({ file: 'new.iplan.md', versie: '1.1', status: 'vastgesteld' });
  });

  it('names a changed plan period, and only that', () => {
    const after = replace(CLEAN, '  van: 2026\n  tot: 2028', '  van: 2027\n  tot: 2028');
    const comparison = compare(CLEAN, after);
    expect(comparison.period).toEqual({ old: { van: 2026, tot: 2028 }, new: { van: 2027, tot: 2028 } });
    expect(comparison.costs).toEqual([]);
    expect(comparison.activities).toEqual(NO_ITEM_CHANGES);
    expect(touched(comparison)).toEqual([]);
    // Two years are too short a period, and the 2026 costs now lie outside it.
    expect(findingIds(comparison)).toEqual({ fixed: [], new: ['period-length', 'cost-year-outside-period'] });
  });

  it('names each changed cost amount once, with old, new and delta', () => {
    const after = replace(CLEAN, '    vernieuwing: 1500000', '    vernieuwing: 1250000');
    expect(compare(CLEAN, after).costs).toEqual([{ jaar: 2027, component: 'vernieuwing', old: 1500000, new: 1250000, delta: -250000 }]);
  });

  it('names a year added to the costs with null for the old amounts', () => {
    const after = replace(CLEAN, '    beheer_en_onderhoud: 2500000\n', '    beheer_en_onderhoud: 2500000\n  - jaar: 2029\n    vernieuwing: 0\n    beheer_en_onderhoud: 2600000\n');
    expect(compare(CLEAN, after).costs).toEqual([
      { jaar: 2029, component: 'vernieuwing', old: null, new: 0, delta: 0 },
      { jaar: 2029, component: 'beheer_en_onderhoud', old: null, new: 2600000, delta: 2600000 },
    ]);
  });

  it('names an activity added and one removed by id, name and total cost', () => {
    const added = replace(
      CLEAN,
      'activiteiten:\n',
      'activiteiten:\n  - id: A0\n    naam: Nieuw portaal\n    totale_kosten: 250000\n    landschapsimpact:\n      niveau: geen\n',
    );
    const removed = replace(added, '  - id: A2\n    naam: Inrichting e-depot\n    totale_kosten: 3900000\n', '  - id: A9\n    naam: Inrichting e-depot\n    totale_kosten: 3900000\n');
    const comparison = compare(CLEAN, removed);
    expect(comparison.activities).toEqual({
      added: [
        { id: 'A0', naam: 'Nieuw portaal', totale_kosten: 250000 },
        { id: 'A9', naam: 'Inrichting e-depot', totale_kosten: 3900000 },
      ],
      removed: [{ id: 'A2', naam: 'Inrichting e-depot', totale_kosten: 3900000 }],
      changed: [],
    });
    expect(comparison.objectives).toEqual(NO_ITEM_CHANGES);
  });

  it('names each changed field of an activity once', () => {
    let after = replace(CLEAN, '    naam: Vervanging zaaksysteem', '    naam: Vervanging zaaksysteem en DMS');
    after = replace(after, '    totale_kosten: 7400000', '    totale_kosten: 8000000\n    status: in-uitvoering');
    after = replace(after, '    dashboard_nummer: BZK-0042', '    dashboard_nummer: BZK-0043');
    after = replace(after, '    acict: gemeld', '    acict: getoetst');
    after = replace(after, '      niveau: hoog\n', '      niveau: midden\n');
    expect(compare(CLEAN, after).activities).toEqual({
      added: [],
      removed: [],
      changed: [
        { id: 'A1', field: 'naam', old: 'Vervanging zaaksysteem', new: 'Vervanging zaaksysteem en DMS' },
        { id: 'A1', field: 'totale_kosten', old: 7400000, new: 8000000 },
        { id: 'A1', field: 'status', old: null, new: 'in-uitvoering' },
        { id: 'A1', field: 'dashboard_nummer', old: 'BZK-0042', new: 'BZK-0043' },
        { id: 'A1', field: 'acict', old: 'gemeld', new: 'getoetst' },
        {
          id: 'A1',
          field: 'landschapsimpact',
          old: { niveau: 'hoog', systemen: ['Zaaksysteem'], gegevens: ['Zaakdossiers'], maatregelen: 'Gefaseerde migratie.' },
          new: { niveau: 'midden', systemen: ['Zaaksysteem'], gegevens: ['Zaakdossiers'], maatregelen: 'Gefaseerde migratie.' },
        },
      ],
    });
  });

  it('names objectives added, removed and changed the same way', () => {
    let after = replace(CLEAN, '    titel: Vakkundig personeel', '    titel: Vakkundig en divers personeel');
    after = replace(after, '  - id: D1\n    titel: Weerbare organisatie\n    thema: Digitale weerbaarheid', '  - id: D3\n    titel: Weerbare organisatie\n    thema: ICT-landschap');
    const comparison = compare(CLEAN, after);
    expect(comparison.objectives).toEqual({
      added: [{ id: 'D3', titel: 'Weerbare organisatie', thema: 'ICT-landschap' }],
      removed: [{ id: 'D1', titel: 'Weerbare organisatie', thema: 'Digitale weerbaarheid' }],
      changed: [{ id: 'D2', field: 'titel', old: 'Vakkundig personeel', new: 'Vakkundig en divers personeel' }],
    });
    expect(comparison.activities).toEqual(NO_ITEM_CHANGES);
  });

  it('names sections changed, added and removed with the lines added and removed', () => {
    let after = setSection(CLEAN, '11. I-vakmanschap', 'We werven dertig vaste medewerkers.\n\nEen traineeprogramma start in 2027.');
    after = without(after, '10. Levenscyclusmanagement');
    after = replace(after, '## 13. Sturing en CIO-stelsel', '## Bijlage: afkortingen\n\nBIO: Baseline Informatiebeveiliging Overheid.\n\n## 13. Sturing en CIO-stelsel');
    const comparison = compare(CLEAN, after);
    expect(touched(comparison)).toEqual(['levenscyclus removed +0 −3', 'vakmanschap changed +3 −1', 'extra:bijlage-afkortingen added +3 −0']);
    // A removed section stands where it stood: after the one before it.
    expect(comparison.sections.map((s) => s.id).slice(9, 14)).toEqual(['informatiehuishouding', 'levenscyclus', 'vakmanschap', 'risicos', 'extra:bijlage-afkortingen']);
    const vakmanschap = comparison.sections.find((s) => s.id === 'vakmanschap')!;
    expect(vakmanschap.hunks).toEqual([
      {
        oldStart: vakmanschap.hunks[0].oldStart,
        oldLines: 3,
        newStart: vakmanschap.hunks[0].oldStart - 4,
        newLines: 5,
        lines: [
          { kind: 'context', text: '## 11. I-vakmanschap' },
          { kind: 'context', text: '' },
          { kind: 'removed', text: 'We werven twintig vaste medewerkers.' },
          { kind: 'added', text: 'We werven dertig vaste medewerkers.' },
          { kind: 'added', text: '' },
          { kind: 'added', text: 'Een traineeprogramma start in 2027.' },
        ],
      },
    ]);
    // Numbered as lines of the files: the heading is where the file has it.
    expect(CLEAN.split('\n')[vakmanschap.hunks[0].oldStart - 1]).toBe('## 11. I-vakmanschap');
    expect(after.split('\n')[vakmanschap.hunks[0].newStart - 1]).toBe('## 11. I-vakmanschap');
    expect(findingIds(comparison)).toEqual({ fixed: [], new: ['section-missing'] });
  });

  it('matches a section by its framework meaning, so a reworded heading is a changed line', () => {
    const after = replace(CLEAN, '## 12. Risico\'s en randvoorwaarden', '## 12. Risico’s en randvoorwaarden');
    expect(touched(compare(CLEAN, after))).toEqual(['risicos changed +1 −1']);
  });

  it('names findings fixed and new', () => {
    const before = replace(CLEAN, 'We werven twintig vaste medewerkers.', 'We werven TODO vaste medewerkers.');
    const after = replace(CLEAN, 'De CIO stuurt', 'De CIO (XXX) stuurt');
    const comparison = compare(before, after);
    expect(comparison.findings.fixed.map((f) => [f.ruleId, f.message.en])).toEqual([['placeholder', expect.stringContaining('‘TODO’')]]);
    expect(comparison.findings.new.map((f) => [f.ruleId, f.message.en])).toEqual([['placeholder', expect.stringContaining('‘XXX’')]]);
  });

  it('does not count a finding that moved down with its paragraph as fixed and new', () => {
    const before = replace(CLEAN, 'We werven twintig vaste medewerkers.', 'We werven TODO vaste medewerkers.');
    const after = setSection(before, '1. Samenvatting', 'Het ministerie vernieuwt in drie jaar zijn zaaksysteem.\n\nHet versterkt ook zijn weerbaarheid.\n\nEn het leidt mensen op.');
    const comparison = compare(before, after);
    expect(comparison.findings).toEqual({ fixed: [], new: [] });
    expect(touched(comparison)).toEqual(['samenvatting changed +5 −1']);
  });

  it('does not count the findings of an activity as fixed and new when another is inserted above it', () => {
    const before = replace(CLEAN, '    acict: gemeld\n', '');
    const after = replace(
      before,
      'activiteiten:\n',
      'activiteiten:\n  - id: A0\n    naam: Nieuw portaal\n    totale_kosten: 250000\n    landschapsimpact:\n      niveau: geen\n',
    );
    const comparison = compare(before, replace(after, 'Activiteit A1 staat', 'Activiteit A0 is klein; A1 staat'));
    expect(comparison.findings).toEqual({ fixed: [], new: [] });
    expect(comparison.activities.added.map((a) => a.id)).toEqual(['A0']);
  });

  it('counts a finding that appears a second time as one new finding', () => {
    const before = replace(CLEAN, 'We werven twintig vaste medewerkers.', 'We werven TODO vaste medewerkers.');
    const after = replace(before, 'We werven TODO vaste medewerkers.', 'We werven TODO vaste medewerkers.\n\nTODO');
    expect(findingIds(compare(before, after))).toEqual({ fixed: [], new: ['placeholder'] });
  });
});
