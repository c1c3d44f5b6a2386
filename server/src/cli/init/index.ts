/**
 * `iplan init [folder]`: sets up a plan repository. It asks for the ministry, the plan period, the
 * plan's language and the CI (or takes them as options; `--yes` takes the defaults), then writes
 * the configuration, a first plan from the framework's template, the editor's recommendations,
 * the CI file and a .gitignore line for the cache. It never replaces a file without `--force`,
 * and says which files it left alone.
 */
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseLocale, schemaEnumAt, type Locale, type Localized, type SchemaNode } from '../../core';
import { writeFileAtomic } from '../../node/atomicWrite';
import { ConfigResolver } from '../../node/config';
import { localeFromEnvironment } from '../../node/locale';
import { readTextFile } from '../../node/readFile';
import { TOOL_VERSION } from '../../node/version';
import { parseCommandLine } from '../args';
import type { Subcommand } from '../subcommand';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { lineAsker, type Question } from './prompt';
import { CI_CHOICES, scaffold, type Answers, type CiChoice, type Planned } from './scaffold';

const HELP = `Usage: iplan init [options] [folder]

Sets up a plan repository in the folder (default: the current one): iplan.config.json, a first
plan from the template, VS Code's recommendations and settings, the CI file and a .gitignore line
for the cache. Asks for what it needs, unless given as options. Existing files are left alone.

Options:
      --ministry <code>       the ministry, e.g. BZK (default: from the folder's name, else open)
      --period <from-to>      the plan period, e.g. 2027-2030 (default: the next four years)
      --language <nl|en>      the plan's language (default: nl)
      --ci <gitlab|github|none>  the CI file to write (default: what the repository uses)
  -y, --yes                   take the defaults for everything not given; ask nothing
      --force                 replace files that exist
  -h, --help                  show this help
`;

const TEXT = {
  nl: {
    ministry: 'Ministerie',
    open: 'leeg: later invullen',
    period: 'Planperiode (eerste-laatste jaar)',
    language: 'Taal van het plan (nl, en)',
    ci: 'CI (gitlab, github, none)',
    created: 'Aangemaakt:',
    extended: 'Aangevuld:',
    replaced: 'Vervangen:',
    leftAlone: 'Ongemoeid gelaten (bestaat al; --force vervangt):',
    alreadyThere: (lines: string) => `heeft ${lines} al`,
    next: (plan: string) =>
      `Verder: open ${plan} in VS Code (installeer de aanbevolen extensie), vul de TODO's in en controleer met \`npx iplan .\`.`,
  },
  en: {
    ministry: 'Ministry',
    open: 'empty: fill in later',
    period: 'Plan period (first-last year)',
    language: 'Language of the plan (nl, en)',
    ci: 'CI (gitlab, github, none)',
    created: 'Created:',
    extended: 'Added to:',
    replaced: 'Replaced:',
    leftAlone: 'Left alone (exists; --force replaces):',
    alreadyThere: (lines: string) => `already has ${lines}`,
    next: (plan: string) => `Next: open ${plan} in VS Code (install the recommended extension), fill in the TODOs and check with \`npx iplan .\`.`,
  },
};

interface Options {
  folder: string;
  ministry?: string;
  period?: string;
  language?: string;
  ci?: string;
  yes: boolean;
  force: boolean;
  help: boolean;
}

function parseOptions(argv: string[], cwd: string): Options {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      ministry: { type: 'string' },
      period: { type: 'string' },
      language: { type: 'string' },
      ci: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    'init: ',
  );
  if (positionals.length > 1) throw new UsageError('init: give one folder at most', 'init: geef hoogstens één map');
  return { ...values, folder: path.resolve(cwd, positionals[0] ?? '.') };
}

type Read<T> = { value: T } | { problem: Localized };

const notOneOf = (answer: string, choices: readonly string[]): { problem: Localized } => ({
  problem: { nl: `"${answer}" is geen van: ${choices.join(', ')}`, en: `"${answer}" is not one of: ${choices.join(', ')}` },
});

/** Readers of each answer, shared by the options and the questions. */
function readers(ministries: string[]) {
  return {
    ministry(answer: string): Read<string> {
      const code = ministries.find((m) => m.toLowerCase() === answer.trim().toLowerCase());
      return code ? { value: code } : notOneOf(answer, ministries);
    },
    period(answer: string): Read<{ from: number; to: number }> {
      const m = /^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$/.exec(answer);
      const from = Number(m?.[1]);
      const to = Number(m?.[2]);
      if (!m || from < 2000 || to > 2100 || to < from) {
        return { problem: { nl: `"${answer}" is geen periode zoals 2027-2030`, en: `"${answer}" is not a period such as 2027-2030` } };
      }
      return { value: { from, to } };
    },
    language(answer: string): Read<Locale> {
      const locale = parseLocale(answer.trim());
      return locale ? { value: locale } : notOneOf(answer, ['nl', 'en']);
    },
    ci(answer: string): Read<CiChoice> {
      const choice = CI_CHOICES.find((c) => c === answer.trim().toLowerCase());
      return choice ? { value: choice } : notOneOf(answer, CI_CHOICES);
    },
  };
}

/** A ministry's code standing as a word in the folder's name: `iplan-bzk` → BZK. */
function ministryFromFolder(folder: string, ministries: string[]): string | undefined {
  const words = path.basename(folder).toLowerCase().split(/[^a-z0-9]+/);
  return ministries.find((m) => words.includes(m.toLowerCase()));
}

/** `.git/config` and `.gitignore` are small; a larger one is not what we think it is. */
const SMALL_FILE_BYTES = 1024 * 1024;

/** The CI the repository already uses, judged by its files and its git remote. */
function ciInUse(folder: string): CiChoice {
  if (existsSync(path.join(folder, '.gitlab-ci.yml'))) return 'gitlab';
  if (existsSync(path.join(folder, '.github'))) return 'github';
  try {
    const config = readTextFile(path.join(folder, '.git', 'config'), { maxBytes: SMALL_FILE_BYTES });
    if (/url\s*=.*github\.com/i.test(config)) return 'github';
    if (/url\s*=.*gitlab/i.test(config)) return 'gitlab';
  } catch {
    // Not a git repository (yet).
  }
  return 'none';
}

/** The configuration schema of an iplan installed in the repository, for editors that read `$schema`. */
function installedSchema(folder: string): string | undefined {
  const relative = 'node_modules/iplan/schemas/config.schema.json';
  return existsSync(path.join(folder, relative)) ? `./${relative}` : undefined;
}

function unwrap<T>(read: Read<T>, option: string): T {
  if ('value' in read) return read.value;
  throw new UsageError(`init: --${option}: ${read.problem.en}`, `init: --${option}: ${read.problem.nl}`);
}

async function answersFor(options: Options, ministries: string[], io: Io): Promise<Answers> {
  const locale = localeFromEnvironment(io.env);
  const text = TEXT[locale];
  const read = readers(ministries);
  const year = new Date().getFullYear();
  const defaults = {
    ministry: ministryFromFolder(options.folder, ministries),
    period: { from: year + 1, to: year + 4 },
    language: 'nl' as Locale,
    ci: ciInUse(options.folder),
  };
  const given = {
    ministry: options.ministry === undefined ? undefined : unwrap(read.ministry(options.ministry), 'ministry'),
    period: options.period === undefined ? undefined : unwrap(read.period(options.period), 'period'),
    language: options.language === undefined ? undefined : unwrap(read.language(options.language), 'language'),
    ci: options.ci === undefined ? undefined : unwrap(read.ci(options.ci), 'ci'),
  };
  const missing = Object.entries(given).some(([, value]) => value === undefined);
  if (options.yes || !missing) {
    const period = given.period ?? defaults.period;
    return { ministry: given.ministry ?? defaults.ministry, ...period, language: given.language ?? defaults.language, ci: given.ci ?? defaults.ci };
  }
  if (!io.stdin) {
    throw new UsageError('init: no input to ask on; give the answers as options, or --yes for the defaults', 'init: geen invoer om vragen op te stellen; geef de antwoorden als opties, of --yes voor de standaardwaarden');
  }
  const asker = lineAsker(io, io.stdin, locale);
  try {
    const ask = <T>(value: T | undefined, question: Question<T>) => (value !== undefined ? Promise.resolve(value) : asker.ask(question));
    const ministry = await ask<string | undefined>(given.ministry, {
      text: `${text.ministry} (${ministries.join(', ')})`,
      defaultLabel: defaults.ministry ?? text.open,
      defaultValue: defaults.ministry,
      read: read.ministry,
    });
    const period = await ask(given.period, {
      text: text.period,
      defaultLabel: `${defaults.period.from}-${defaults.period.to}`,
      defaultValue: defaults.period,
      read: read.period,
    });
    const language = await ask(given.language, { text: text.language, defaultLabel: defaults.language, defaultValue: defaults.language, read: read.language });
    const ci = await ask(given.ci, { text: text.ci, defaultLabel: defaults.ci, defaultValue: defaults.ci, read: read.ci });
    return { ministry, ...period, language, ci };
  } finally {
    asker.close();
  }
}

type Outcome = 'created' | 'replaced' | 'extended' | 'leftAlone';

/** Writes one planned file; never replaces without `force`, never writes half a file. */
function write(folder: string, planned: Planned, force: boolean): Outcome {
  const file = path.join(folder, ...planned.path.split('/'));
  const exists = existsSync(file);
  if (planned.kind === 'lines') {
    const current = exists ? readTextFile(file, { maxBytes: SMALL_FILE_BYTES }) : '';
    const have = new Set(current.split(/\r?\n/).map((line) => line.trim()));
    const missing = planned.lines.filter((line) => !have.has(line));
    if (missing.length === 0) return 'leftAlone';
    const separator = current === '' || current.endsWith('\n') ? '' : '\n';
    writeFileAtomic(file, `${current}${separator}${missing.join('\n')}\n`);
    return exists ? 'extended' : 'created';
  }
  if (exists && !force) return 'leftAlone';
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, planned.content);
  return exists ? 'replaced' : 'created';
}

export const init: Subcommand = {
  name: 'init',
  summary: { nl: 'zet een planrepository op (configuratie, eerste plan, editor, CI)', en: 'set up a plan repository (configuration, first plan, editor, CI)' },
  async run(argv, io) {
    const options = parseOptions(argv, io.cwd);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    const framework = new ConfigResolver(options.folder).forFile(path.join(options.folder, 'plan.iplan.md')).framework;
    const ministries = schemaEnumAt(framework.frontMatterSchema as SchemaNode, ['ministerie']).map(String);
    const answers = await answersFor(options, ministries, io);
    mkdirSync(options.folder, { recursive: true });
    const planned = scaffold(answers, { framework, version: TOOL_VERSION, configSchema: installedSchema(options.folder) });

    const text = TEXT[localeFromEnvironment(io.env)];
    const outcomes: Record<Outcome, string[]> = { created: [], replaced: [], extended: [], leftAlone: [] };
    for (const file of planned) {
      const outcome = write(options.folder, file, options.force);
      outcomes[outcome].push(outcome === 'leftAlone' && file.kind === 'lines' ? `${file.path} (${text.alreadyThere(file.lines.join(', '))})` : file.path);
    }
    const list = (title: string, files: string[]) => (files.length ? `${title}\n${files.map((f) => `  ${f}`).join('\n')}\n` : '');
    io.stdout(
      list(text.created, outcomes.created) +
        list(text.replaced, outcomes.replaced) +
        list(text.extended, outcomes.extended) +
        list(text.leftAlone, outcomes.leftAlone) +
        `\n${text.next(planned[0].path)}\n`,
    );
    return 0;
  },
};
