/**
 * `--format <name>[:<file>]` (repeatable) and `-o <file>` for the subcommands that write reports:
 * each format to standard output or to its own file, written atomically.
 */
import * as path from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { UsageError } from './errors';
import type { Io } from './io';

export interface Output<Format extends string> {
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

/** A report to its file (atomically) or to standard output. */
export function writeOutput(output: Output<string>, report: string | Uint8Array, io: Io): void {
  if (output.file) writeFileAtomic(path.resolve(io.cwd, output.file), report);
  else if (typeof report === 'string') io.stdout(report);
  else throw new UsageError(`--format ${output.format} writes a binary file: give it a file name (${output.format}:<file>)`, `--format ${output.format} schrijft een binair bestand: geef een bestandsnaam (${output.format}:<bestand>)`);
}
