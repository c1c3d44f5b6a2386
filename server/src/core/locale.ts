/**
 * How a language is chosen, the same way everywhere (CLI, server, client, `iplan init`): a
 * setting, option or locale tag that starts with `nl` means Dutch, one that starts with `en`
 * English; anything else (`auto`, `C`, `de-DE`, nothing) leaves the choice to the next source.
 * Without imports, so the editor's client can use it without the rest of the core.
 */
import type { Locale } from './types';

/** The language a tag names (`nl`, `nl-NL`, `nl_BE.UTF-8`, `EN`), if it names one of ours. */
export function parseLocale(tag: string | undefined): Locale | undefined {
  const lower = tag?.trim().toLowerCase() ?? '';
  return lower.startsWith('nl') ? 'nl' : lower.startsWith('en') ? 'en' : undefined;
}

/** The first source that names a language, most specific first (option, setting, environment); else English. */
export function chooseLocale(...sources: (string | undefined)[]): Locale {
  for (const source of sources) {
    const locale = parseLocale(source);
    if (locale) return locale;
  }
  return 'en';
}
