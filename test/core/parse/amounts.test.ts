import { describe, expect, it } from 'vitest';
import { formatAmount, notationOf, parseAmount, replaceNumber, tableStyle, unitMultiplier } from '../../../server/src/core/parse/amounts';

describe('parseAmount', () => {
  it.each([
    ['12.500.000', 12_500_000, 0],
    ['12500000', 12_500_000, 0],
    ['€ 12.500.000', 12_500_000, 0],
    ['€12.500.000', 12_500_000, 0],
    ['12 500 000', 12_500_000, 0],
    ['12\u00a0500\u00a0000', 12_500_000, 0],
    ['€ 12,5 mln', 12_500_000, 50_000],
    ['12,5 miljoen', 12_500_000, 50_000],
    ['€ 1,25 mld', 1_250_000_000, 5_000_000],
    ['€ 750 k', 750_000, 500],
    ['12,500,000', 12_500_000, 0],
    ['€12,500,000', 12_500_000, 0],
    ['12.5 million', 12_500_000, 50_000],
    ['-', 0, 0],
    ['–', 0, 0],
    ['0', 0, 0],
  ])('%s is %d euros (± %d)', (text, value, tolerance) => {
    expect(parseAmount(text)).toEqual({ value, tolerance });
  });

  it.each([
    ['1.234,5', 1000, 1_234_500, 50],
    ['1.234', 1000, 1_234_000, 500],
    ['12,5', 1e6, 12_500_000, 50_000],
    ['12.5', 1e6, 12_500_000, 50_000],
    ['1,234.5', 1000, 1_234_500, 50],
    ['3', 1e6, 3_000_000, 500_000],
  ])('%s in a column of × %d is %d euros (± %d)', (text, unit, value, tolerance) => {
    expect(parseAmount(text, unit)).toEqual({ value, tolerance });
  });

  it('lets a unit in the cell override the column’s', () => {
    expect(parseAmount('€ 2 mln', 1000)).toEqual({ value: 2_000_000, tolerance: 500_000 });
  });

  it('reads a negative amount', () => {
    expect(parseAmount('-1.500')?.value).toBe(-1500);
    expect(parseAmount('− 2,5 mln')?.value).toBe(-2_500_000);
  });

  it('reads a single comma group the Dutch way unless the table is English', () => {
    expect(parseAmount('500,000')).toEqual({ value: 500, tolerance: 0.0005 });
    expect(parseAmount('500,000', 1, 'en')).toEqual({ value: 500_000, tolerance: 0 });
    expect(parseAmount('1.500', 1, 'en')).toEqual({ value: 1.5, tolerance: 0.0005 });
    expect(parseAmount('12.500.000', 1, 'en')?.value).toBe(12_500_000);
  });

  it.each(['', '   ', 'PM', 'n.t.b.', 'ongeveer 5', '5 appels', '1.2.3', '12,,5', '€', 'mln', '12 mln 5', '1,23,456', 'TODO 5'])(
    '%j is no amount',
    (text) => {
      expect(parseAmount(text)).toBeUndefined();
    },
  );
});

describe('unitMultiplier', () => {
  it.each([
    ['Vernieuwing (× € 1.000)', 1000],
    ['Vernieuwing (x € 1.000)', 1000],
    ['Renewal (× € 1,000)', 1000],
    ['Bedrag (* 1000)', 1000],
    ['(× € 1.000.000)', 1_000_000],
    ['Vernieuwing (€ mln)', 1e6],
    ['Vernieuwing (in miljoenen euro)', 1e6],
    ['Renewal (€m)', 1e6],
    ['Bedrag (€ mld)', 1e9],
    ['Bedrag (k€)', 1000],
    ['Bedrag (€ 1.000)', 1000],
    ['Bedrag (in 1.000 euro)', 1000],
  ])('%s → %d', (header, unit) => {
    expect(unitMultiplier(header)).toBe(unit);
  });

  it.each(['Vernieuwing', 'Beheer en onderhoud', 'Jaar', 'Totaal (€)', 'Mutatie'])('%s states no unit', (header) => {
    expect(unitMultiplier(header)).toBeUndefined();
  });
});

describe('tableStyle', () => {
  it('is English only on English evidence and no Dutch evidence', () => {
    expect(tableStyle(['1,000,000', '500,000'])).toBe('en');
    expect(tableStyle(['1,234.5', '500,000'])).toBe('en');
    expect(tableStyle(['12.5', '1,500'])).toBe('en');
    expect(tableStyle(['1.000.000', '500,000'])).toBe('nl');
    expect(tableStyle(['1,000,000', '12,5'])).toBe('nl');
    expect(tableStyle(['500,000', '1,500'])).toBe('nl');
    expect(tableStyle(['1,000', '1,500'], ['Jaar', 'Renewal (× € 1,000)'])).toBe('en');
    expect(tableStyle(['1,000', '1,500'], ['Jaar', 'Vernieuwing (× € 1.000)'])).toBe('nl');
  });
});

describe('writing a corrected amount in the cell’s notation', () => {
  it.each([
    ['9.500.000', 9_400_000, 1, '9.400.000'],
    ['**1.234,5**', 9_500_000, 1000, '**9.500,0**'],
    ['€ 3,9 mln', 3_500_000, 1e6, '€ 3,5 mln'],
    ['9,400,000', 9_500_000, 1, '9,500,000'],
    ['12.5', 3_300_000, 1e6, '3.3'],
    ['3000000', 3_500_000, 1, '3500000'],
  ])('%s becomes %d euros as %s', (cell, euros, unit, expected) => {
    expect(replaceNumber(cell, formatAmount(euros, unit, notationOf(cell)))).toBe(expected);
  });
});
