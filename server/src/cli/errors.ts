/** A mistake on the command line or in configuration: exit code 2 with one clear line. */
import { FrameworkError, type Locale } from '../core';
import { ConfigError } from '../node/config';
import { SuppressionsError } from '../node/suppressions';
import { printable } from './formatters/printable';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly nl: string = message,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The one line on standard error for a run that could not be done (exit code 2). Paths and
 * values in it come from the command line or the repository, so they are printed escaped.
 */
export function errorLine(error: unknown, locale: Locale): string {
  const dutch = locale === 'nl';
  if (error instanceof UsageError) return `iplan: ${printable(dutch ? error.nl : error.message)}\n`;
  if (error instanceof ConfigError) return `iplan: ${dutch ? 'ongeldige configuratie' : 'invalid configuration'}: ${printable(error.message)}\n`;
  if (error instanceof SuppressionsError) return `iplan: ${dutch ? 'ongeldig bestand met onderdrukkingen' : 'invalid suppressions file'}: ${printable(error.message)}\n`;
  if (error instanceof FrameworkError) return `iplan: ${dutch ? 'ongeldig kader' : 'invalid framework'}: ${printable(error.message)}\n`;
  // A bug: one line that says what, then where in our code (the frames name no user input).
  const message = error instanceof Error ? error.message : String(error);
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return `iplan: ${dutch ? 'interne fout' : 'internal error'}: ${printable(message)}\n${frames.map((frame) => `${frame}\n`).join('')}`;
}
