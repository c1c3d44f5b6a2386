import type { Formatter } from '../results';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

/**
 * The formatters of results, by their `--format` name: each a function of the results alone.
 * (`--format html` is no formatter: the renderer shows the plans themselves, see ../report.ts.)
 */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  junit,
  gitlab,
  github,
};
