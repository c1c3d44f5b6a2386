import type { Formatter } from '../results';
import { json } from './json';
import { stylish } from './stylish';

/** Every report format the CLI can write, by its `--format` name. */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
};
