/**
 * Reading amounts the way Dutch (and English) financial tables write them:
 * `12.500.000`, `€ 12,5 mln`, `1.234,5`, `12,500,000`, with a unit in the header such as
 * `(× € 1.000)` or `(€ mln)`.
 */
import type { Amount } from '../plan';

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
/**
 * A number as written, with its thousands separators and spaces: the first digit to the last one
 * of the run. Unanchored and without a following part, so it never backtracks further than the run.
 */
const NUMBER = /[0-9][0-9.,\s\u00a0]*[0-9]|[0-9]/;

// The patterns below read text whose white space is collapsed to single spaces first (` ?` where
// `\s*` stood): two `\s*` side by side made a header with 100,000 spaces take quadratic time.
const SCALE_WORDS: [RegExp, number][] = [
  [/\b(?:mld|mrd|miljard|miljarden|bn|billion|billions)\b/i, 1e9],
  [/(?:\b(?:mln|mio|miljoen|miljoenen|million|millions|m)\b|€ ?m\b|m€)/i, 1e6],
  [/(?:\b(?:k|duizend|duizenden|thousand|thousands)\b|k€|€ ?k\b)/i, 1e3],
];

/**
 * The multiplier a header or caption states: `(× € 1.000)` → 1000, `(€ mln)` → 1 000 000;
 * 1 when it states none.
 */
export function unitMultiplier(header: string): number | undefined {
  const text = header.replace(SPACES, ' ');
  const times = /[×x*] ?(?:€|eur(?:o)?)? ?([0-9][0-9., ]*)/i.exec(text);
  if (times) {
    const written = times[1].replace(SPACES, '').replace(/[.,]$/, '');
    // A factor is grouped thousands in either notation: × € 1.000 and × € 1,000 both mean 1000.
    const factor = /^\d{1,3}(?:[.,]\d{3})+$/.test(written) ? { value: Number(written.replace(/[.,]/g, '')) } : readNumber(written);
    // × € 1 mln: the factor times the scale word right after it.
    const after = text.slice(times.index + times[0].length).trimStart();
    const scale = SCALE_WORDS.find(([pattern]) => pattern.test(after) && pattern.exec(after)!.index === 0)?.[1] ?? 1;
    if (factor && factor.value > 0) return factor.value * scale;
  }
  for (const [pattern, scale] of SCALE_WORDS) if (pattern.test(text)) return scale;
  const bare = /\( ?(?:in )?(?:€|eur(?:o)?)? ?(1[.,]000(?:[.,]000)*) ?(?:€|euro)? ?\)/i.exec(text);
  if (bare) return readNumber(bare[1])?.value;
  return undefined;
}

/**
 * A unit stated in the sentence or caption above a table: "Alle bedragen x € 1.000.", "Bedragen
 * in duizenden euro's", "Tabel 3 (€ mln)", "All amounts in thousands of euros (× € 1,000)".
 * Stricter than a header: prose is full of numbers and words like "miljoen", so only a unit tied
 * to the currency counts (× € 1.000, € mln, k€, duizenden euro's, thousands of euros).
 */
export function statedUnit(text: string): number | undefined {
  const flat = text.replace(SPACES, ' ');
  const phrases = [
    /(?:^|[\s(])[×x*] ?(?:€|eur(?:o)?\b) ?[0-9][0-9.,]*(?: ?(?:mln|mio|miljoen|million|mld|mrd|miljard|bn|billion|k|duizend|thousand)\b)?/i,
    /(?:€|\beur(?:o)?\b) ?(?:mln|mio|miljoen|million|mld|mrd|miljard|bn|billion|m|k|duizend|thousand)\b/i,
    /\b[km]€/i,
    /\b(?:duizenden|miljoenen|miljarden|thousands|millions|billions) (?:of )?(?:euro|eur\b)/i,
  ];
  for (const phrase of phrases) {
    const match = phrase.exec(flat);
    if (!match) continue;
    const unit = unitMultiplier(match[0].trim()) ?? (/duizenden|thousands/i.test(match[0]) ? 1e3 : /miljoenen|millions/i.test(match[0]) ? 1e6 : 1e9);
    if (unit > 0) return unit;
  }
  return undefined;
}

interface ReadNumber {
  value: number;
  decimals: number;
}

export type NumberStyle = 'nl' | 'en';

/**
 * A bare number in Dutch or (where unambiguous) English notation. `500,000` and `1.500` mean
 * different things in the two; `style` says which the surrounding table uses (Dutch by default).
 */
function readNumber(raw: string, style: NumberStyle = 'nl'): ReadNumber | undefined {
  const s = raw.replace(SPACES, '');
  let m: RegExpExecArray | null;
  if (style === 'en' && (m = /^(\d{1,3})([.,])(\d{3})$/.exec(s))) return m[2] === ',' ? make(m[1] + m[3], undefined) : make(m[1], m[3]);
  // 12.500.000 or 1.234,5 (Dutch thousands, optional decimal comma)
  if ((m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s))) return make(m[1].replace(/\./g, ''), m[2]);
  // 12,500,000 or 1,234.5 (English thousands: two or more groups, or one group and a decimal point)
  if ((m = /^(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/.exec(s)) || (m = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(s))) {
    return make(m[1].replace(/,/g, ''), m[2]);
  }
  // 12,5 or 1250 (Dutch decimal comma)
  if ((m = /^(\d+)(?:,(\d+))?$/.exec(s))) return make(m[1], m[2]);
  // 12.5 (English decimal point; 12.500 was read as Dutch thousands above)
  if ((m = /^(\d+)\.(\d+)$/.exec(s))) return make(m[1], m[2]);
  return undefined;
}

function make(integer: string, fraction: string | undefined): ReadNumber {
  return { value: Number(`${integer}.${fraction ?? '0'}`), decimals: fraction?.length ?? 0 };
}

const NIL = /^[-–—]$/;

/**
 * A table cell as an amount in euros, given the column's unit. Undefined when the cell is
 * empty or not an amount. A unit written in the cell (`€ 12,5 mln`) overrides the column's.
 */
export function parseAmount(cellText: string, columnMultiplier = 1, style: NumberStyle = 'nl'): Amount | undefined {
  let text = cellText.replace(SPACES, ' ').trim();
  if (text === '') return undefined;
  if (NIL.test(text)) return { value: 0, tolerance: 0 };
  let sign = 1;
  if (/^[-–−]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  }
  let multiplier = columnMultiplier;
  const withoutCurrency = text.replace(/€|\beur(?:o)?\b/gi, ' ').trim();
  const numberMatch = NUMBER.exec(withoutCurrency);
  if (!numberMatch || numberMatch.index !== 0) return undefined;
  const numberText = numberMatch[0];
  const rest = withoutCurrency.slice(numberText.length).trimStart();
  if (rest !== '') {
    const scale = SCALE_WORDS.find(([pattern]) => pattern.test(rest));
    if (!scale || rest.replace(scale[0], '').trim() !== '') return undefined;
    multiplier = scale[1];
  }
  const number = readNumber(numberText, style);
  if (!number) return undefined;
  const value = sign * number.value * multiplier;
  const tolerance = multiplier === 1 && number.decimals === 0 ? 0 : 0.5 * 10 ** -number.decimals * multiplier;
  return { value: Math.round(value * 100) / 100, tolerance };
}

/** The scale a cell writes after its number (`€ 12,5 mln` → 1 000 000), if any. */
export function cellScale(cellText: string): number | undefined {
  const text = cellText.replace(SPACES, ' ').replace(/€|\beur(?:o)?\b/gi, ' ').trim().replace(/^[-–−] ?/, '');
  const number = NUMBER.exec(text);
  if (!number || number.index !== 0) return undefined;
  const rest = text.slice(number[0].length).trimStart();
  return rest === '' ? undefined : SCALE_WORDS.find(([pattern]) => pattern.test(rest))?.[1];
}

/**
 * The notation a table's amounts share: Dutch when some cell can only be Dutch (12.500.000,
 * 1.234,5, 12,5), else English when some cell can only be English (12,500,000, 1,234.5, 12.5),
 * else what the header's unit is written in (`× € 1,000` is English), else Dutch.
 */
export function tableStyle(cellTexts: readonly string[], headerTexts: readonly string[] = []): NumberStyle {
  let english = false;
  for (const text of cellTexts) {
    const number = NUMBER.exec(text)?.[0].replace(SPACES, '') ?? '';
    if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$|^\d+,(?:\d{1,2}|\d{4,})$/.test(number)) return 'nl';
    if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d+$|^\d+\.(?:\d{1,2}|\d{4,})$/.test(number)) english = true;
  }
  if (english) return 'en';
  return headerTexts.some((text) => /[×x*] ?(?:€|eur(?:o)?)? ?1,000\b/i.test(text.replace(SPACES, ' '))) ? 'en' : 'nl';
}

interface Notation {
  style: 'nl' | 'en';
  grouped: boolean;
  decimals: number;
}

/** How a written amount is notated, so a corrected amount can be written the same way. */
export function notationOf(cellText: string): Notation {
  const number = NUMBER.exec(cellText)?.[0].replace(SPACES, '') ?? '';
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(number) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(number) || /^\d+\.\d{1,2}$/.test(number)) {
    const decimals = number.includes('.') ? number.split('.')[1].length : 0;
    return { style: 'en', grouped: number.includes(','), decimals };
  }
  const decimals = number.includes(',') ? number.split(',')[1].length : 0;
  return { style: 'nl', grouped: number.includes('.'), decimals };
}

export function formatAmount(euros: number, multiplier: number, notation: Notation): string {
  const scaled = euros / multiplier;
  const fixed = Math.abs(scaled).toFixed(notation.decimals);
  const [integer, fraction] = fixed.split('.');
  const [group, decimal] = notation.style === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = notation.grouped ? groupThousands(integer, group) : integer;
  return `${scaled < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** Replaces the number in a cell's source, keeping what surrounds it (`**`, `€`, `mln`). */
export function replaceNumber(cellSource: string, replacement: string): string {
  return cellSource.replace(NUMBER, replacement);
}

/** `1234567` → `1.234.567`: a separator before every group of three digits from the right. */
function groupThousands(digits: string, separator: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += separator + digits.slice(i, i + 3);
  return grouped;
}
