/** Reading a command line with node's parseArgs, its mistakes as usage errors (exit 2, one line). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseLocale, type Locale } from '../core';
import { UsageError } from './errors';

/** The options of every subcommand that reads plans: their language, framework and configuration, and help. */
export const PLAN_OPTIONS = {
  locale: { type: 'string' },
  framework: { type: 'string' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/** The options of a subcommand that writes reports: in which formats, and to which file. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o' },
} satisfies ParseArgsConfig['options'];

/** `--locale`, when given: `nl` or `en`, else a usage error. */
export function localeOption(value: string | undefined, prefix = ''): Locale | undefined {
  if (value === undefined) return undefined;
  const locale = parseLocale(value);
  if (!locale) throw new UsageError(`${prefix}--locale expects nl or en, got "${value}"`, `${prefix}--locale verwacht nl of en, niet "${value}"`);
  return locale;
}

export function parseCommandLine<T extends ParseArgsConfig['options']>(args: string[], options: T, prefix = '') {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${prefix}${(error as Error).message.split('\n')[0]}`);
  }
}
