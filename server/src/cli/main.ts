/**
 * `iplan [options] <files, folders or globs…>` — thin: arguments in, core out, a report written.
 * Exit codes (docs/format.md §9): 0 clean, 1 findings that fail the run, 2 usage/configuration/internal.
 */
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { parseLocale, type Finding, type Locale, type Plan } from '../core';
import { ResultCache } from '../node/cache';
import { TOOL_VERSION } from '../node/version';
import { ConfigResolver, type ConfigOverrides } from '../node/config';
import { localeFromEnvironment } from '../node/locale';
import { relativePosix } from '../node/paths';
import { ruleDescriptors } from '../node/ruleDocs';
import type { ReportEntry } from '../render';
import { parseCommandLine } from './args';
import { findSubcommand, runSubcommand, subcommandsHelp } from './commands';
import { errorLine, UsageError } from './errors';
import { cacheNotWrittenLine, cacheNoteLine } from './cacheNotes';
import { includedFiles } from './files';
import { writeOrExplain } from './outputs';
import { useColor, type Io } from './io';
import { fixText, unifiedDiff } from './fix';
import { hasParsed, lintFile } from './lintFile';
import { defaultConcurrency, lintInWorkers, shouldParallelize, type LintedFile } from './parallel';
import { formatters } from './formatters';
import { formatNames, HTML_REPORT, htmlReport, isFormat, reportEntry } from './report';
import type { LintResult } from './results';
import { toLintResult } from './toResults';
import { RunSuppressions, SUPPRESSION_ARGUMENTS, SUPPRESSION_HELP, suppressionOptions, type SuppressionOptions } from './suppress';
import type { CheckedPlan } from '../node/suppressions';

const VERSION = TOOL_VERSION;


interface Output {
  format: string;
  file?: string;
}

interface Options {
  paths: string[];
  outputs: Output[];
  maxWarnings?: number;
  quiet: boolean;
  /** --color / --no-color; undefined: decided by the environment (see useColor). */
  color?: boolean;
  /** From --locale; otherwise the configuration's, otherwise the environment's. */
  locale?: Locale;
  framework?: string;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  cacheLocation?: string;
  concurrency: number;
  suppressions: SuppressionOptions;
  help: boolean;
  version: boolean;
}

const HELP = `Usage: iplan [options] <files, folders or globs…>
       iplan <command> [options]   (iplan <command> --help for its options)

Checks multi-year departmental I-plans (Markdown with YAML front matter) against the
Kwaliteitskader. Folders are searched for Markdown; files that are not I-plans are skipped.

Options:
  -f, --format <name>[:<file>]  report format: ${formatNames().join(', ')} (default stylish);
                                repeat to write several, e.g. --format json:report.json --format stylish
  -o, --output-file <file>      write the (single) report to a file instead of standard output
      --max-warnings <n>        fail (exit 1) when there are more than n warnings
      --quiet                   report errors only
      --color, --no-color       colour the stylish report, or not (default: on a terminal,
                                unless NO_COLOR is set; FORCE_COLOR=1 colours anyway)
      --locale <nl|en>          language of the messages (default: from LANG, Dutch for nl*)
      --framework <file>        check against another framework definition (JSON)
  -c, --config <file>           use this configuration file for every plan (default: the nearest
                                iplan.config.json or .iplanrc.json above each plan)
      --fix                     apply the safe fixes and write the files (atomically)
      --fix-dry-run             print the fixes as a unified diff; write nothing
      --cache                   reuse results of unchanged files (stored in .iplancache)
      --cache-location <file>   where the cache is stored
      --concurrency <n|off>     worker threads for large runs (default: one per core)
${SUPPRESSION_HELP}
  -h, --help                    show this help
  -v, --version                 show the version

Commands:
${subcommandsHelp()}

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings that fail the run,
2 usage, configuration or internal error.
`;

function parseArguments(argv: string[]): Options {
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: 'string', short: 'f', multiple: true },
    'output-file': { type: 'string', short: 'o' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    locale: { type: 'string' },
    framework: { type: 'string' },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
    cache: { type: 'boolean', default: false },
    'cache-location': { type: 'string' },
    concurrency: { type: 'string' },
    ...SUPPRESSION_ARGUMENTS,
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  });
  const outputs: Output[] = (values.format ?? ['stylish']).map((spec) => {
    const separator = spec.indexOf(':');
    const format = separator < 0 ? spec : spec.slice(0, separator);
    const file = separator < 0 ? undefined : spec.slice(separator + 1);
    if (!isFormat(format)) {
      throw new UsageError(
        `unknown format "${format}"; choose one of ${formatNames().join(', ')}`,
        `onbekend formaat "${format}"; kies uit ${formatNames().join(', ')}`,
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
  let locale: Locale | undefined;
  if (values.locale !== undefined) {
    locale = parseLocale(values.locale);
    if (!locale) throw new UsageError(`--locale expects nl or en, got "${values.locale}"`);
  }
  let concurrency = defaultConcurrency();
  if (values.concurrency !== undefined) {
    concurrency = values.concurrency === 'off' ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new UsageError(`--concurrency expects a whole number of threads or "off", got "${values.concurrency}"`);
    }
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color exclude each other');
  if (!values.help && !values.version && positionals.length === 0) {
    throw new UsageError('no files, folders or globs given (try: iplan examples/)', 'geen bestanden, mappen of patronen opgegeven (probeer: iplan examples/)');
  }
  return {
    paths: positionals,
    outputs,
    maxWarnings: maxWarnings === -1 ? undefined : maxWarnings,
    quiet: values.quiet,
    color: values.color ? true : values['no-color'] ? false : undefined,
    locale,
    framework: values.framework,
    config: values.config,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    cacheLocation: values.cache || values['cache-location'] !== undefined ? (values['cache-location'] ?? '.iplancache') : undefined,
    concurrency,
    suppressions: suppressionOptions(values),
    help: values.help,
    version: values.version,
  };
}

async function run(argv: string[], io: Io): Promise<number> {
  const subcommand = findSubcommand(argv[0]);
  if (subcommand) return runSubcommand(subcommand, argv.slice(1), io);
  let options: Options | undefined;
  let localeForErrors: Locale | undefined;
  try {
    options = parseArguments(argv);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const overrides: ConfigOverrides = {
      framework: options.framework && path.resolve(io.cwd, options.framework),
      configFile: options.config && path.resolve(io.cwd, options.config),
    };
    const resolver = new ConfigResolver(io.cwd, overrides);
    // The configuration of a file in the current folder: the one there, else the nearest above.
    const here = resolver.forFile(path.join(io.cwd, 'iplan.config.json'));
    const locale = options.locale ?? here.locale ?? localeFromEnvironment(io.env);
    localeForErrors = locale;
    const cache = options.cacheLocation ? new ResultCache(path.resolve(io.cwd, options.cacheLocation), VERSION, io.env) : undefined;
    if (cache?.note) io.stderr(cacheNoteLine(cache.note, cache.location!, io.cwd, locale));
    const files = includedFiles(options.paths, io.cwd, (file) => resolver.forFile(file));
    // Read before the check: a malformed file stops the run before any work is done.
    const suppressions = RunSuppressions.open(options.suppressions, io.cwd);

    // Fixing reads and writes files one by one; a plain check may spread over the cores.
    const fixing = options.fix || options.fixDryRun;
    const linted = new Map<string, LintedFile & { text?: string }>();
    const pending: string[] = [];
    for (const file of files) {
      const config = resolver.forFile(file);
      if (fixing || !shouldParallelize(files.length, options.concurrency)) {
        const outcome = lintFile(file, config, { cache, toolVersion: VERSION, cwd: io.cwd });
        linted.set(file, { file, ...outcome });
      } else if (cache) {
        const hit = cache.lookup(file, config);
        if (hit) linted.set(file, { file, ...hit });
        else pending.push(file);
      } else {
        pending.push(file);
      }
    }
    if (pending.length > 0) {
      const fresh = shouldParallelize(pending.length, options.concurrency)
        ? await lintInWorkers(pending, { cwd: io.cwd, overrides, toolVersion: VERSION }, options.concurrency)
        : pending.map((file) => ({ file, ...lintFile(file, resolver.forFile(file), { toolVersion: VERSION, cwd: io.cwd }) }));
      for (const outcome of fresh) {
        linted.set(outcome.file, outcome);
        cache?.store(outcome.file, resolver.forFile(outcome.file), outcome);
      }
    }

    // Fixes first: what is suppressed or reported is what stays after them.
    const checked: (CheckedPlan & { isPlan: boolean; findings: Finding[]; text?: string; plan?: Plan })[] = [];
    for (const file of files) {
      const outcome = linted.get(file)!;
      let findings = outcome.isPlan ? outcome.findings : [];
      let text = outcome.text;
      if (fixing && outcome.text !== undefined && findings.some((f) => f.fix)) {
        const config = resolver.forFile(file);
        const relativePath = relativePosix(config.baseDir, file);
        const fixed = fixText(outcome.text, findings, config, relativePath);
        if (fixed.changed) {
          if (options.fix) writeOrExplain(file, fixed.text, io);
          else io.stdout(unifiedDiff(relativePosix(io.cwd, file), outcome.text, fixed.text));
          findings = fixed.findings;
          text = fixed.text;
        }
      }
      checked.push({ file, isPlan: outcome.isPlan, findings, text, plan: text === outcome.text ? (outcome as { plan?: Plan }).plan : undefined });
    }
    suppressions.settle(checked);

    const results: LintResult[] = [];
    // The HTML report shows the plans themselves (never cached: re-parsed after a hit).
    const reportEntries: ReportEntry[] | undefined = options.outputs.some((o) => o.format === HTML_REPORT) ? [] : undefined;
    const quiet = options.quiet;
    const shown = (list: Finding[]) => (quiet ? list.filter((f) => f.severity === 'error') : list);
    for (const { file, isPlan, findings: all, text, plan } of checked) {
      if (!isPlan) continue;
      const applied = suppressions.apply(file, all);
      const findings = shown(applied.reported);
      results.push(toLintResult(file, findings, locale, { suppressed: shown(applied.suppressed), exceeded: applied.exceeded }));
      reportEntries?.push(reportEntry({ file, findings, source: { text, plan }, config: resolver.forFile(file), cwd: io.cwd, toolVersion: VERSION }));
    }
    try {
      cache?.save();
    } catch (error) {
      // The check itself is done: a cache that cannot be written costs the next run time only.
      io.stderr(cacheNotWrittenLine(error, cache!.location!, io.cwd, locale));
    }

    const context = { cwd: io.cwd, locale, rules: ruleDescriptors(here.framework), toolVersion: VERSION };
    for (const output of options.outputs) {
      // A report written to a file is coloured only when asked for: files are read by programs.
      const color = output.file ? options.color === true : useColor(options.color, io);
      const report = output.format === HTML_REPORT ? htmlReport(reportEntries!, context) : formatters[output.format](results, { ...context, color });
      if (output.file) writeOrExplain(path.resolve(io.cwd, output.file), report, io);
      else io.stdout(report);
    }
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    let code = errors > 0 ? 1 : 0;
    if (errors === 0 && options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr(
        locale === 'nl'
          ? `iplan: ${warnings} waarschuwingen, meer dan --max-warnings ${options.maxWarnings} toestaat\n`
          : `iplan: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`,
      );
      code = 1;
    }
    const unused = suppressions.unused(checked, locale, io.cwd);
    if (unused) {
      io.stderr(unused.text);
      if (unused.fails) code = 1;
    }
    return code;
  } catch (error) {
    io.stderr(errorLine(error, options?.locale ?? localeForErrors ?? localeFromEnvironment(io.env)));
    return 2;
  }
}

/**
 * A reader that stops early (`iplan … | head -1`) closes the pipe: what is left to print has
 * nowhere to go, and the run ends normally (report files are still written, the exit code still
 * says what was found) instead of dying on EPIPE.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    if (stream !== process.stderr) process.stderr.write(`iplan: cannot write the output: ${error.code ?? error.message}\n`);
    outputFailed = true;
  });
}
let outputFailed = false;

/**
 * The command itself: arguments from the process, output to its streams, the exit code set.
 * Resolves to whether this thread parsed a plan (bin.ts then keeps the compiled code).
 */
export async function runFromCommandLine(): Promise<boolean> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const code = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    isTTY: process.stdout.isTTY === true,
  });
  // exitCode rather than exit(): a large report piped to another program must arrive whole.
  process.exitCode = outputFailed ? 2 : code;
  return hasParsed();
}

if (isMainThread && require.main === module) void runFromCommandLine();
