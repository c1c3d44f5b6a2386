/**
 * The cost chart: per plan year a stacked bar (vernieuwing at the base, beheer en onderhoud on
 * top), heights proportional to the amounts, value labels and totals, a y axis in millions —
 * as inline SVG with role="img", <title> and <desc>; the same figures follow as a table.
 * Colours come from CSS classes (no style attributes, nothing from the plan).
 */
import type { Element } from 'hast';
import { h, type Child, type Props } from './hast';
import type { Labels } from './i18n';

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

/** A round axis maximum ≥ value: 1, 2, 2.5 or 5 × 10^k. */
export function niceMax(value: number): number {
  if (value <= 0) return 1_000_000;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

const CHART = { width: 720, height: 340, left: 52, right: 12, top: 44, bottom: 36 } as const;

export function costChart(series: CostSeries, labels: Labels, idPrefix: string): Element {
  const { width, height, left, right, top, bottom } = CHART;
  const plotHeight = height - top - bottom;
  const plotWidth = width - left - right;
  const totals = series.years.map((y) => (y.renewal ?? 0) + (y.maintenance ?? 0));
  const max = niceMax(totals.reduce((a, b) => Math.max(a, b), 0));
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
      h('text', { x: left - 8, y: round(y + 4), textAnchor: 'end', className: ['iplan-chart-label'] }, labels.axis(value)),
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
          h('title', null, `${entry.year} — ${component === 'renewal' ? labels.renewal : labels.maintenance}: ${labels.euros(amount)}`),
        ),
        label
          ? h(
              'text',
              { x: round(cx), y: round(y + segmentHeight / 2 + 4), textAnchor: 'middle', className: ['iplan-chart-value', `iplan-chart-value-${component}`] },
              labels.axis(amount),
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
            ? `${labels.axis(total)} (${labels.incomplete})`
            : labels.axis(total),
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
    h('text', { x: left - 8, y: top - 12, textAnchor: 'end', className: ['iplan-chart-label'] }, labels.axisUnit),
  );

  const description = labels.chartDesc(
    series.years
      .map((y, i) =>
        labels.chartYear(
          y.year,
          y.renewal === undefined ? labels.amountMissing : labels.millions(y.renewal),
          y.maintenance === undefined ? labels.amountMissing : labels.millions(y.maintenance),
          labels.millions(totals[i]),
        ),
      )
      .join(' '),
  );

  return chartFrame(
    { width, height, id: `${idPrefix}chart`, title: labels.chartTitle, description, className: ['iplan-chart'], data: { dataMax: max, dataScale: scale } },
    grid,
    bars,
    legend,
  );
}

/**
 * A chart's <svg>: scaled to the width of its box, and to assistive technology one image named
 * by its title and described by its description (`<id>-title`, `<id>-desc`).
 */
export function chartFrame(
  frame: { width: number; height: number; id: string; title: string; description: string; className: string[]; data?: Props },
  ...children: Child[]
): Element {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      width: '100%',
      preserveAspectRatio: 'xMidYMid meet',
      role: 'img',
      ariaLabelledBy: `${frame.id}-title ${frame.id}-desc`,
      className: frame.className,
      ...frame.data,
    },
    h('title', { id: `${frame.id}-title` }, frame.title),
    h('desc', { id: `${frame.id}-desc` }, frame.description),
    children,
  );
}
