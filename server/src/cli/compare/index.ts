/**
 * `iplan compare <old> <new>`: what changed between two versions of a plan. Each side is a file
 * or `<git-ref>:<path>`. Both are checked with the configuration that applies to the new side, so
 * that the findings differ only where the plans do.
 */
import { check, parse, type Locale } from '../../core';
import { comparePlans, type PlanVersion } from '../../core/review/compare';
import type { ResolvedConfig } from '../../node/config';
import { localeFromEnvironment } from '../../node/locale';
import { PlanSourceError, readPlanSource, type PlanSource } from '../../node/planSource';
import { publicRuleDocsUri } from '../../node/ruleDocs';
import { TOOL_VERSION } from '../../node/version';
import { loadRenderer } from '../../node/renderer';
import { localeOption, parseCommandLine, PLAN_OPTIONS, REPORT_OPTIONS } from '../args';
import { UsageError } from '../errors';
import { useColor } from '../io';
import { parseOutputs, writeOutput } from '../outputs';
import { subcommandResolver, type Subcommand } from '../subcommand';
import { compareJson } from './json';
import { compareMarkdown } from './markdown';
import { compareStylish } from './stylish';

const FORMATS = ['stylish', 'json', 'markdown', 'html'] as const;
type CompareFormat = (typeof FORMATS)[number];

const HELP = `Usage: iplan compare [options] <old> <new>

Shows what changed between two versions of an I-plan: the plan period, the costs per year and
component, activities and objectives, the sections of the text, and the findings fixed and new.
Each version is a file, or <git-ref>:<path> read from git (e.g. main:plans/bzk.iplan.md,
v1.0:plans/bzk.iplan.md, HEAD~1:./bzk.iplan.md; a path is from the repository's top unless it
starts with ./ or ../).

Options:
  -f, --format <name>[:<file>]  ${FORMATS.join(', ')} (default stylish); markdown is a merge-request
                                comment, html the reviewer's page; repeat for several
  -o, --output-file <file>      write the (single) report to a file
      --fail-on-new-findings    exit 1 when the new version has findings the old one has not
      --color, --no-color       colour the stylish report, or not (default: on a terminal,
                                unless NO_COLOR is set; FORCE_COLOR forces it)
      --locale <nl|en>          language of the report (default: from LANG, Dutch for nl*)
      --framework <file>        check against another framework definition (JSON)
  -c, --config <file>           use this configuration file (default: the nearest one above <new>)
  -h, --help                    show this help

Exit codes: 0 compared, 1 new findings with --fail-on-new-findings, 2 usage, read or
configuration error.
`;

interface Options {
  sides: [string, string];
  outputs: ReturnType<typeof parseOutputs<CompareFormat>>;
  failOnNewFindings: boolean;
  /** --color / --no-color; undefined: decided by the environment (see useColor). */
  color?: boolean;
  locale?: Locale;
  framework?: string;
  config?: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      ...REPORT_OPTIONS,
      'fail-on-new-findings': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      ...PLAN_OPTIONS,
    },
    'compare: ',
  );
  if (values.help) return 'help';
  if (positionals.length !== 2) {
    throw new UsageError('compare: give two versions, <old> <new> (a file or <git-ref>:<path>)', 'compare: geef twee versies, <oud> <nieuw> (een bestand of <git-ref>:<pad>)');
  }
  if (values.color && values['no-color']) throw new UsageError('compare: --color and --no-color exclude each other', 'compare: --color en --no-color sluiten elkaar uit');
  const locale = localeOption(values.locale, 'compare: ');
  return {
    sides: [positionals[0], positionals[1]],
    outputs: parseOutputs(values.format, values['output-file'], FORMATS, 'compare: '),
    failOnNewFindings: values['fail-on-new-findings'],
    color: values.color ? true : values['no-color'] ? false : undefined,
    locale,
    framework: values.framework,
    config: values.config,
  };
}

function version(source: PlanSource, config: ResolvedConfig): PlanVersion {
  const plan = parse(source.text, config.framework);
  return { file: source.label, plan, findings: check(plan, config.framework, { rules: config.rules }) };
}

export const compare: Subcommand = {
  name: 'compare',
  summary: { nl: 'vergelijk twee versies van een plan (bestand of <git-ref>:<pad>)', en: 'compare two versions of a plan (file or <git-ref>:<path>)' },
  async run(argv, io) {
    const options = parseOptions(argv);
    if (options === 'help') {
      io.stdout(HELP);
      return 0;
    }
    const resolver = subcommandResolver(io, options);
    const maxBytesFor = (file: string) => resolver.forFile(file).maxFileSize;
    let sources: [PlanSource, PlanSource];
    try {
      sources = [readPlanSource(options.sides[0], io.cwd, maxBytesFor), readPlanSource(options.sides[1], io.cwd, maxBytesFor)];
    } catch (error) {
      if (error instanceof PlanSourceError) throw new UsageError(`compare: ${error.text.en}`, `compare: ${error.text.nl}`);
      throw error;
    }
    const config = resolver.forFile(sources[1].file);
    const locale = options.locale ?? config.locale ?? localeFromEnvironment(io.env);
    const comparison = comparePlans(version(sources[0], config), version(sources[1], config));
    const labels = loadRenderer().reviewLabelsFor(locale);
    const valueName = loadRenderer().valueNamesOf(config.framework, labels);
    const report = (format: CompareFormat, toFile: boolean): string => {
      switch (format) {
        case 'json':
          return compareJson(comparison, locale);
        case 'markdown':
          return compareMarkdown(comparison, labels, valueName);
        case 'html':
          return loadRenderer().renderComparePage(comparison, { locale, framework: config.framework, docsUri: publicRuleDocsUri, toolVersion: TOOL_VERSION });
        default:
          // A report written to a file is coloured only when asked for, as the check's is.
          return compareStylish(comparison, labels, valueName, toFile ? options.color === true : useColor(options.color, io));
      }
    };
    for (const output of options.outputs) writeOutput(output, report(output.format, output.file !== undefined), io);
    return options.failOnNewFindings && comparison.findings.new.length > 0 ? 1 : 0;
  },
};
