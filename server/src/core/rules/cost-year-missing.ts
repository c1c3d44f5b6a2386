import type { Rule, RuleContext } from '../rule';
import { localized, type Fix } from '../types';
import { AND, indentOf, insertLinesAfter, isBlockMap, list } from './util';

const COMPONENTS = ['vernieuwing', 'beheer_en_onderhoud'] as const;

/** Adds an entry for `year` to a block-style `kosten` list, in year order, amounts left open. */
function addYearFix(context: RuleContext, year: number): Fix | undefined {
  const { plan, data, locate } = context;
  const costs = data!.costs!;
  if (costs.length === 0) return undefined;
  const first = locate(costs[0].pointer);
  if (!first) return undefined;
  const dash = plan.lines.lineText(first.value.start.line);
  if (!/^[ \t]*-[ \t]/.test(dash)) return undefined;
  const indent = indentOf(plan.lines, first.value);
  const block = isBlockMap(context, costs[0].pointer);
  const todo = '# TODO bedrag invullen';
  const entry = block
    ? [`${indent}- jaar: ${year}`, ...COMPONENTS.map((key) => `${indent}  ${key}: null ${todo}`)]
    : [`${indent}- { jaar: ${year}, vernieuwing: null, beheer_en_onderhoud: null } ${todo}`];
  const later = costs.find((c) => c.jaar !== undefined && c.jaar > year);
  let edit;
  if (later) {
    const at = { line: locate(later.pointer)!.value.start.line, character: 0 };
    edit = { range: { start: at, end: at }, newText: entry.map((l) => l + plan.lines.eol).join('') };
  } else {
    edit = insertLinesAfter(plan, locate(costs[costs.length - 1].pointer)!.value, entry);
  }
  return { title: localized(`Kosten voor ${year} toevoegen`, `Add costs for ${year}`), edits: [edit] };
}

export default {
  id: 'cost-year-missing',
  defaultSeverity: 'error',
  criterion: 'financien',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'Elk planjaar heeft een `kosten`-regel met vernieuwing én beheer en onderhoud.',
    'Every plan year has a `kosten` entry with both renewal and maintenance.',
  ),
  rationale: localized(
    'ICT-kosten worden gesplitst in vernieuwing en beheer en onderhoud; plannen moeten een steviger financiële basis krijgen (Kamerstuk 26643 nr. 932).',
    'ICT costs are split into renewal and maintenance; plans are to get a firmer financial basis (Kamerstuk 26643 no. 932).',
  ),
  fixable: true,
  example: {
    bad: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2028',
      '…',
      'kosten:',
      '  - jaar: 2026',
      '    vernieuwing: 1000000',
      '    beheer_en_onderhoud: 2000000',
      '  - jaar: 2028',
    ],
    good: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2028',
      '…',
      'kosten:',
      '  - jaar: 2026',
      '    vernieuwing: 1000000',
      '    beheer_en_onderhoud: 2000000',
      '  - jaar: 2027',
      '    vernieuwing: 1500000',
      '    beheer_en_onderhoud: 2000000',
      '  - jaar: 2028',
    ],
    fixed: [
      'planperiode:',
      '  van: 2026',
      '  tot: 2028',
      '…',
      'kosten:',
      '  - jaar: 2026',
      '    vernieuwing: 1000000',
      '    beheer_en_onderhoud: 2000000',
      '  - jaar: 2027',
      '    vernieuwing: null # TODO bedrag invullen',
      '    beheer_en_onderhoud: null # TODO bedrag invullen',
      '  - jaar: 2028',
    ],
  },
  check(context) {
    const { data, facts, keyRange, valueRange, report } = context;
    // An amount left open with a placeholder beside it (`vernieuwing: null # TODO bedrag invullen`,
    // as the template and this rule's fix write it) is the placeholder rule's to report.
    const open = (pointer: string) => facts.openValueLines.has(valueRange(pointer).start.line);
    const costs = data!.costs;
    if (!costs || data!.years.length === 0) return;
    // An entry that is no mapping, or a `jaar` that is no whole number (`"2027"`), is the schema
    // rule's to report; which year it means is unknown, so no year is called missing meanwhile.
    const unreadableYear = costs.some((c) => c.mistyped.includes('jaar')) || (data!.raw.kosten as unknown[]).length > costs.length;
    for (const year of data!.years) {
      const entries = costs.filter((c) => c.jaar === year);
      if (entries.length === 0) {
        if (unreadableYear) continue;
        report({
          range: keyRange('/kosten'),
          message: localized(
            `Voor planjaar ${year} staat geen regel in \`kosten\`; elk jaar van de planperiode heeft vernieuwing en beheer en onderhoud.`,
            `Plan year ${year} has no entry in \`kosten\`; every year of the plan period has renewal and maintenance.`,
          ),
          fix: addYearFix(context, year),
        });
        continue;
      }
      for (const entry of entries) {
        const missing = COMPONENTS.filter((key) => (entry[key] === undefined && !entry.mistyped.includes(key)) || (entry[key] === null && !open(`${entry.pointer}/${key}`)));
        if (missing.length === 0) continue;
        const names = list(missing.map((k) => `\`${k}\``), AND);
        report({
          range: valueRange(entry.pointer),
          message: localized(
            `Jaar ${year} mist ${names.nl}; elk planjaar heeft vernieuwing én beheer en onderhoud.`,
            `Year ${year} lacks ${names.en}; every plan year has both renewal and maintenance.`,
          ),
        });
      }
    }
  },
} satisfies Rule;
