/** What a CLI command may touch of the world: its folder, environment and standard streams. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Answers to questions (`iplan init`); absent when there is no one to ask. */
  stdin?: NodeJS.ReadableStream;
  /** Whether standard output is a terminal (then reports on it are coloured, unless told otherwise). */
  isTTY?: boolean;
}

/**
 * Whether a report on standard output is coloured, as ESLint and most command-line tools decide:
 * `--color` / `--no-color` first, then `NO_COLOR` (any value but empty: never), then
 * `FORCE_COLOR` (any value but `0` or `false`: always), else only on a terminal.
 */
export function useColor(flag: boolean | undefined, io: Pick<Io, 'env' | 'isTTY'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return io.isTTY === true;
}
