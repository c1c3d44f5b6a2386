// Whether a report on standard output is coloured: the CLI decides, as ESLint does, and tells the formatter.
import { describe, expect, it } from 'vitest';
import { useColor } from '../../server/src/cli/io';

const decide = (flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean) => useColor(flag, { env, isTTY });

describe('colour on standard output', () => {
  it('on a terminal by default, not on a pipe or a file', () => {
    expect(decide(undefined, {}, true)).toBe(true);
    expect(decide(undefined, {}, false)).toBe(false);
  });

  it('NO_COLOR with any value turns it off; an empty NO_COLOR is not set', () => {
    expect(decide(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(decide(undefined, { NO_COLOR: 'false' }, true)).toBe(false);
    expect(decide(undefined, { NO_COLOR: '' }, true)).toBe(true);
  });

  it('FORCE_COLOR turns it on off a terminal, unless it is 0 or false; NO_COLOR wins over it', () => {
    for (const value of ['1', '2', '3', 'true']) expect(decide(undefined, { FORCE_COLOR: value }, false), value).toBe(true);
    for (const value of ['0', 'false', 'FALSE']) expect(decide(undefined, { FORCE_COLOR: value }, true), value).toBe(false);
    expect(decide(undefined, { FORCE_COLOR: '' }, false)).toBe(false);
    expect(decide(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, true)).toBe(false);
  });

  it('--color and --no-color win over everything', () => {
    expect(decide(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(decide(false, { FORCE_COLOR: '1' }, true)).toBe(false);
  });
});
