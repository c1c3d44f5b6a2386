/**
 * `iplan import <file.docx> [-o out.iplan.md] [--locale nl|en]`: a Word plan → an I-plan on
 * standard output or in a file, with the import report on standard error. The file is written
 * atomically, and only when the import succeeded.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localized, parseLocale, type Locale } from '../core';
import { writeFileAtomic } from '../node/atomicWrite';
import { ConfigResolver } from '../node/config';
import { loadImporter } from '../node/importer';
import { localeFromEnvironment } from '../node/locale';
import { localeOption, parseCommandLine, PLAN_OPTIONS } from './args';
import { errorLine, UsageError } from './errors';
import type { Io } from './io';
import type { Subcommand } from './subcommand';

const IMPORT_HELP = `Usage: iplan import <file.docx> [-o <out.iplan.md>] [--locale nl|en]

Turns a Word plan (.docx) into an I-plan: Markdown with YAML front matter. The chapters are
matched to the framework's sections; the properties, cost, portfolio and landscape-impact tables
fill the front matter; what the document does not state is left as a TODO for the author.
The plan goes to standard output (or the -o file), the import report to standard error.

Options:
  -o, --output <file>       write the plan to this file (atomically) instead of standard output
      --force               overwrite the output file if it exists
      --locale <nl|en>      language of the placeholders and the report (default: from LANG)
      --framework <file>    import against another framework definition (JSON)
  -c, --config <file>       use this configuration file (default: the nearest one)
  -h, --help                show this help

Images are not imported: a comment marks each place and the report counts them.
Exit codes: 0 imported, 2 the file cannot be read as a Word document, or a usage error.
`;

interface ImportArguments {
  file?: string;
  output?: string;
  force: boolean;
  locale?: Locale;
  framework?: string;
  config?: string;
  help: boolean;
}

function parseImportArguments(argv: string[]): ImportArguments {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      output: { type: 'string', short: 'o' },
      'output-file': { type: 'string' },
      force: { type: 'boolean', default: false },
      ...PLAN_OPTIONS,
    },
    'import: ',
  );
  const locale = localeOption(values.locale);
  if (positionals.length > 1) {
    throw new UsageError('import takes one Word document at a time', 'import neemt één Word-document tegelijk');
  }
  return {
    file: positionals[0],
    output: values.output ?? values['output-file'],
    force: values.force,
    locale,
    framework: values.framework,
    config: values.config,
    help: values.help,
  };
}

export const importCommand: Subcommand = {
  name: 'import',
  summary: localized('een Word-plan (.docx) omzetten in een I-plan', 'turn a Word plan (.docx) into an I-plan'),
  async run(argv, io) {
    try {
      return await runImport(argv, io);
    } catch (error) {
      // Errors in the language --locale asks for, which the generic handler cannot know.
      io.stderr(errorLine(error, localeArgument(argv) ?? localeFromEnvironment(io.env)));
      return 2;
    }
  },
};

/** `--locale nl` or `--locale=nl`, read before the arguments are parsed (they may be wrong). */
function localeArgument(argv: string[]): Locale | undefined {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (index < 0) return undefined;
  return parseLocale(argv[index].includes('=') ? argv[index].split('=')[1] : (argv[index + 1] ?? ''));
}

async function runImport(argv: string[], io: Io): Promise<number> {
  const options = parseImportArguments(argv);
  if (options.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (!options.file) throw new UsageError('import: no Word document given (try: iplan import plan.docx -o plan.iplan.md)', 'import: geen Word-document opgegeven (probeer: iplan import plan.docx -o plan.iplan.md)');
  const source = path.resolve(io.cwd, options.file);
  const target = options.output !== undefined ? path.resolve(io.cwd, options.output) : undefined;
  const resolver = new ConfigResolver(io.cwd, {
    framework: options.framework && path.resolve(io.cwd, options.framework),
    configFile: options.config && path.resolve(io.cwd, options.config),
  });
  const config = resolver.forFile(target ?? path.join(io.cwd, '.'));
  const locale = options.locale ?? config.locale ?? localeFromEnvironment(io.env);
  const nl = locale === 'nl';
  if (target && existsSync(target) && !options.force) {
    throw new UsageError(`${options.output} already exists; use --force to overwrite it`, `${options.output} bestaat al; gebruik --force om het te overschrijven`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? (nl ? 'bestaat niet' : 'does not exist') : code === 'EISDIR' ? (nl ? 'is een map' : 'is a folder') : (error as Error).message;
    throw new UsageError(`import: ${options.file} ${reason}`, `import: ${options.file} ${reason}`);
  }

  const { importDocx, formatReport, ImportError } = loadImporter();
  let result;
  try {
    result = await importDocx(bytes, config.framework, { locale });
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(`import: ${options.file}: ${error.en}`, `import: ${options.file}: ${error.nl}`);
    throw error;
  }
  if (target) writeFileAtomic(target, result.text);
  else io.stdout(result.text);
  io.stderr(formatReport(result.report, options.file, locale, config.framework));
  if (target) io.stderr(nl ? `  geschreven: ${options.output}\n` : `  written: ${options.output}\n`);
  return 0;
}
