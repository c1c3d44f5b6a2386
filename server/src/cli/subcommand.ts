/** The shape of a subcommand (`iplan <name> …`); the list of them is in commands.ts. */
import * as path from 'node:path';
import type { Localized } from '../core';
import { ConfigResolver } from '../node/config';
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

/** The configurations a subcommand reads plans with: its `--framework` and `--config`, if given. */
export function subcommandResolver(io: Io, options: { framework?: string; config?: string }): ConfigResolver {
  return new ConfigResolver(io.cwd, {
    framework: options.framework && path.resolve(io.cwd, options.framework),
    configFile: options.config && path.resolve(io.cwd, options.config),
  });
}
