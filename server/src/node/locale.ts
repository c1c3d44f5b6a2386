import type { Locale } from '../core';

/** Dutch when the environment's locale is nl*, English otherwise. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^nl/i.test(value ?? '') ? 'nl' : 'en';
}

export function parseLocale(value: string): Locale | undefined {
  const lower = value.toLowerCase();
  return lower.startsWith('nl') ? 'nl' : lower.startsWith('en') ? 'en' : undefined;
}
