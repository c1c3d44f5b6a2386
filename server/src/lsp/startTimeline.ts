/**
 * The server's start as it went, logged once with the first diagnostics it gives: when each step
 * was done, in ms since the server's process (or Web Worker) started — its bundle loaded, the
 * editor's hello, the check worker loaded and ready, the first check sent, parsed and answered.
 * A slow first check on a user's machine can then be read from the log.
 */

const marks: [string, number][] = [];
let logged = false;

/** The step `name` is done now (or at `at`, ms since the start); only its first time counts. */
export function markStart(name: string, at = performance.now()): void {
  if (logged || marks.some(([known]) => known === name)) return;
  marks.push([name, at]);
}

/** The start-up line, the first time it is asked for; undefined after. */
export function startLine(): string | undefined {
  if (logged) return undefined;
  logged = true;
  const steps = [...marks].sort((a, b) => a[1] - b[1]).map(([name, at]) => `${name} ${Math.round(at)}`);
  return `Start-up (ms since the server started): ${steps.join(', ')}`;
}
