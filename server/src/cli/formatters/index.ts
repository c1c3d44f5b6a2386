import type { Formatter } from '../results';
import { github } from './github';
import { gitlab } from './gitlab';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

/** Every report format the CLI can write, by its `--format` name. */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  junit,
  gitlab,
  github,
  html,
};
