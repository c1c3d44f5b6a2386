/**
 * `iplan [options] <files, folders or globs…>` — thin: arguments in, core out, a report written.
 * Exit codes (FORMAT.md §5): 0 clean, 1 findings that fail the run, 2 usage/configuration/internal.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { FrameworkError, lintText, type Locale } from '../core';
import { writeFileAtomic } from '../node/atomicWrite';
import { loadFramework } from '../node/loadFramework';
import { localeFromEnvironment, parseLocale } from '../node/locale';
import { ruleDescriptors } from '../node/ruleDocs';
import { UsageError } from './errors';
import { expandPaths } from './files';
import { formatters } from './formatters';
import type { LintResult } from './results';
import { toLintResult } from './toResults';

declare const IPLAN_VERSION: string;
const VERSION = typeof IPLAN_VERSION === 'string' ? IPLAN_VERSION : '0.0.0-dev';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Output {
  format: string;
  file?: string;
}

interface Options {
  paths: string[];
  outputs: Output[];
  maxWarnings?: number;
  quiet: boolean;
  locale: Locale;
  framework?: string;
  help: boolean;
  version: boolean;
}

const HELP = `Usage: iplan [options] <files, folders or globs…>

Checks multi-year departmental I-plans (Markdown with YAML front matter) against the
Kwaliteitskader. Folders are searched for Markdown; files that are not I-plans are skipped.

Options:
  -f, --format <name>[:<file>]  report format: ${Object.keys(formatters).join(', ')} (default stylish);
                                repeat to write several, e.g. --format json:report.json --format stylish
  -o, --output-file <file>      write the (single) report to a file instead of standard output
      --max-warnings <n>        fail (exit 1) when there are more than n warnings
      --quiet                   report errors only
      --locale <nl|en>          language of the messages (default: from LANG, Dutch for nl*)
      --framework <file>        check against another framework definition (JSON)
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings that fail the run,
2 usage, configuration or internal error.
`;

export function parseArguments(argv: string[], env: NodeJS.ProcessEnv): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        locale: { type: 'string' },
        framework: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const outputs: Output[] = (values.format ?? ['stylish']).map((spec) => {
    const separator = spec.indexOf(':');
    const format = separator < 0 ? spec : spec.slice(0, separator);
    const file = separator < 0 ? undefined : spec.slice(separator + 1);
    if (!formatters[format]) {
      throw new UsageError(
        `unknown format "${format}"; choose one of ${Object.keys(formatters).join(', ')}`,
        `onbekend formaat "${format}"; kies uit ${Object.keys(formatters).join(', ')}`,
      );
    }
    if (file === '') throw new UsageError(`--format ${format}: missing file name after ":"`);
    return { format, file };
  });
  if (values['output-file'] !== undefined) {
    const withoutFile = outputs.filter((o) => !o.file);
    if (withoutFile.length !== 1) {
      throw new UsageError('--output-file needs exactly one --format without its own ":file"');
    }
    withoutFile[0].file = values['output-file'];
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
    }
  }
  let locale = localeFromEnvironment(env);
  if (values.locale !== undefined) {
    const chosen = parseLocale(values.locale);
    if (!chosen) throw new UsageError(`--locale expects nl or en, got "${values.locale}"`);
    locale = chosen;
  }
  if (!values.help && !values.version && positionals.length === 0) {
    throw new UsageError('no files, folders or globs given (try: iplan examples/)', 'geen bestanden, mappen of patronen opgegeven (probeer: iplan examples/)');
  }
  return {
    paths: positionals,
    outputs,
    maxWarnings: maxWarnings === -1 ? undefined : maxWarnings,
    quiet: values.quiet,
    locale,
    framework: values.framework,
    help: values.help,
    version: values.version,
  };
}

export function run(argv: string[], io: Io): number {
  let options: Options | undefined;
  try {
    options = parseArguments(argv, io.env);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const framework = loadFramework(options.framework && path.resolve(io.cwd, options.framework));
    const files = expandPaths(options.paths, io.cwd);
    const results: LintResult[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${path.relative(io.cwd, file) || file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const outcome = lintText(text, framework, { relativePath: path.relative(io.cwd, file) });
      if (!outcome.isPlan) continue;
      const findings = options.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings;
      results.push(toLintResult(file, findings, options.locale));
    }

    const context = { cwd: io.cwd, locale: options.locale, rules: ruleDescriptors(framework), toolVersion: VERSION };
    for (const output of options.outputs) {
      const report = formatters[output.format](results, context);
      if (output.file) writeFileAtomic(path.resolve(io.cwd, output.file), report);
      else io.stdout(report);
    }
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    if (errors > 0) return 1;
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr(
        options.locale === 'nl'
          ? `iplan: ${warnings} waarschuwingen, meer dan --max-warnings ${options.maxWarnings} toestaat\n`
          : `iplan: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    const dutch = (options?.locale ?? localeFromEnvironment(io.env)) === 'nl';
    if (error instanceof UsageError) io.stderr(`iplan: ${dutch ? error.nl : error.message}\n`);
    else if (error instanceof FrameworkError) io.stderr(`iplan: ${dutch ? 'ongeldig kader' : 'invalid framework'}: ${error.message}\n`);
    else io.stderr(`iplan: ${dutch ? 'interne fout' : 'internal error'}: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  const code = run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  // Let stdout drain before exiting: a large report piped to another program must arrive whole.
  process.exitCode = code;
}
