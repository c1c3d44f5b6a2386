/** A mistake on the command line or in configuration: exit code 2 with one clear line. */
import { FrameworkError } from '../core';
import { ConfigError } from '../node/config';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly nl: string = message,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The one line on standard error for a run that could not be done (exit code 2). */
export function errorLine(error: unknown, dutch: boolean): string {
  if (error instanceof UsageError) return `iplan: ${dutch ? error.nl : error.message}\n`;
  if (error instanceof ConfigError) return `iplan: ${dutch ? 'ongeldige configuratie' : 'invalid configuration'}: ${error.message}\n`;
  if (error instanceof FrameworkError) return `iplan: ${dutch ? 'ongeldig kader' : 'invalid framework'}: ${error.message}\n`;
  return `iplan: ${dutch ? 'interne fout' : 'internal error'}: ${(error as Error)?.stack ?? String(error)}\n`;
}
