/**
 * A horizontal bar chart for named rows (ministries, themes, a year and component): one bar per
 * row, stacked from its segments, running left of a zero line for negative values (the cost
 * deltas of a comparison). Inline SVG with role="img", <title> and <desc> that say every figure,
 * so a screen reader hears what the eye sees; the page puts the same figures in a table beside
 * it. Colours come from CSS classes, from a fixed list; nothing from a plan becomes markup.
 */
import type { Element } from 'hast';
import { chartFrame, niceMax } from './chart';
import { h } from './hast';
import type { Labels } from './i18n';

type SegmentKind = 'renewal' | 'maintenance' | 'count';

interface BarSegment {
  kind: SegmentKind;
  value: number;
  /** The segment in words (`BZK — Vernieuwing: € 12.500.000`), shown on hover and read by screen readers. */
  title: string;
}

interface BarRow {
  label: string;
  segments: BarSegment[];
  /** Written at the end of the bar (`€ 60,5 mln`, `+€ 1,5 mln`). */
  valueLabel: string;
}

interface BarChartOptions {
  /** Ids of the title and description are built from it: unique per page. */
  id: string;
  title: string;
  description: string;
  rows: readonly BarRow[];
  /** The axis ticks, written without a unit (the axis caption says it). */
  tick: (value: number) => string;
  unit: string;
  /** Counts: ticks at whole numbers. */
  whole?: boolean;
  /** Named in the legend, in this order (none for a single kind). */
  legend?: readonly { kind: SegmentKind; label: string }[];
}

/** Axis and legend of a chart of euros in renewal and maintenance. */
export function euroBarScale(labels: Labels): Pick<BarChartOptions, 'tick' | 'unit' | 'legend'> {
  return {
    tick: labels.axis,
    unit: labels.axisUnit,
    legend: [
      { kind: 'renewal', label: labels.renewal },
      { kind: 'maintenance', label: labels.maintenance },
    ],
  };
}

const WIDTH = 720;
const ROW = 30;
const BAR = 18;
const TOP = 40;
const BOTTOM = 30;
const RIGHT = 96;
/** Room left of the plot for the figure at the end of a negative bar, as RIGHT is for a positive one. */
const NEGATIVE_ROOM = 96;
const round = (n: number) => Math.round(n * 100) / 100;

export function barChart(options: BarChartOptions): Element {
  const { rows } = options;
  const left = Math.min(240, Math.max(60, 12 + 7.2 * Math.max(0, ...rows.map((r) => r.label.length))));
  const height = TOP + Math.max(1, rows.length) * ROW + BOTTOM;
  const sums = rows.map((row) => row.segments.reduce((n, s) => n + s.value, 0));
  const highest = Math.max(0, ...rows.map((row) => row.segments.reduce((n, s) => n + Math.max(0, s.value), 0)));
  const lowest = Math.max(0, ...rows.map((row) => row.segments.reduce((n, s) => n + Math.max(0, -s.value), 0)));
  // One round step for both sides of zero, about five of them across the plot.
  const rough = highest + lowest > 0 ? niceMax((highest + lowest) / 5) : 1;
  const step = options.whole ? Math.max(1, Math.ceil(rough)) : rough;
  const high = Math.max(step, Math.ceil(highest / step) * step);
  const low = Math.ceil(lowest / step) * step;
  // A negative bar ends left of zero with its figure before it: the plot leaves room for that figure
  // between the row labels and the longest negative bar, so the two never overlap.
  const plotLeft = lowest > 0 ? left + NEGATIVE_ROOM : left;
  const plotWidth = WIDTH - plotLeft - RIGHT;
  const scale = plotWidth / (high + low);
  const zero = round(plotLeft + low * scale);
  const plotBottom = TOP + rows.length * ROW;

  const ticks: number[] = [];
  for (let value = -low; value <= high + step / 2; value += step) ticks.push(Math.round(value / step) * step || 0);
  const grid = ticks.map((value) => {
    const x = round(zero + value * scale);
    return h(
      'g',
      { className: ['iplan-chart-tick'] },
      h('line', { x1: x, x2: x, y1: TOP - 6, y2: plotBottom, className: [value === 0 ? 'iplan-chart-axis' : 'iplan-chart-grid'] }),
      h('text', { x, y: plotBottom + 18, textAnchor: 'middle', className: ['iplan-chart-label'] }, options.tick(value)),
    );
  });

  const bars = rows.map((row, index) => {
    const y = TOP + index * ROW + (ROW - BAR) / 2;
    let positive = zero;
    let negative = zero;
    const rects = row.segments.map((segment) => {
      const length = round(Math.abs(segment.value) * scale);
      const x = segment.value >= 0 ? positive : round(negative - length);
      if (segment.value >= 0) positive = round(positive + length);
      else negative = round(negative - length);
      return h(
        'rect',
        { x, y, width: length, height: BAR, className: ['iplan-bar', `iplan-bar-${segment.kind}`], dataValue: segment.value },
        h('title', null, segment.title),
      );
    });
    const end = sums[index] >= 0 ? positive : negative;
    return h(
      'g',
      { className: ['iplan-chart-row'] },
      h('text', { x: left - 10, y: y + BAR / 2 + 4, textAnchor: 'end', className: ['iplan-chart-row-label'] }, row.label),
      rects,
      h(
        'text',
        { x: sums[index] >= 0 ? end + 6 : end - 6, y: y + BAR / 2 + 4, textAnchor: sums[index] >= 0 ? 'start' : 'end', className: ['iplan-chart-total'] },
        row.valueLabel,
      ),
    );
  });

  let legendX = left;
  const legend = (options.legend ?? []).map(({ kind, label }) => {
    const x = legendX;
    legendX += 34 + 7.2 * label.length;
    return [
      h('rect', { x, y: 8, width: 14, height: 14, rx: 2, className: ['iplan-bar', `iplan-bar-${kind}`] }),
      h('text', { x: x + 20, y: 20, className: ['iplan-chart-legend-label'] }, label),
    ];
  });

  return chartFrame(
    {
      width: WIDTH,
      height,
      id: options.id,
      title: options.title,
      description: options.description,
      className: ['iplan-chart', 'iplan-bar-chart'],
      data: { dataScale: round(scale * 1e6) / 1e6 },
    },
    grid,
    bars,
    h('g', { className: ['iplan-chart-legend'] }, legend, h('text', { x: WIDTH - 8, y: 20, textAnchor: 'end', className: ['iplan-chart-label'] }, options.unit)),
  );
}
