/**
 * Subcommands: `iplan <name> …`. Anything else on the command line is a check of files, folders
 * or globs (a folder that has a subcommand's name is checked as `./name`). A new subcommand is
 * one module that exports a `Subcommand` (subcommand.ts) and one entry in the list below;
 * `iplan --help` lists it.
 */
import { localeFromEnvironment } from '../node/locale';
import { errorLine } from './errors';
import { compare } from './compare';
import { importCommand } from './import';
import { init } from './init';
import { portfolio } from './portfolio';
import type { Io } from './io';
import type { Subcommand } from './subcommand';

const subcommands: readonly Subcommand[] = [init, compare, importCommand, portfolio];

export function findSubcommand(word: string | undefined): Subcommand | undefined {
  return subcommands.find((command) => command.name === word);
}

export async function runSubcommand(command: Subcommand, argv: string[], io: Io): Promise<number> {
  try {
    return await command.run(argv, io);
  } catch (error) {
    io.stderr(errorLine(error, localeFromEnvironment(io.env)));
    return 2;
  }
}

/** The subcommands' part of `iplan --help`. */
export function subcommandsHelp(): string {
  const width = Math.max(...subcommands.map((c) => c.name.length));
  return subcommands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.en}`).join('\n');
}
