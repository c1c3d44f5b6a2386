/**
 * Never down: every handler runs through `guard`, so an exception becomes a log line and a
 * neutral answer instead of a broken request or a dead server.
 */
import type { Connection } from 'vscode-languageserver';

export interface Log {
  error(message: string): void;
  info(message: string): void;
}

export function connectionLog(connection: Connection): Log {
  return {
    error: (message) => connection.console.error(message),
    info: (message) => connection.console.info(message),
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Wraps a handler: a throw or rejection is logged and answered with `fallback`. */
export function guard<P extends unknown[], R>(log: Log, name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`[${name}] ${describeError(error)}`);
      return fallback;
    }
  };
}

/** Lets other messages through between two pieces of work. */
export function yieldToEventLoop(): Promise<void> {
  // A browser's Web Worker has no setImmediate.
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
