/**
 * A full garbage collection once the server has been idle for a moment. Parsing a plan makes
 * many short-lived objects; without this, V8 keeps the heap at its high-water mark while a
 * hundred plans are open, and the editor's process looks several times larger than it is.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

const IDLE_MS = 1000;

let collect: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = undefined;
}

let timer: NodeJS.Timeout | undefined;

/** Call after work; the collection runs when no further work came for a second. */
export function collectWhenIdle(): void {
  if (!collect) return;
  clearTimeout(timer);
  timer = setTimeout(() => collect?.(), IDLE_MS);
  timer.unref();
}
