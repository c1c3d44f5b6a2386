import type { MinistryLifetime } from '../framework';
import type { Rule } from '../rule';
import { localized, type Fix, type Localized } from '../types';
import { list, OR } from './util';

const MONTHS: Record<'nl' | 'en', string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2024-07-02` as people write it: `2 juli 2024` / `2 July 2024`. */
function day(iso: string): Localized {
  const [year, month, date] = iso.split('-').map(Number);
  return localized(`${date} ${MONTHS.nl[month - 1]} ${year}`, `${date} ${MONTHS.en[month - 1]} ${year}`);
}

/** A YAML date, quoted or not, as `YYYY-MM-DD`; undefined when it is none (the schema reports that). */
function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Why the ministry cannot have written this plan, or undefined when it can. */
function conflict(code: string, lifetime: MinistryLifetime, period: { van: number; tot: number } | undefined, adoptedOn: string | undefined): Localized | undefined {
  const { from, until } = lifetime;
  // ISO dates compare as text; the period runs from 1 January of `van` to 31 December of `tot`.
  if (until && adoptedOn && adoptedOn >= until) {
    return localized(`Het plan is vastgesteld op ${day(adoptedOn).nl}, maar ${code} bestond tot ${day(until).nl}`, `The plan was adopted on ${day(adoptedOn).en}, but ${code} existed until ${day(until).en}`);
  }
  if (until && period && `${period.van}-01-01` >= until) {
    return localized(`${code} bestond tot ${day(until).nl}, vóór de planperiode ${period.van}–${period.tot}`, `${code} existed until ${day(until).en}, before the plan period ${period.van}–${period.tot}`);
  }
  if (from && adoptedOn && adoptedOn < from) {
    return localized(`Het plan is vastgesteld op ${day(adoptedOn).nl}, maar ${code} bestaat pas sinds ${day(from).nl}`, `The plan was adopted on ${day(adoptedOn).en}, but ${code} exists only since ${day(from).en}`);
  }
  if (from && period && `${period.tot}-12-31` < from) {
    return localized(`${code} bestaat pas sinds ${day(from).nl}, na de planperiode ${period.van}–${period.tot}`, `${code} exists only since ${day(from).en}, after the plan period ${period.van}–${period.tot}`);
  }
  return undefined;
}

export default {
  id: 'ministry-outside-period',
  defaultSeverity: 'error',
  criterion: 'vastlegging',
  basis: 'sourced',
  needsData: true,
  description: localized(
    'Het ministerie bestond toen het plan werd vastgesteld en in de planperiode (EZK en LNV tot de herindeling van 2 juli 2024; EZ, KGG, LVVN, VRO en AenM sindsdien).',
    'The ministry existed when the plan was adopted and during the plan period (EZK and LNV until the reorganisation of 2 July 2024; EZ, KGG, LVVN, VRO and AenM since).',
  ),
  rationale: localized(
    'Een plan hoort bij het ministerie dat er verantwoordelijk voor is; na een herindeling schrijven de opvolgers het plan. De data en opvolgers staan in het kader.',
    'A plan belongs to the ministry responsible for it; after a reorganisation its successors write the plan. The dates and successors are framework data.',
  ),
  example: {
    bad: ['ministerie: EZK'],
    good: ['ministerie: BZK'],
  },
  check({ data, framework, valueRange, report }) {
    const code = data!.raw.ministerie;
    if (typeof code !== 'string') return;
    const lifetime = framework.definition.ministries?.[code];
    if (!lifetime) return;
    const why = conflict(code, lifetime, data!.period, isoDate(data!.raw.vastgesteld_op));
    if (!why) return;
    const successors = lifetime.successors ?? [];
    const names = list(successors.map((s) => `\`${s}\``), OR);
    const range = valueRange('/ministerie');
    // With one successor the plan is that ministry's; with two, only the author knows which.
    const fix: Fix | undefined =
      successors.length === 1 ? { title: localized(`\`${successors[0]}\` schrijven`, `Write \`${successors[0]}\``), edits: [{ range, newText: successors[0] }] } : undefined;
    report({
      range,
      message:
        successors.length > 0
          ? localized(`${why.nl}; het werk ging over naar ${names.nl}: schrijf het ministerie dat het plan nu maakt.`, `${why.en}; its work passed to ${names.en}: write the ministry that makes the plan now.`)
          : localized(`${why.nl}: schrijf het ministerie dat het plan toen maakte.`, `${why.en}: write the ministry that made the plan then.`),
      fix,
    });
  },
} satisfies Rule;
