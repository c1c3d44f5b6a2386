/**
 * Amounts in euros, written the way each language writes them. The one place that decides the
 * rounding, so a rule message, a hover and the report never show one amount two ways:
 *
 * - an amount (a cell, a front-matter figure, a sum, a threshold): to the cent, and the cents only
 *   when there are any: `€ 14.800.000`, `€ 1.234,50` / `€14,800,000`, `€1,234.50`. Whole euros
 *   would make "the table says € 1.235, the front matter € 1.235" out of 1.234,56 against 1.235;
 * - a chart label: millions, with fewer decimals the larger the number (`€ 14,8 mln`, `€14.8m`);
 * - a chart axis: millions with at most one decimal and no unit (the axis names it).
 */
import type { Locale, Localized } from './types';

const NUMBER_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();

/** The formatter for these options, made once: `toLocaleString` with options makes a new Intl.NumberFormat each call. */
function numberFormat(locale: Locale, minimumFractionDigits: number | undefined, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale} ${minimumFractionDigits} ${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], minimumFractionDigits === undefined ? { maximumFractionDigits } : { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/** A plain number as the language writes it (`1.000` / `1,000`). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, undefined, maximumFractionDigits).format(value);
}

const withUnit = (digits: string, locale: Locale) => (locale === 'nl' ? `€ ${digits}` : `€${digits}`);

/** How each language writes digits, as Intl writes them for NUMBER_LOCALE. */
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = { nl: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/**
 * Cents up to this many are written here rather than by Intl: the first Intl.NumberFormat of a
 * run loads ICU's number data, a tenth of checking an ordinary plan from the CLI. Up to here
 * `cents / 100` reads back as exactly these cents, so the digits are Intl's to the character
 * (test/core/money.test.ts compares them).
 */
const PLAIN_CENTS = 1e15;

function groupDigits(whole: number, group: string): string {
  const digits = String(whole);
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += group + digits.slice(i, i + 3);
  return grouped;
}

/** An amount to the cent; the cents are left out when there are none. */
export function formatEuros(value: number, locale: Locale): string {
  const cents = Math.round(value * 100);
  const whole = cents % 100 === 0;
  const size = Math.abs(cents);
  if (size < PLAIN_CENTS && !Object.is(cents, -0)) {
    const { group, decimal } = SEPARATORS[locale];
    const fraction = whole ? '' : `${decimal}${String(size % 100).padStart(2, '0')}`;
    return withUnit(`${cents < 0 ? '-' : ''}${groupDigits(Math.floor(size / 100), group)}${fraction}`, locale);
  }
  return withUnit(numberFormat(locale, whole ? 0 : 2, whole ? 0 : 2).format(cents / 100), locale);
}

/** An amount in both languages, for rule messages. */
export function euros(value: number): Localized {
  return { nl: formatEuros(value, 'nl'), en: formatEuros(value, 'en') };
}

/** Millions for a chart label: two decimals below 10 million, one below 100 million, then none. */
export function formatMillions(value: number, locale: Locale): string {
  const millions = value / 1_000_000;
  const size = Math.abs(millions);
  const digits = formatNumber(millions, locale, size >= 100 ? 0 : size >= 10 ? 1 : 2);
  return locale === 'nl' ? `€ ${digits} mln` : `€${digits}m`;
}

/** Millions on a chart axis or bar: one decimal at most, no unit. */
export function formatAxisMillions(value: number, locale: Locale): string {
  return formatNumber(value / 1_000_000, locale, 1);
}

/**
 * An amount in whole cents, the unit the tool reads amounts to (see formatEuros): sums of cents
 * are exact integers, where sums of euro fractions drift (0.1 + 0.2). Null when the amount is not
 * a finite number or too large to count in cents exactly.
 */
export function toCents(value: number): number | null {
  const cents = Math.round(value * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents back to euros: the double nearest to the exact decimal (30 cents is 0.3). */
export function fromCents(cents: number): number {
  return cents / 100;
}
