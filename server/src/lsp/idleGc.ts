/**
 * A full, compacting garbage collection, which the check worker runs when its queue has been
 * idle for a moment (jobQueue.ts). Parsing a plan makes many short-lived objects; without this,
 * V8 keeps the heap at its high-water mark while a hundred plans are open, and the editor's
 * process looks several times larger than it is. A full collection alone frees the objects but
 * leaves the old generation's pages each partly used (with 200 plans open: 97 MB committed for
 * 32 MB live); compacting moves the live objects together so the emptied pages go back to the
 * system (33 MB committed).
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

let collect: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = undefined;
}

/** Collects now, compacting; nothing where the collector cannot be reached. */
export function collectGarbage(): void {
  if (!collect) return;
  // Compaction costs more than marking; while editing, V8's own heuristics decide.
  setFlagsFromString('--compact-on-every-full-gc');
  collect();
  setFlagsFromString('--no-compact-on-every-full-gc');
}
