/**
 * `iplan portfolio <files, folders or globs…>`: the Rijk-wide view over many plans — every
 * activity, the costs per ministry, year and component (per accounting system, never added
 * across), the themes, and the large activities without dashboard number or AcICT status.
 * Plans are found as a check finds them; a plan that cannot be read is named on standard error
 * and left out.
 */
import * as path from 'node:path';
import { AmountOverflowError, buildPortfolio, type Portfolio, type PortfolioEntry } from '../../core/review/portfolio';
import { localeFromEnvironment } from '../../node/locale';
import { relativePosix } from '../../node/paths';
import { TOOL_VERSION } from '../../node/version';
import { loadRenderer } from '../../node/renderer';
import { localeOption, parseCommandLine, PLAN_OPTIONS, REPORT_OPTIONS } from '../args';
import { UsageError } from '../errors';
import { includedFiles } from '../files';
import { jsonForLogs, printable } from '../formatters/printable';
import { lintFile } from '../lintFile';
import { parseOutputs, writeOutput } from '../outputs';
import { subcommandResolver, type Subcommand } from '../subcommand';
import { portfolioCsv } from './csv';
import { portfolioXlsx } from './xlsx';

const FORMATS = ['csv', 'json', 'xlsx', 'html'] as const;
type PortfolioFormat = (typeof FORMATS)[number];

const HELP = `Usage: iplan portfolio [options] <files, folders or globs…>

The Rijk-wide view over many I-plans: every activity (ministry, plan, id, name, total cost,
status, dashboard number, AcICT, large or not, landscape impact), the costs per ministry, per
year and per component, the objectives per theme, and the large activities that lack a dashboard
number or an AcICT status. Amounts of plans in different accounting systems (boekhoudstelsel)
are never added up: each system has totals of its own.

Options:
  -f, --format <name>[:<file>]  ${FORMATS.join(', ')} (default csv); xlsx needs a file
                                (--format xlsx:portfolio.xlsx); repeat for several
  -o, --output-file <file>      write the (single) report to a file
      --locale <nl|en>          language of the html page and the workbook's sheet names
      --framework <file>        read the plans with another framework definition (JSON)
  -c, --config <file>           use this configuration file for every plan
  -h, --help                    show this help

Exit codes: 0 written; 2 usage, configuration or write error, or no readable plan.
`;

function parseOptions(argv: string[]) {
  const { values, positionals } = parseCommandLine(
    argv,
    { ...REPORT_OPTIONS, ...PLAN_OPTIONS },
    'portfolio: ',
  );
  if (values.help) return 'help' as const;
  if (positionals.length === 0) throw new UsageError('portfolio: no files, folders or globs given (try: iplan portfolio plannen/)', 'portfolio: geen bestanden, mappen of patronen opgegeven (probeer: iplan portfolio plannen/)');
  const locale = localeOption(values.locale, 'portfolio: ');
  const outputs = parseOutputs(values.format, values['output-file'], FORMATS, 'portfolio: ');
  if (outputs.some((o) => o.format === 'xlsx' && !o.file)) {
    throw new UsageError('portfolio: --format xlsx writes a workbook: give it a file (--format xlsx:portfolio.xlsx)', 'portfolio: --format xlsx schrijft een werkmap: geef een bestand (--format xlsx:portfolio.xlsx)');
  }
  return { paths: positionals, outputs, locale, framework: values.framework, config: values.config };
}

function exactPortfolio(entries: readonly PortfolioEntry[]): Portfolio {
  try {
    return buildPortfolio(entries);
  } catch (error) {
    if (!(error instanceof AmountOverflowError)) throw error;
    const who = error.ministerie ?? '?';
    throw new UsageError(`portfolio: the costs of ${who} are too large to add up exactly`, `portfolio: de kosten van ${who} zijn te groot om exact op te tellen`);
  }
}

export const portfolio: Subcommand = {
  name: 'portfolio',
  summary: { nl: 'het portfolio over veel plannen (csv, xlsx, json, html)', en: 'the portfolio over many plans (csv, xlsx, json, html)' },
  async run(argv, io) {
    const options = parseOptions(argv);
    if (options === 'help') {
      io.stdout(HELP);
      return 0;
    }
    const resolver = subcommandResolver(io, options);
    const here = resolver.forFile(path.join(io.cwd, '.'));
    const locale = options.locale ?? here.locale ?? localeFromEnvironment(io.env);
    const entries: PortfolioEntry[] = [];
    for (const file of includedFiles(options.paths, io.cwd, (f) => resolver.forFile(f))) {
      const config = resolver.forFile(file);
      const outcome = lintFile(file, config, { toolVersion: TOOL_VERSION, cwd: io.cwd });
      if (!outcome.isPlan) continue;
      const shown = relativePosix(io.cwd, file) || path.basename(file);
      if (!outcome.plan) {
        const why = outcome.findings.map((f) => f.ruleId).join(', ');
        io.stderr(locale === 'nl' ? `iplan: portfolio: ${printable(shown)} overgeslagen (${why})\n` : `iplan: portfolio: ${printable(shown)} left out (${why})\n`);
        continue;
      }
      entries.push({ file: shown, plan: outcome.plan, framework: config.framework });
    }
    if (entries.length === 0) {
      throw new UsageError(
        `portfolio: no readable I-plans in ${options.paths.join(', ')}`,
        `portfolio: geen leesbare I-plannen in ${options.paths.join(', ')}`,
      );
    }
    const result = exactPortfolio(entries);
    for (const output of options.outputs) {
      const format: PortfolioFormat = output.format;
      const report =
        format === 'csv'
          ? portfolioCsv(result.activities)
          : format === 'json'
            ? `${jsonForLogs(result, 2)}\n`
            : format === 'xlsx'
              ? await portfolioXlsx(result, locale, TOOL_VERSION)
              : loadRenderer().renderPortfolioPage(result, { locale, framework: here.framework, toolVersion: TOOL_VERSION });
      writeOutput(output, report, io);
    }
    return 0;
  },
};
