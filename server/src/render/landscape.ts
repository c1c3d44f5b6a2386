/** The landscape part: objectives and activities grouped by the level of their impact. */
import type { Element } from 'hast';
import type { ItemView } from '../core/data';
import { heading, itemLine, part, revealable, scalarText, type RenderContext } from './context';
import { findingList, outcomeClass } from './findings';
import { cls, h, type Child } from './hast';
import { placeKey } from './place';

/** The levels in the order a reviewer reads them, then the items that give none. */
const LEVELS = ['hoog', 'midden', 'laag', 'geen'] as const;
const UNKNOWN = 'unknown';

type Listed = { item: ItemView; list: 'doelstellingen' | 'activiteiten' };

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function levelOf(item: ItemView): string {
  const level = record(item.raw.landschapsimpact).niveau;
  return (LEVELS as readonly unknown[]).includes(level) ? (level as string) : UNKNOWN;
}

function chips(values: unknown): Element | undefined {
  if (!Array.isArray(values)) return undefined;
  const items = values.map(scalarText).filter((v): v is string => v !== undefined && v.trim() !== '');
  return items.length > 0 ? h('ul', { className: ['iplan-chips'] }, items.map((v) => h('li', null, v))) : undefined;
}

function card(ctx: RenderContext, { item, list }: Listed): Element {
  const { labels } = ctx;
  const impact = record(item.raw.landschapsimpact);
  const on = ctx.placed.get(placeKey.landscape(list, item.index));
  const details: Child[] = [];
  const systems = chips(impact.systemen);
  const data = chips(impact.gegevens);
  const measures = scalarText(impact.maatregelen);
  if (systems) details.push(h('dt', null, labels.systems), h('dd', null, systems));
  if (data) details.push(h('dt', null, labels.data), h('dd', null, data));
  if (measures) details.push(h('dt', null, labels.measures), h('dd', null, measures));
  return h(
    'article',
    { className: cls('iplan-card', outcomeClass(on)), dataItem: `${list}/${item.index}`, ...revealable(ctx, itemLine(ctx, item)) },
    h('h4', null, h('span', { className: ['iplan-kind'] }, item.id ?? (list === 'doelstellingen' ? labels.objective : labels.activity)), item.name ?? labels.none),
    details.length > 0 ? h('dl', null, details) : undefined,
    findingList(on, ctx),
  );
}

export function landscapePart(ctx: RenderContext): Element {
  const { labels } = ctx;
  const items: Listed[] = [
    ...(ctx.data?.objectives ?? []).map((item) => ({ item, list: 'doelstellingen' as const })),
    ...(ctx.data?.activities ?? []).map((item) => ({ item, list: 'activiteiten' as const })),
  ];
  const groups = new Map<string, Listed[]>([...LEVELS, UNKNOWN].map((level) => [level, []]));
  for (const listed of items) groups.get(levelOf(listed.item))!.push(listed);
  const levelName = (level: string) => {
    if (level === UNKNOWN) return labels.levelUnknown;
    const name = ctx.valueName(['doelstellingen', '*', 'landschapsimpact', 'niveau'], level) ?? level;
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  return part(
    ctx,
    'landscape',
    labels.landscape,
    labels.landscapeHint,
    items.length === 0
      ? h('p', null, labels.nothingHere)
      : h(
          'div',
          { className: ['iplan-levels'] },
          [...groups]
            .filter(([, members]) => members.length > 0)
            .map(([level, members]) =>
              h(
                'section',
                { className: ['iplan-level', `iplan-level-${level}`], dataLevel: level },
                h(
                  heading(ctx, 3),
                  { className: ['iplan-level-title'] },
                  h('span', { className: ['iplan-level-badge'] }, levelName(level)),
                  h('span', { className: ['iplan-muted'] }, labels.itemCount(members.length)),
                ),
                h('div', { className: ['iplan-cards'] }, members.map((listed) => card(ctx, listed))),
              ),
            ),
        ),
  );
}
