// The shared test helpers: the clean plan really is clean, and the range and edit helpers do what
// the other tests rely on.
import { describe, expect, it } from 'vitest';
import { applyEdits as coreApplyEdits, LineIndex } from '../../server/src/core';
import { applyEdits, at, CLEAN, lineOf, lineSpan, lint, lintOutcome, replace, replaceLine, setSection, spanOf, without } from '../helpers/plans';

describe('CLEAN', () => {
  it('is an I-plan with no findings', () => {
    const outcome = lintOutcome(CLEAN);
    expect(outcome.isPlan).toBe(true);
    expect(outcome.findings).toEqual([]);
  });

  it('has all 13 framework sections, in order, and one cost table', () => {
    const { plan } = lintOutcome(CLEAN);
    expect(plan.sections.map((s) => s.frameworkId)).toEqual([
      'samenvatting',
      'beleidsprioriteiten',
      'doelstellingen',
      'terug-en-vooruitblik',
      'landschapsimpact',
      'portfolio',
      'financien',
      'informatiebeveiliging',
      'informatiehuishouding',
      'levenscyclus',
      'vakmanschap',
      'risicos',
      'sturing',
    ]);
    expect(plan.costTables).toHaveLength(1);
  });
});

describe('at and spanOf', () => {
  it('print 1-based, end-exclusive ranges', () => {
    expect(at({ start: { line: 0, character: 0 }, end: { line: 0, character: 3 } })).toBe('1:1-1:4');
    expect(spanOf('ab\ncd ef\n', 'ef')).toBe('2:4-2:6');
    expect(spanOf('x\r\ny x\r\n', 'x', 'y')).toBe('2:3-2:4');
    expect(spanOf('a\rb', 'b')).toBe('2:1-2:2');
    expect(lineOf(CLEAN, '## 7. Financiën')).toBe(81);
    expect(lineSpan(CLEAN, 81)).toBe('81:1-81:16');
  });

  it('refuse what they cannot find', () => {
    expect(() => spanOf(CLEAN, 'no such text')).toThrow();
    expect(() => replace(CLEAN, 'no such text', '')).toThrow();
    expect(() => replace(CLEAN, 'vernieuwing', '')).toThrow(/more than once/);
    expect(() => replaceLine(CLEAN, 'no such text', '')).toThrow();
    expect(() => without(CLEAN, 'No such section')).toThrow();
  });
});

describe('text surgery', () => {
  it('without removes one whole section', () => {
    const text = without(CLEAN, 'Samenvatting');
    expect(text).not.toContain('Samenvatting');
    expect(text).toContain('# Testplan BZK\n\n## 2. Beleidsprioriteiten met IV-component\n');
  });

  it('setSection replaces the body only', () => {
    const text = setSection(CLEAN, 'Samenvatting', 'Kort.');
    expect(text).toContain('## 1. Samenvatting\n\nKort.\n\n## 2.');
    expect(lint(text)).toEqual([]);
  });
});

describe('applyEdits', () => {
  const text = 'één\r\ntwee\ndrie';
  const edits = [
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, newText: 'TWEE' },
    { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, newText: '!' },
    { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, newText: '\n' },
  ];

  it('applies edits given against the same original text', () => {
    expect(applyEdits(text, edits)).toBe('één!\r\nTWEE\ndrie\n');
  });

  it('agrees with the core applyEdits', () => {
    expect(coreApplyEdits(text, new LineIndex(text), edits).text).toBe(applyEdits(text, edits));
  });

  it('refuses overlapping edits', () => {
    const overlap = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, newText: 'x' };
    expect(() => applyEdits(text, [edits[0], overlap])).toThrow(/overlapping/);
  });
});
