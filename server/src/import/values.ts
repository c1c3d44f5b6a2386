/**
 * Reading the values a Word plan states in its own words into what the front matter holds:
 * "Infrastructuur en Waterstaat (IenW)" → IENW, "2026 t/m 2029" → { van: 2026, tot: 2029 },
 * "15 maart 2026" → 2026-03-15. Each reader returns undefined when it cannot tell.
 */
import { schemaEnum, schemaEnumName, type SchemaNode } from '../core';
import { MINISTRY_ALIASES, VALUE_WORDS } from './vocabulary';

const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word or phrase in a text, not part of a longer word. */
function containsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(phrase))}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** The schema's Dutch and English names of an enumeration value. */
function schemaNames(node: SchemaNode | undefined, value: unknown): string[] {
  if (!node) return [];
  return (['nl', 'en'] as const).flatMap((locale) => schemaEnumName(node, value, locale) ?? []);
}

/**
 * The ministry a text names, by code or abbreviation ("IenW", "BZK") or by name ("Ministerie
 * van Justitie en Veiligheid", the schema's names and a few more); the longest name wins, so
 * "Economische Zaken en Klimaat" is EZK. `node` is the schema of `ministerie`.
 */
export function readMinistry(text: string, node: SchemaNode): string | undefined {
  const candidates: { code: string; length: number }[] = [];
  for (const code of schemaEnum(node).map(String)) {
    const aliases = MINISTRY_ALIASES[code] ?? [];
    for (const name of [...schemaNames(node, code), ...aliases]) if (containsPhrase(text, name)) candidates.push({ code, length: name.length });
    for (const abbreviation of [code, ...aliases.filter((alias) => !/\s/.test(alias))]) {
      // Abbreviations as written (IenW, BZK), or the code in capitals: "def" in prose is no ministry.
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(abbreviation)}(?![\\p{L}\\p{N}])`, 'u');
      if (pattern.test(text)) candidates.push({ code, length: abbreviation.length });
    }
  }
  candidates.sort((a, b) => b.length - a.length);
  return candidates[0]?.code;
}

/** "2026 t/m 2029", "2026–2029", "2026 tot en met 2029", "2026 to 2029". */
export function readPeriod(text: string): { van: number; tot: number } | undefined {
  const m = /(?<!\d)((?:19|20|21)\d\d)\s*(?:-|–|—|t\/m|tot en met|tot|to|through|until|till)\s*((?:19|20|21)\d\d)(?!\d)/i.exec(text);
  if (!m) return undefined;
  return { van: Number(m[1]), tot: Number(m[2]) };
}

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** A month by its Dutch or English name; only the table's own names ("constructor" is none). */
const monthOf = (word: string | undefined) => (word !== undefined && Object.hasOwn(MONTHS, word) ? MONTHS[word] : undefined);

/** "15 maart 2026", "15 March 2026", "March 15, 2026", "2026-03-15", "15-3-2026" → YYYY-MM-DD. */
export function readDate(text: string): string | undefined {
  const t = fold(text);
  let year: number, month: number, day: number;
  let m: RegExpExecArray | null;
  if ((m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/.exec(t))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    // "15 maart 2026" or "March 15, 2026": three words in a row, the month by name.
    const words = t.replace(/[.,]/g, ' ').split(' ').filter((word) => word !== '');
    const number = (word: string | undefined, digits: RegExp) => (word !== undefined && digits.test(word) ? Number(word) : undefined);
    const at = words.findIndex((word, i) => {
      const [a, b, c] = [word, words[i + 1], words[i + 2]];
      return number(c, /^\d{4}$/) !== undefined && ((number(a, /^\d{1,2}$/) !== undefined && monthOf(b)) || (monthOf(a) && number(b, /^\d{1,2}$/) !== undefined));
    });
    if (at < 0) return undefined;
    const [a, b, c] = [words[at], words[at + 1], words[at + 2]];
    [day, month, year] = monthOf(a) ? [Number(b), monthOf(a)!, Number(c)] : [Number(a), monthOf(b)!, Number(c)];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "1.0", "versie 1.2", "v0.9", "1,0" → "1.0". */
export function readVersion(text: string): string | undefined {
  const m = /(?<![\d.,])(\d+(?:[.,]\d+)*)(?![\d.,]*\d)/.exec(text.replace(/^\s*(?:versie|version|v)\.?\s*/i, ''));
  return m ? m[1].replace(/,/g, '.') : undefined;
}

/** The year of the Besluit CIO-stelsel Rijksdienst a text names, if it is one the schema knows. */
export function readDecree(text: string, allowed: readonly unknown[]): number | undefined {
  const years = [...text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1])).filter((year) => allowed.includes(year));
  return years.length === 1 ? years[0] : undefined;
}

/**
 * The enumeration value whose words a text uses ("In uitvoering" → in-uitvoering): the value as
 * the schema spells it, its names in the schema (`node`), or the importer's own words for it;
 * undefined when none or more than one value fits.
 */
export function readChoice<K extends keyof typeof VALUE_WORDS>(text: string, kind: K, node?: SchemaNode): keyof (typeof VALUE_WORDS)[K] | undefined {
  const words = VALUE_WORDS[kind] as Record<string, readonly string[]>;
  const folded = fold(text).replace(/-/g, ' ');
  const exact = Object.keys(words).find((value) => fold(value).replace(/-/g, ' ') === folded);
  if (exact) return exact as keyof (typeof VALUE_WORDS)[K];
  const phrasesOf = (value: string) => [...words[value], ...schemaNames(node, value)];
  const hits = Object.keys(words).filter((value) => phrasesOf(value).some((phrase) => containsPhrase(folded, phrase.replace(/-/g, ' '))));
  return hits.length === 1 ? (hits[0] as keyof (typeof VALUE_WORDS)[K]) : undefined;
}

/** One of the schema's values written out in a text ("Thema: Digitale weerbaarheid."), if exactly one. */
export function findValue(text: string, values: readonly string[]): string | undefined {
  const hits = values.filter((value) => containsPhrase(text, value));
  // "ICT-landschap" also contains no other theme; but a longer value wins over one it contains.
  const longest = hits.filter((hit) => !hits.some((other) => other !== hit && other.includes(hit)));
  return longest.length === 1 ? longest[0] : undefined;
}

/** Names in a cell: separated by semicolons or line breaks, else by commas. */
export function splitList(text: string): string[] {
  const separator = /[;\n]/.test(text) ? /[;\n]+/ : /,/;
  return text
    .split(separator)
    .map((item) => item.replace(/^\s*[-•·*]\s*/, '').trim().replace(/[.;,]$/, ''))
    .filter((item) => item !== '' && !/^[-–—]$/.test(item));
}
