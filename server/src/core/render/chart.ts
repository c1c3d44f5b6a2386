/**
 * The cost chart: per plan year a stacked bar (vernieuwing at the base, beheer en onderhoud on
 * top), heights proportional to the amounts, value labels and totals, a y axis in millions —
 * as inline SVG with role="img", <title> and <desc>; the same figures follow as a table.
 * Colours come from CSS classes (no style attributes, nothing from the plan).
 */
import type { Element } from 'hast';
import type { PlanData } from '../data';
import type { Plan } from '../plan';
import type { Locale } from '../types';
import { h } from './hast';
import { formatAxis, formatEuros, formatMillions, type Labels } from './i18n';

export interface CostYear {
  year: number;
  renewal?: number;
  maintenance?: number;
  /** 0-based line where the year's figures are written (for click-to-reveal). */
  line?: number;
}

export interface CostSeries {
  source: 'frontmatter' | 'table';
  years: CostYear[];
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** The costs per plan year: the front matter's, or else the Financiën table's. */
export function costSeries(plan: Plan, data: PlanData | undefined): CostSeries | undefined {
  const costs = data?.costs?.filter((c) => c.jaar !== undefined);
  if (costs && costs.length > 0) {
    const years = data!.years.length > 0 ? [...data!.years] : [];
    for (const c of costs) if (!years.includes(c.jaar!)) years.push(c.jaar!);
    years.sort((a, b) => a - b);
    return {
      source: 'frontmatter',
      years: years.map((year) => {
        const entry = costs.find((c) => c.jaar === year);
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
  const table = plan.costTables[0];
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

/** A round axis maximum ≥ value: 1, 2, 2.5 or 5 × 10^k. */
export function niceMax(value: number): number {
  if (value <= 0) return 1_000_000;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export const CHART = { width: 720, height: 340, left: 52, right: 12, top: 44, bottom: 36 } as const;

export function costChart(series: CostSeries, locale: Locale, labels: Labels, idPrefix: string): Element {
  const { width, height, left, right, top, bottom } = CHART;
  const plotHeight = height - top - bottom;
  const plotWidth = width - left - right;
  const totals = series.years.map((y) => (y.renewal ?? 0) + (y.maintenance ?? 0));
  const max = niceMax(Math.max(0, ...totals));
  const scale = plotHeight / max;
  const baseY = top + plotHeight;
  const band = plotWidth / Math.max(1, series.years.length);
  const barWidth = Math.min(72, band * 0.56);
  const ticks = 5;
  const round = (n: number) => Math.round(n * 100) / 100;

  const grid = Array.from({ length: ticks + 1 }, (_, i) => {
    const value = (max / ticks) * i;
    const y = round(baseY - value * scale);
    return h(
      'g',
      { className: ['iplan-chart-tick'] },
      h('line', { x1: left, x2: width - right, y1: y, y2: y, className: [i === 0 ? 'iplan-chart-axis' : 'iplan-chart-grid'] }),
      h('text', { x: left - 8, y: round(y + 4), textAnchor: 'end', className: ['iplan-chart-label'] }, formatAxis(value, locale)),
    );
  });

  const bars = series.years.map((entry, i) => {
    const cx = left + band * i + band / 2;
    const x = round(cx - barWidth / 2);
    const renewalHeight = round((entry.renewal ?? 0) * scale);
    const maintenanceHeight = round((entry.maintenance ?? 0) * scale);
    const total = totals[i];
    const segment = (component: 'renewal' | 'maintenance', amount: number | undefined, y: number, segmentHeight: number) => {
      if (amount === undefined) return undefined;
      const label = segmentHeight >= 20 && barWidth >= 40;
      return [
        h(
          'rect',
          {
            x,
            y: round(y),
            width: round(barWidth),
            height: segmentHeight,
            className: ['iplan-bar', `iplan-bar-${component}`],
            dataYear: entry.year,
            dataComponent: component,
            dataAmount: amount,
          },
          h('title', null, `${entry.year} — ${component === 'renewal' ? labels.renewal : labels.maintenance}: ${formatEuros(amount, locale)}`),
        ),
        label
          ? h(
              'text',
              { x: round(cx), y: round(y + segmentHeight / 2 + 4), textAnchor: 'middle', className: ['iplan-chart-value', `iplan-chart-value-${component}`] },
              formatAxis(amount, locale),
            )
          : undefined,
      ];
    };
    const missing = entry.renewal === undefined || entry.maintenance === undefined;
    return h(
      'g',
      { className: ['iplan-chart-year'], dataLine: entry.line, dataYear: entry.year },
      segment('renewal', entry.renewal, baseY - renewalHeight, renewalHeight),
      segment('maintenance', entry.maintenance, baseY - renewalHeight - maintenanceHeight, maintenanceHeight),
      h(
        'text',
        { x: round(cx), y: round(baseY - renewalHeight - maintenanceHeight - 8), textAnchor: 'middle', className: ['iplan-chart-total'] },
        entry.renewal === undefined && entry.maintenance === undefined
          ? labels.amountMissing
          : missing
            ? `${formatAxis(total, locale)} (${labels.incomplete})`
            : formatAxis(total, locale),
      ),
      h('text', { x: round(cx), y: baseY + 20, textAnchor: 'middle', className: ['iplan-chart-year-label'] }, String(entry.year)),
    );
  });

  const legend = h(
    'g',
    { className: ['iplan-chart-legend'] },
    h('rect', { x: left, y: 6, width: 14, height: 14, rx: 2, className: ['iplan-bar', 'iplan-bar-renewal'] }),
    h('text', { x: left + 20, y: 18, className: ['iplan-chart-legend-label'] }, labels.renewal),
    h('rect', { x: left + 150, y: 6, width: 14, height: 14, rx: 2, className: ['iplan-bar', 'iplan-bar-maintenance'] }),
    h('text', { x: left + 170, y: 18, className: ['iplan-chart-legend-label'] }, labels.maintenance),
    h('text', { x: left - 8, y: top - 12, textAnchor: 'end', className: ['iplan-chart-label'] }, labels.millions),
  );

  const description = labels.chartDesc(
    series.years
      .map((y, i) =>
        labels.chartYear(
          y.year,
          y.renewal === undefined ? labels.amountMissing : formatMillions(y.renewal, locale),
          y.maintenance === undefined ? labels.amountMissing : formatMillions(y.maintenance, locale),
          formatMillions(totals[i], locale),
        ),
      )
      .join(' '),
  );

  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width: '100%',
      preserveAspectRatio: 'xMidYMid meet',
      role: 'img',
      ariaLabelledBy: `${idPrefix}chart-title ${idPrefix}chart-desc`,
      className: ['iplan-chart'],
      dataMax: max,
      dataScale: scale,
    },
    h('title', { id: `${idPrefix}chart-title` }, labels.chartTitle),
    h('desc', { id: `${idPrefix}chart-desc` }, description),
    grid,
    bars,
    legend,
  );
}

/** The same figures as an accessible table, with a total row. */
export function costTable(series: CostSeries, locale: Locale, labels: Labels): Element {
  const money = (value: number | undefined) => (value === undefined ? h('span', { className: ['iplan-missing'] }, labels.amountMissing) : formatEuros(value, locale));
  const sum = (pick: (y: CostYear) => number | undefined) => series.years.reduce((n, y) => n + (pick(y) ?? 0), 0);
  return h(
    'table',
    { className: ['iplan-cost-table'] },
    h('caption', { className: ['iplan-sr-only'] }, labels.costs),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, labels.year),
        h('th', { scope: 'col', className: ['num'] }, labels.renewal),
        h('th', { scope: 'col', className: ['num'] }, labels.maintenance),
        h('th', { scope: 'col', className: ['num'] }, labels.total),
      ),
    ),
    h(
      'tbody',
      null,
      series.years.map((y) =>
        h(
          'tr',
          { dataLine: y.line },
          h('th', { scope: 'row' }, String(y.year)),
          h('td', { className: ['num'] }, money(y.renewal)),
          h('td', { className: ['num'] }, money(y.maintenance)),
          h(
            'td',
            { className: ['num'] },
            y.renewal === undefined && y.maintenance === undefined ? labels.none : formatEuros((y.renewal ?? 0) + (y.maintenance ?? 0), locale),
          ),
        ),
      ),
    ),
    h(
      'tfoot',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, labels.total),
        h('td', { className: ['num'] }, formatEuros(sum((y) => y.renewal), locale)),
        h('td', { className: ['num'] }, formatEuros(sum((y) => y.maintenance), locale)),
        h('td', { className: ['num'] }, formatEuros(sum((y) => (y.renewal ?? 0) + (y.maintenance ?? 0)), locale)),
      ),
    ),
  );
}
