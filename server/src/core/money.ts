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

/** A plain number as the language writes it (`1.000` / `1,000`). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return value.toLocaleString(NUMBER_LOCALE[locale], { maximumFractionDigits });
}

const withUnit = (digits: string, locale: Locale) => (locale === 'nl' ? `€ ${digits}` : `€${digits}`);

/** An amount to the cent; the cents are left out when there are none. */
export function formatEuros(value: number, locale: Locale): string {
  const cents = Math.round(value * 100);
  const whole = cents % 100 === 0;
  const digits = (cents / 100).toLocaleString(NUMBER_LOCALE[locale], { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
  return withUnit(digits, locale);
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
