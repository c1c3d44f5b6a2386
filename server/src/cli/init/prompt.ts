/**
 * Asking questions on standard input, one line an answer. Not a raw-mode terminal UI: answers can
 * be typed or piped in, and the end of input before all questions are answered is an error
 * rather than silent defaults.
 */
import { createInterface } from 'node:readline';
import type { Locale, Localized } from '../../core';
import { UsageError } from '../errors';
import type { Io } from '../io';

export interface Question<T> {
  text: string;
  /** Shown in brackets; an empty answer takes it. */
  defaultLabel: string;
  /** The value of an empty answer. */
  defaultValue: T;
  /** The value of an answer, or the reason it is not valid. */
  read(answer: string): { value: T } | { problem: Localized };
}

interface Asker {
  ask<T>(question: Question<T>): Promise<T>;
  close(): void;
}

export function lineAsker(io: Io, stdin: NodeJS.ReadableStream, locale: Locale): Asker {
  const lines = createInterface({ input: stdin, terminal: false, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return {
    async ask<T>(question: Question<T>): Promise<T> {
      for (;;) {
        io.stdout(`${question.text} [${question.defaultLabel}]: `);
        const next = await lines.next();
        if (next.done) {
          io.stdout('\n');
          throw new UsageError(
            `no answer to "${question.text}": input ended; give the answers as options, or --yes for the defaults`,
            `geen antwoord op "${question.text}": de invoer is op; geef de antwoorden als opties, of --yes voor de standaardwaarden`,
          );
        }
        const answer = String(next.value).trim();
        if (answer === '') return question.defaultValue;
        const read = question.read(answer);
        if ('value' in read) return read.value;
        io.stdout(`  ${read.problem[locale]}\n`);
      }
    },
    close() {
      void lines.return?.();
    },
  };
}
