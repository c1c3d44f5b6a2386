import { describe, expect, it } from 'vitest';
import { briefLint, CLEAN, findingsOf, lint, replace, spanOf } from '../../helpers/plans';

const RULE = 'frontmatter-unknown-key';
const OWN_KEYS = replace(CLEAN, 'status: concept', 'status: concept\nkenmerk: 2025-0001234\ncontactpersoon: J. de Vries');

describe(RULE, () => {
  it("is off by default: a department's own keys are allowed", () => {
    expect(lint(OWN_KEYS)).toEqual([]);
  });

  it('reports each own key at the key when switched on, as warning or error', () => {
    expect(briefLint(OWN_KEYS, { rules: { [RULE]: 'warning' } })).toEqual([
      `${RULE} warning ${spanOf(OWN_KEYS, 'kenmerk')}`,
      `${RULE} warning ${spanOf(OWN_KEYS, 'contactpersoon')}`,
    ]);
    expect(briefLint(OWN_KEYS, { rules: { [RULE]: 'error' } })).toEqual([
      `${RULE} error ${spanOf(OWN_KEYS, 'kenmerk')}`,
      `${RULE} error ${spanOf(OWN_KEYS, 'contactpersoon')}`,
    ]);
    const [finding] = findingsOf(OWN_KEYS, RULE, { rules: { [RULE]: 'warning' } });
    expect(finding.message.en).toContain('`kenmerk` is not a key of the framework');
    expect(finding.message.nl).toContain('`kenmerk` is geen sleutel van het kader');
  });

  it('reads own keys inside objectives and activities too', () => {
    const text = replace(CLEAN, '    naam: Vervanging zaaksysteem\n', '    naam: Vervanging zaaksysteem\n    opdrachtgever: DG Digitale Overheid\n');
    expect(lint(text)).toEqual([]);
    expect(briefLint(text, { rules: { [RULE]: 'warning' } })).toEqual([`${RULE} warning ${spanOf(text, 'opdrachtgever')}`]);
  });

  it('leaves a near miss of a known key to frontmatter-schema, which always reports it', () => {
    const text = replace(CLEAN, 'status: concept', 'status: concept\nvastgesteld-op: 2026-01-01');
    expect(briefLint(text, { rules: { [RULE]: 'warning' } })).toEqual([`frontmatter-schema error ${spanOf(text, 'vastgesteld-op')}`]);
  });

  it('never reports x- keys, which the schema allows', () => {
    const text = replace(CLEAN, 'status: concept', 'status: concept\nx-directie: CIO');
    expect(lint(text, { rules: { [RULE]: 'error' } })).toEqual([]);
  });
});
