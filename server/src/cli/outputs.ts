/**
 * `--format <name>[:<file>]` (repeatable) and `-o <file>` for the subcommands that write reports:
 * each format to standard output or to its own file, written atomically.
 */
import * as path from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { UsageError } from './errors';
import type { Io } from './io';

interface Output<Format extends string> {
  format: Format;
  file?: string;
}

export function parseOutputs<Format extends string>(
  specs: readonly string[] | undefined,
  outputFile: string | undefined,
  names: readonly Format[],
  prefix: string,
): Output<Format>[] {
  const outputs = (specs ?? [names[0]]).map((spec): Output<Format> => {
    const separator = spec.indexOf(':');
    const format = separator < 0 ? spec : spec.slice(0, separator);
    const file = separator < 0 ? undefined : spec.slice(separator + 1);
    if (!(names as readonly string[]).includes(format)) {
      throw new UsageError(`${prefix}unknown format "${format}"; choose one of ${names.join(', ')}`, `${prefix}onbekend formaat "${format}"; kies uit ${names.join(', ')}`);
    }
    if (file === '') throw new UsageError(`${prefix}--format ${format}: missing file name after ":"`, `${prefix}--format ${format}: bestandsnaam ontbreekt na ":"`);
    return { format: format as Format, file };
  });
  if (outputFile !== undefined) {
    const withoutFile = outputs.filter((o) => !o.file);
    if (withoutFile.length !== 1) {
      throw new UsageError(`${prefix}--output-file needs exactly one --format without its own ":file"`, `${prefix}--output-file vraagt precies één --format zonder eigen ":bestand"`);
    }
    withoutFile[0].file = outputFile;
  }
  return outputs;
}

/** `/dev/stdout` and its other names: the standard stream itself (it may be a socket, which cannot be opened by name). */
const STANDARD_STREAMS = new Map<string, 'stdout' | 'stderr'>([
  ['/dev/stdout', 'stdout'],
  ['/dev/fd/1', 'stdout'],
  ['/proc/self/fd/1', 'stdout'],
  ['/dev/stderr', 'stderr'],
  ['/dev/fd/2', 'stderr'],
  ['/proc/self/fd/2', 'stderr'],
]);

/** Writes a plan or a report; a place that cannot take it stops the run with one line that says why. */
export function writeOrExplain(file: string, content: string | Uint8Array, io: Io): void {
  const stream = process.platform === 'win32' ? undefined : STANDARD_STREAMS.get(file);
  if (stream && typeof content === 'string') {
    io[stream](content);
    return;
  }
  try {
    writeFileAtomic(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const shown = path.relative(io.cwd, file) || file;
    const why = code === 'ENXIO' ? `no program reads from it (${code})` : code;
    throw new UsageError(`cannot write ${shown}: ${why}`, `${shown} kan niet worden geschreven: ${code === 'ENXIO' ? `geen programma leest ervan (${code})` : code}`);
  }
}

/** A report to its file (atomically) or to standard output. */
export function writeOutput(output: Output<string>, report: string | Uint8Array, io: Io): void {
  if (output.file) writeOrExplain(path.resolve(io.cwd, output.file), report, io);
  else if (typeof report === 'string') io.stdout(report);
  else throw new UsageError(`--format ${output.format} writes a binary file: give it a file name (${output.format}:<file>)`, `--format ${output.format} schrijft een binair bestand: geef een bestandsnaam (${output.format}:<bestand>)`);
}
