// One way to write an amount: rule messages, hover and the report agree on each use's rounding.
import { describe, expect, it } from 'vitest';
import { euros, formatAxisMillions, formatEuros, formatMillions, formatNumber } from '../../server/src/core';

describe('amounts in euros', () => {
  it('an amount: whole euros as the language writes them', () => {
    expect(formatEuros(14_800_000, 'nl')).toBe('€ 14.800.000');
    expect(formatEuros(14_800_000, 'en')).toBe('€14,800,000');
    expect(formatEuros(0, 'nl')).toBe('€ 0');
    expect(euros(5_000_000)).toEqual({ nl: '€ 5.000.000', en: '€5,000,000' });
  });

  it('an amount: to the cent, with two decimals when there are cents, so two different amounts never read the same', () => {
    expect(formatEuros(1234.5, 'nl')).toBe('€ 1.234,50');
    expect(formatEuros(1234.5, 'en')).toBe('€1,234.50');
    expect(formatEuros(1234.567, 'nl')).toBe('€ 1.234,57');
    expect(euros(1234.56).nl).not.toBe(euros(1235).nl);
    // Binary fractions of a decimal amount do not show as cents.
    expect(formatEuros(14.8 * 1_000_000, 'nl')).toBe('€ 14.800.000');
    expect(formatEuros(0.1 + 0.2, 'en')).toBe('€0.30');
    expect(formatEuros(1234.004, 'en')).toBe('€1,234');
    expect(formatEuros(-2500, 'nl')).toBe('€ -2.500');
  });

  it('a chart label: millions, fewer decimals the larger the number', () => {
    expect(formatMillions(14_800_000, 'nl')).toBe('€ 14,8 mln');
    expect(formatMillions(14_800_000, 'en')).toBe('€14.8m');
    expect(formatMillions(1_234_567, 'nl')).toBe('€ 1,23 mln');
    expect(formatMillions(270_650_000, 'nl')).toBe('€ 271 mln');
  });

  it('a chart axis: millions with one decimal at most, no unit', () => {
    expect(formatAxisMillions(67_100_000, 'nl')).toBe('67,1');
    expect(formatAxisMillions(17_250_000, 'en')).toBe('17.3');
    expect(formatAxisMillions(0, 'nl')).toBe('0');
  });

  it('a plain number', () => {
    expect(formatNumber(1000, 'nl')).toBe('1.000');
    expect(formatNumber(1_000_000, 'en')).toBe('1,000,000');
  });

  it('an amount is written as Intl writes it for nl-NL and en-GB, to the character, small and large, with and without cents', () => {
    const viaIntl = (value: number, locale: 'nl' | 'en') => {
      const cents = Math.round(value * 100);
      const digits = cents % 100 === 0 ? 0 : 2;
      const text = (cents / 100).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
      return locale === 'nl' ? `€ ${text}` : `€${text}`;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const values = [0, -0, 0.004, -0.004, 0.005, 0.01, 0.1 + 0.2, 1, 999, 1000, 1234.565, 99_999.995, 1e6, -1e6 - 0.5, 2 ** 31, 9.99e12, 1e13, 1e13 - 0.01, 1e15, 2 ** 53, 1e21, -1e21, NaN, Infinity, -Infinity];
    for (let i = 0; i < 500; i++) {
      const magnitude = 10 ** Math.floor(random() * 16);
      const value = (random() - 0.3) * magnitude;
      values.push(value, Math.round(value), Math.round(value * 100) / 100);
    }
    for (const value of values) {
      for (const locale of ['nl', 'en'] as const) expect(formatEuros(value, locale), `${value} (${locale})`).toBe(viaIntl(value, locale));
    }
  });
});
