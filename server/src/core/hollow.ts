/**
 * Hollow statements: a value that fills a field without saying anything ("n.v.t.", "geen", "-",
 * "zie boven", "None"). The words are framework data, per language; a value is hollow when it is
 * one of them as a whole, whatever its case, diacritics or closing punctuation.
 */
import type { Locale } from './types';

export type HollowWordsDefinition = Partial<Record<Locale, string[]>>;

function fold(text: string): string {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  // "See above." is "see above"; a value of dots alone ("...") stays what it is.
  let end = folded.length;
  while (end > 0 && '.:;,!'.includes(folded[end - 1])) end--;
  return end > 0 ? folded.slice(0, end) : folded;
}

/** Every language's words at once: a plan in Dutch may still write "n/a". */
export function hollowWords(definition: HollowWordsDefinition | undefined): ReadonlySet<string> {
  return new Set(Object.values(definition ?? {}).flatMap((words) => (words ?? []).map(fold)));
}

export function isHollow(words: ReadonlySet<string>, text: string): boolean {
  return words.has(fold(text));
}
