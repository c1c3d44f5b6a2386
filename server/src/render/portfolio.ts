/** The portfolio part: every activity with its cost, status and oversight, large ones flagged. */
import type { Element } from 'hast';
import type { ItemView } from '../core/data';
import { itemLine, part, revealable, scalarText, type RenderContext } from './context';
import { findingList, outcomeClass } from './findings';
import { cls, h, type Child } from './hast';
import { placeKey } from './place';
import { dataTable, type Column } from './table';

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

export function portfolioPart(ctx: RenderContext): Element {
  const { labels } = ctx;
  const activities = ctx.data?.activities ?? [];
  const threshold = ctx.framework.definition.thresholds.largeActivityEuros;
  const thresholdText = labels.euros(threshold);
  if (activities.length === 0) return part(ctx, 'portfolio', labels.portfolio, undefined, h('p', null, labels.noActivities));

  const costOf = (activity: ItemView) => {
    const cost = activity.raw.totale_kosten;
    return typeof cost === 'number' && Number.isFinite(cost) ? cost : undefined;
  };
  const isLarge = (activity: ItemView) => (costOf(activity) ?? -Infinity) >= threshold;
  const large = activities.filter(isLarge).length;

  /** A field of the activity, by the schema's name for its value; a large activity shows what it lacks. */
  const field = (key: string, named: boolean): Column<ItemView> => ({
    header: key === 'status' ? labels.activityStatus : key === 'acict' ? labels.acict : labels.dashboard,
    cell: (activity) => {
      const value = activity.raw[key];
      if (!present(value)) return isLarge(activity) ? h('span', { className: ['iplan-missing'] }, labels.amountMissing) : labels.none;
      const written = scalarText(value) ?? JSON.stringify(value);
      return (named ? ctx.valueName(['activiteiten', '*', key], value) : undefined) ?? written;
    },
    cellClass: (activity) => (!present(activity.raw[key]) && !isLarge(activity) ? 'iplan-muted' : undefined),
  });

  const name = (activity: ItemView): Child => [
    activity.name ?? labels.none,
    isLarge(activity) ? [' ', h('span', { className: ['iplan-tag'], title: labels.largeHint(thresholdText) }, labels.large)] : undefined,
  ];

  return part(
    ctx,
    'portfolio',
    labels.portfolio,
    labels.largeSummary(large, activities.length, thresholdText),
    dataTable<ItemView>({
      className: ['iplan-portfolio', 'iplan-wide'],
      name: labels.portfolio,
      rows: activities,
      rowProps: (activity) => ({
        className: cls(isLarge(activity) && 'iplan-large', outcomeClass(ctx.placed.get(placeKey.activity(activity.index)))),
        dataActivity: activity.index,
        ...revealable(ctx, itemLine(ctx, activity)),
      }),
      after: (activity) => findingList(ctx.placed.get(placeKey.activity(activity.index)), ctx),
      columns: [
        { header: 'Id', cell: (activity) => activity.id ?? labels.none },
        { header: labels.activity, cell: name, cellClass: () => 'iplan-name' },
        { header: labels.totalCost, numeric: true, cell: (activity) => (costOf(activity) === undefined ? labels.none : labels.euros(costOf(activity)!)) },
        field('status', true),
        field('dashboard_nummer', false),
        field('acict', true),
      ],
    }),
  );
}
