/** The top of a rendered plan: title, counts, the front-matter facts, contents and general findings. */
import type { Element } from 'hast';
import type { Finding } from '../core';
import { heading, keyLine, planTitle, regionName, revealable, scalarText, type RenderContext } from './context';
import { countBadge, findingList, outcomeClass } from './findings';
import { cls, h, type Child } from './hast';
import type { Labels } from './i18n';
import { HEADER_KEYS, placeKey, type HeaderKey } from './place';

const HEADER_LABELS = {
  ministerie: 'ministry',
  planperiode: 'period',
  status: 'status',
  versie: 'version',
  vastgesteld_op: 'adoptedOn',
  iplan: 'framework',
  besluit_cio_stelsel: 'cioDecree',
  boekhoudstelsel: 'accounting',
} as const satisfies Record<HeaderKey, keyof Labels>;

function headerValue(key: HeaderKey, ctx: RenderContext): Child {
  const raw = ctx.data?.raw[key];
  const { labels } = ctx;
  if (raw === undefined || raw === null || raw === '') return h('span', { className: ['iplan-muted'] }, labels.none);
  if (key === 'planperiode') {
    if (typeof raw !== 'object') return scalarText(raw);
    const period = raw as { van?: unknown; tot?: unknown };
    return `${scalarText(period.van) ?? '?'}–${scalarText(period.tot) ?? '?'}`;
  }
  const value = scalarText(raw);
  if (value === undefined) return JSON.stringify(raw);
  const name = ctx.valueName([key], value);
  if (key === 'ministerie') return name ? [value, h('span', { className: ['iplan-muted'] }, ` · ${name}`)] : value;
  return name ?? value;
}

/** The last segment of a path or URI, decoded: the file name shown under the title. */
export function fileName(uri: string): string {
  // Cut at the first ? or #, found once (`/[?#].*$/` was tried again from each one after it).
  const query = uri.search(/[?#]/);
  const last = (query < 0 ? uri : uri.slice(0, query)).split(/[\\/]/).filter(Boolean).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function header(ctx: RenderContext, documentUri: string | undefined): Element {
  const { labels, prefix } = ctx;
  const titleFindings = ctx.placed.get(placeKey.header('titel'));
  const source = documentUri ? fileName(documentUri) : undefined;
  return h(
    'header',
    { className: ['iplan-header'] },
    h('p', { className: ['iplan-eyebrow'] }, labels.of(ctx.framework.definition.title)),
    h(
      heading(ctx, 1),
      { className: cls('iplan-title', outcomeClass(titleFindings)), id: `${prefix}title`, lang: ctx.planLocale, dataLine: keyLine(ctx, '/titel') },
      planTitle(ctx.plan, labels.locale),
    ),
    findingList(titleFindings, ctx),
    h(
      'div',
      { className: ['iplan-headline'] },
      countBadge(ctx.findings, labels),
      source ? h('span', { className: ['iplan-source'], id: `${prefix}source`, title: documentUri }, source) : undefined,
    ),
    ctx.data ? undefined : h('p', { className: ['iplan-note'] }, labels.frontMatterMissing),
    h(
      'dl',
      { className: ['iplan-meta'] },
      HEADER_KEYS.map((key) => {
        const on = ctx.placed.get(placeKey.header(key));
        return h(
          'div',
          { className: cls(outcomeClass(on)), id: `${prefix}fm-${key}`, ...revealable(ctx, keyLine(ctx, `/${key}`)) },
          h('dt', null, labels[HEADER_LABELS[key]]),
          h('dd', null, headerValue(key, ctx), findingList(on, ctx)),
        );
      }),
    ),
  );
}

/** A part of a review page (a comparison, the portfolio) that contentsNav links to, titled for screen readers. */
export function reviewPart(prefix: string, id: string, title: string, ...children: Child[]): Element {
  return h(
    'section',
    { className: ['iplan-part', `iplan-part-${id}`], id: `${prefix}${id}`, ariaLabelledBy: `${prefix}${id}-title` },
    h('h2', { id: `${prefix}${id}-title` }, title),
    children,
  );
}

/**
 * The page's contents: links to its parts, by id (after the prefix) and label. Named by its label,
 * or, given `labelledBy` (ids, the first of them `${prefix}contents-title`), by its label and what
 * those ids name: the plan's title and file in a report, where every plan has its contents. Plan
 * text names it by reference, never copied into an attribute.
 */
export function contentsNav(prefix: string, label: string, links: readonly (readonly [string, string] | undefined)[], labelledBy?: string): Element {
  return h(
    'nav',
    labelledBy ? { className: ['iplan-toc'], ariaLabelledBy: labelledBy } : { className: ['iplan-toc'], ariaLabel: label },
    labelledBy ? h('span', { className: ['iplan-sr-only'], id: `${prefix}contents-title` }, label) : undefined,
    h(
      'ul',
      null,
      links.map((link) => link && h('li', null, h('a', { href: `#${prefix}${link[0]}` }, link[1]))),
    ),
  );
}

export function toc(ctx: RenderContext, hasGeneral: boolean): Element {
  const { prefix, labels } = ctx;
  return contentsNav(
    prefix,
    labels.contents,
    [
      hasGeneral ? ['general', labels.general] : undefined,
      ['scorecard', labels.scorecard],
      ['costs', labels.costs],
      ['portfolio', labels.portfolio],
      ['landscape', labels.landscape],
      ['text', labels.planText],
    ],
    ctx.mode === 'report' ? regionName(ctx, 'contents') : undefined,
  );
}

/** Findings about the plan as a whole, and those the page has no other place for. */
export function generalPart(ctx: RenderContext, general: readonly Finding[]): Element | undefined {
  if (general.length === 0) return undefined;
  const { prefix, labels } = ctx;
  return h(
    'section',
    { className: ['iplan-general'], id: `${prefix}general`, ariaLabelledBy: regionName(ctx, 'general') },
    h(heading(ctx, 2), { id: `${prefix}general-title` }, labels.general),
    h('p', null, labels.generalHint),
    findingList(general, ctx),
  );
}
