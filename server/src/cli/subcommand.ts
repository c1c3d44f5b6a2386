/** The shape of a subcommand (`iplan <name> …`); the list of them is in commands.ts. */
import type { Localized } from '../core';
import type { Io } from './io';

export interface Subcommand {
  /** The word after `iplan`. */
  name: string;
  /** One line for `iplan --help`. */
  summary: Localized;
  /**
   * Runs with the arguments after the name and returns the exit code. Throw a `UsageError` for a
   * mistake on the command line: it becomes exit code 2 and one line on standard error.
   */
  run(argv: string[], io: Io): Promise<number>;
}
