/** The costs part: costs per plan year as a chart and, with the same figures, as a table. */
import type { Element } from 'hast';
import type { Plan } from '../core';
import type { CostEntryView, PlanData } from '../core/data';
import { mainCostTable } from '../core/mainCostTable';
import { costChart, type CostSeries, type CostYear } from './chart';
import { keyLine, part, type RenderContext } from './context';
import { findingList } from './findings';
import { h } from './hast';
import type { Labels } from './i18n';
import { placeKey } from './place';
import { dataTable } from './table';

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** The costs per plan year: the front matter's (the first entry of a year counts), or else the Financiën table's. */
export function costSeries(plan: Plan, data: PlanData | undefined): CostSeries | undefined {
  const byYear = new Map<number, CostEntryView>();
  for (const entry of data?.costs ?? []) if (entry.jaar !== undefined && !byYear.has(entry.jaar)) byYear.set(entry.jaar, entry);
  if (byYear.size > 0) {
    const years = [...new Set([...(data?.years ?? []), ...byYear.keys()])].sort((a, b) => a - b);
    return {
      source: 'frontmatter',
      years: years.map((year) => {
        const entry = byYear.get(year);
        const location = entry ? plan.frontMatter?.locations.get(entry.pointer) : undefined;
        return {
          year,
          renewal: finite(entry?.vernieuwing),
          maintenance: finite(entry?.beheer_en_onderhoud),
          line: location ? (location.key ?? location.value).start.line : undefined,
        };
      }),
    };
  }
  const table = mainCostTable(plan);
  if (!table) return undefined;
  const years = table.rows
    .filter((row) => row.kind === 'year' && row.year !== undefined)
    .map((row) => ({
      year: row.year!,
      renewal: finite(row.amounts.renewal?.amount?.value),
      maintenance: finite(row.amounts.maintenance?.amount?.value),
      line: row.row.range.start.line,
    }));
  return years.length > 0 ? { source: 'table', years } : undefined;
}

/** The same figures as the chart, as an accessible table with a total row. */
export function costTable(series: CostSeries, labels: Labels): Element {
  const money = (value: number | undefined) => (value === undefined ? h('span', { className: ['iplan-missing'] }, labels.amountMissing) : labels.euros(value));
  const sum = (pick: (y: CostYear) => number | undefined) => series.years.reduce((n, y) => n + (pick(y) ?? 0), 0);
  const both = (y: CostYear) => (y.renewal ?? 0) + (y.maintenance ?? 0);
  return dataTable<CostYear>({
    className: ['iplan-cost-table'],
    name: labels.costs,
    caption: true,
    rows: series.years,
    rowProps: (y) => ({ dataLine: y.line }),
    columns: [
      { header: labels.year, rowHeader: true, cell: (y) => String(y.year) },
      { header: labels.renewal, numeric: true, cell: (y) => money(y.renewal) },
      { header: labels.maintenance, numeric: true, cell: (y) => money(y.maintenance) },
      {
        header: labels.total,
        numeric: true,
        cell: (y) => (y.renewal === undefined && y.maintenance === undefined ? labels.none : labels.euros(both(y))),
      },
    ],
    footer: [labels.total, labels.euros(sum((y) => y.renewal)), labels.euros(sum((y) => y.maintenance)), labels.euros(sum(both))],
  });
}

export function costsPart(ctx: RenderContext): Element {
  const { labels } = ctx;
  const series = costSeries(ctx.plan, ctx.data);
  const findings = findingList(ctx.placed.get(placeKey.costs), ctx);
  if (!series) return part(ctx, 'costs', labels.costs, undefined, h('p', null, labels.noCosts), findings);
  return part(
    ctx,
    'costs',
    labels.costs,
    undefined,
    findings,
    h(
      'div',
      { className: ['iplan-costs'] },
      h('figure', { className: ['iplan-figure'], dataLine: keyLine(ctx, '/kosten') }, costChart(series, labels, ctx.prefix)),
      h(
        'div',
        null,
        costTable(series, labels),
        h('p', { className: ['iplan-note'] }, series.source === 'frontmatter' ? labels.costsSource : labels.costsSourceTable),
      ),
    ),
  );
}
