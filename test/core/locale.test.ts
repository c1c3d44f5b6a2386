import { describe, expect, it } from 'vitest';
import { chooseLocale, parseLocale } from '../../server/src/core';
import { localeFromEnvironment } from '../../server/src/node/locale';

describe('choosing Dutch or English', () => {
  it('reads a locale tag or setting by its start, in any case and form', () => {
    for (const tag of ['nl', 'NL', 'nl-NL', 'nl_BE.UTF-8', ' nl ']) expect(parseLocale(tag), tag).toBe('nl');
    for (const tag of ['en', 'en-GB', 'EN_us.utf8']) expect(parseLocale(tag), tag).toBe('en');
    for (const tag of ['auto', 'C', 'POSIX', 'de-DE', 'fy', '', undefined]) expect(parseLocale(tag), String(tag)).toBeUndefined();
  });

  it('takes the first source that names a language, else English', () => {
    expect(chooseLocale('en', 'nl')).toBe('en');
    expect(chooseLocale('auto', 'nl-BE')).toBe('nl');
    expect(chooseLocale(undefined, 'de', 'nl')).toBe('nl');
    expect(chooseLocale(undefined, 'C')).toBe('en');
    expect(chooseLocale()).toBe('en');
  });

  it('from the environment: the first locale variable set decides, as in gettext', () => {
    expect(localeFromEnvironment({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(localeFromEnvironment({ LC_ALL: 'C', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'nl_BE', LANG: 'en_US' })).toBe('nl');
    expect(localeFromEnvironment({ LANGUAGE: 'nl:en' })).toBe('nl');
  });
});
