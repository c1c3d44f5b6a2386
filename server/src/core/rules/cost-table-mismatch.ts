import { mainCostTable } from '../mainCostTable';
import type { CostComponent } from '../plan';
import type { Rule } from '../rule';
import { localized, type Localized, type Range } from '../types';
import { euros } from '../money';

const COMPONENTS: { table: CostComponent; key: 'vernieuwing' | 'beheer_en_onderhoud'; name: Localized }[] = [
  { table: 'renewal', key: 'vernieuwing', name: { nl: 'vernieuwing', en: 'renewal' } },
  { table: 'maintenance', key: 'beheer_en_onderhoud', name: { nl: 'beheer en onderhoud', en: 'maintenance' } },
];

export default {
  id: 'cost-table-mismatch',
  defaultSeverity: 'error',
  criterion: 'financien',
  basis: 'inferred',
  needsData: true,
  description: localized(
    'De kostentabel in de tekst klopt met de `kosten` in de front matter, per jaar en per soort.',
    'The cost table in the text agrees with the front-matter `kosten`, per year and component.',
  ),
  rationale: localized(
    'Twee verschillende bedragen voor hetzelfde jaar maken het plan onbetrouwbaar; de gegevens en de tekst moeten hetzelfde zeggen.',
    'Two different amounts for the same year make the plan unreliable; the data and the text must say the same.',
  ),
  example: {
    bad: [
      '  - jaar: 2028',
      '    vernieuwing: 500000',
      '…',
      '| 2028 | 600.000 | 2.500.000 | 3.100.000 |',
      '| **Totaal** | 3.100.000 | 6.500.000 | 9.600.000 |',
    ],
    good: [
      '  - jaar: 2028',
      '    vernieuwing: 500000',
      '…',
      '| 2028 | 500.000 | 2.500.000 | 3.000.000 |',
      '| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |',
    ],
  },
  check({ plan, data, framework, valueRange, report }) {
    const table = mainCostTable(plan);
    const costs = data!.costs;
    if (!table || !costs) return;
    const placeholder = new RegExp(framework.placeholderPattern.source, framework.placeholderPattern.flags);
    const isPlaceholder = (text: string) => placeholder.test(text) && !(placeholder.lastIndex = 0);
    const yearRows = table.rows.filter((r) => r.kind === 'year');
    const headerRange = table.table.rows[0].range;

    for (const row of yearRows) {
      const year = row.year!;
      const entry = costs.find((c) => c.jaar === year);
      if (!entry) {
        if (data!.years.length > 0 && !data!.years.includes(year)) {
          report({
            range: (row.label ?? row.row).range,
            message: localized(
              `De tabel noemt ${year}, dat buiten de planperiode valt en geen \`kosten\`-regel heeft.`,
              `The table lists ${year}, which lies outside the plan period and has no \`kosten\` entry.`,
            ),
          });
        }
        continue;
      }
      for (const component of COMPONENTS) {
        const cell = row.amounts[component.table];
        const expected = entry[component.key];
        if (!cell || typeof expected !== 'number') continue;
        const related = [{ range: valueRange(`${entry.pointer}/${component.key}`), message: localized(`\`${component.key}\` voor ${year}`, `\`${component.key}\` for ${year}`) }];
        if (!cell.amount) {
          if (cell.cell.text === '' || isPlaceholder(cell.cell.text)) {
            if (cell.cell.text === '') {
              report({
                range: cell.cell.range,
                message: localized(
                  `De cel voor ${component.name.nl} in ${year} is leeg; volgens de front matter is het ${euros(expected).nl}.`,
                  `The ${component.name.en} cell for ${year} is empty; the front matter says ${euros(expected).en}.`,
                ),
                related,
              });
            }
            continue;
          }
          report({
            range: cell.cell.range,
            message: localized(
              `‘${cell.cell.text}’ is niet te lezen als bedrag; schrijf bijvoorbeeld 12.500.000, € 12,5 mln of zet de eenheid in de kop (× € 1.000).`,
              `‘${cell.cell.text}’ cannot be read as an amount; write for example 12,500,000, € 12.5 mln or put the unit in the header (× € 1,000).`,
            ),
            related,
          });
          continue;
        }
        if (Math.abs(cell.amount.value - expected) <= cell.amount.tolerance + 0.005) continue;
        report({
          range: cell.cell.range,
          message: localized(
            `De tabel zegt ${euros(cell.amount.value).nl} voor ${component.name.nl} in ${year}, de front matter ${euros(expected).nl}; maak ze gelijk.`,
            `The table says ${euros(cell.amount.value).en} for ${component.name.en} in ${year}, the front matter ${euros(expected).en}; make them agree.`,
          ),
          related,
        });
      }
    }

    const listed = new Set(yearRows.map((r) => r.year));
    for (const entry of costs) {
      if (entry.jaar === undefined || listed.has(entry.jaar) || !data!.years.includes(entry.jaar)) continue;
      const related: { range: Range; message: Localized }[] = [
        { range: valueRange(`${entry.pointer}/jaar`), message: localized(`\`kosten\` voor ${entry.jaar}`, `\`kosten\` for ${entry.jaar}`) },
      ];
      report({
        range: headerRange,
        message: localized(
          `De kostentabel mist een rij voor ${entry.jaar}, dat wel in de front matter staat; voeg de rij toe.`,
          `The cost table lacks a row for ${entry.jaar}, which the front matter has; add the row.`,
        ),
        related,
      });
    }
  },
} satisfies Rule;
