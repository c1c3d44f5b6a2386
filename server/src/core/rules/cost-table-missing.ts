import { mainCostTable } from '../mainCostTable';
import type { Rule } from '../rule';
import { localized } from '../types';

export default {
  id: 'cost-table-missing',
  defaultSeverity: 'error',
  criterion: 'financien',
  basis: 'inferred',
  description: localized(
    'Het onderdeel Financiën bevat een tabel met per planjaar vernieuwing en beheer en onderhoud.',
    'The Finances section holds a table with renewal and maintenance per plan year.',
  ),
  rationale: localized(
    'Lezers van het plan zien de meerjarige kosten in de tekst; de tabel moet er dus staan en kloppen met de gegevens.',
    "Readers of the plan see the multi-year costs in the text; so the table must be there and agree with the data.",
  ),
  example: {
    bad: ['## 7. Financiën', '', 'De ICT-kosten zijn 3 mln per jaar; zie de gegevens van dit plan.'],
    good: [
      '## 7. Financiën',
      '',
      '| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |',
      '| --- | ---: | ---: | ---: |',
      '| 2026 | 1.000.000 | 2.000.000 | 3.000.000 |',
      '| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |',
      '| 2028 | 500.000 | 2.500.000 | 3.000.000 |',
      '| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |',
    ],
  },
  check({ plan, facts, framework, report }) {
    const index = plan.sections.findIndex((s) => s.frameworkId === 'financien');
    if (index < 0 || facts.emptySections.has(index) || mainCostTable(plan)) return;
    const names = framework.definition.costTable;
    const someTable = plan.tables.some((t) => t.sectionIndex === index);
    if (plan.costTables.length > 0) {
      // Cost tables of other years only, such as realised figures: never compared with the front matter.
      report({
        range: plan.sections[index].heading.range,
        message: localized(
          '‘Financiën’ heeft geen kostentabel voor de planjaren: de tabellen daar noemen geen jaar van de planperiode (gerealiseerde cijfers tellen niet); voeg de tabel met één rij per planjaar toe.',
          '‘Finances’ has no cost table for the plan years: its tables name no year of the plan period (realised figures do not count); add the table with one row per plan year.',
        ),
      });
      return;
    }
    report({
      range: plan.sections[index].heading.range,
      message: localized(
        `${someTable ? 'De tabel in ‘Financiën’ is geen kostentabel' : '‘Financiën’ bevat geen kostentabel'}; verwacht een tabel met de kolommen ${names.yearColumn[0]}, ${names.renewalColumn[0]}, ${names.maintenanceColumn[0]} (en eventueel ${names.totalColumn[0]}), één rij per planjaar.`,
        `${someTable ? 'The table in ‘Finances’ is not a cost table' : '‘Finances’ holds no cost table'}; expected a table with the columns Year, Renewal, Maintenance (and optionally Total), one row per plan year.`,
      ),
    });
  },
} satisfies Rule;
