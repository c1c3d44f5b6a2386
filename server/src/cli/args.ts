/** Reading a command line with node's parseArgs, its mistakes as usage errors (exit 2, one line). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

export function parseCommandLine<T extends ParseArgsConfig['options']>(args: string[], options: T, prefix = '') {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${prefix}${(error as Error).message.split('\n')[0]}`);
  }
}
