import { chooseLocale, type Locale } from '../core';

/**
 * The language of the process's environment: the first locale variable that is set decides, as
 * in gettext (`LC_ALL=C LANG=nl_NL` is English); without any, the system's locale.
 */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale {
  return chooseLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || Intl.DateTimeFormat().resolvedOptions().locale);
}
