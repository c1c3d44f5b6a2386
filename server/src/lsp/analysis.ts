/**
 * One analysis per document version: settings → configuration and framework → core `lintText`.
 * Runs in the check worker (see checkWorker.ts) on Node, never on the thread that answers the
 * editor; in the browser in the server's own Web Worker. What it reads comes from its platform.
 * Every feature the worker serves (diagnostics, actions, hover, symbols, preview) reads the
 * cached result, so a version is parsed once.
 */
import {
  CheckAbandoned,
  checkTimeoutFinding,
  defaultFramework,
  lintText,
  localized,
  matchesPlanGlobs,
  planGlobsFor,
  mayHaveMarker,
  type Finding,
  type Framework,
  type Locale,
  type Plan,
} from '../core';
import { ConfigResolverOn, DEFAULT_MAX_FILE_SIZE, type ResolvedConfig } from '../node/configResolver';
import { FileReadError, FilesNotLoaded } from '../node/fileSystem';
import { forgetFrameworks } from '../node/frameworkFiles';
import { isPlanByName, screenText, type ScreenedPlan } from '../node/planScreen';
import type { CheckedDocument } from './checkProtocol';
import { describeError, type Log } from './guard';
import { t } from './messages';
import type { AnalysisPlatform } from './platform';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

/** How many documents keep their parsed plan in memory. */
const PLANS_KEPT = 16;
/** A version no open document has: another version of a document is checked outside every cache. */
const OTHER_VERSION = -1;

/** Not a rule: the framework or configuration could not be loaded. */
export const CONFIG_PROBLEM_CODE = 'configuration';
/** Not a rule: the check itself failed (a parser bug); the rest of the server keeps going. */
export const INTERNAL_ERROR_CODE = 'internal-error';

/** A check of one document version, with what the worker's features read. */
export interface Analysis extends CheckedDocument {
  /** Absent when the text was not parsed (configuration problem, file too large). */
  plan?: Plan;
  /** The plan was parsed but let go to save memory; the next request parses it again. */
  planDropped?: boolean;
  framework?: Framework;
}

/**
 * What a check will report if it has to be stopped from outside (the worker ended because it ran
 * far past its budget): known before parsing starts.
 */
interface CheckPreview {
  locale: Locale;
  isPlan: boolean;
  framework: Framework;
}

/** How the caller may stop a check early, besides its time budget. */
export interface CheckControl {
  /** Told once configuration is known, before the text is parsed. */
  starting?(preview: CheckPreview): void;
  /** True once a newer version made this check pointless. */
  superseded?(): boolean;
}

/** A check stopped because a newer version of the document superseded it. */
export class CheckSuperseded extends Error {
  constructor() {
    super('superseded by a newer version');
    this.name = 'CheckSuperseded';
  }
}

interface Resolved {
  config?: ResolvedConfig;
  problem?: string;
}

/** What an Analyzer works with, and whom it tells. */
interface AnalyzerOptions {
  platform: AnalysisPlatform;
  workspace: Workspace;
  /** The editor's language; without it, the configuration's, else English. */
  clientLocale?: Locale;
  log: Log;
  /** Told once about each new configuration problem (the server shows it to the user). */
  onProblem(message: string): void;
  /** False in an untrusted workspace: its framework files are not used (the user is told once). Default true. */
  trusted?: boolean;
  onUntrustedFramework?(file: string): void;
  /** The configuration generation to start at (a restarted worker continues the server's count). */
  generation?: number;
}

export class Analyzer {
  private generationCounter: number;
  private readonly cache = new Map<string, Analysis>();
  private readonly resolvers = new Map<string, ConfigResolverOn>();
  private readonly reportedProblems = new Set<string>();
  private readonly platform: AnalysisPlatform;
  private readonly workspace: Workspace;
  private readonly clientLocale: Locale | undefined;
  private readonly log: Log;
  private readonly onProblem: (message: string) => void;
  private readonly trusted: boolean;
  private readonly onUntrustedFramework: (file: string) => void;

  constructor(options: AnalyzerOptions) {
    this.platform = options.platform;
    this.workspace = options.workspace;
    this.clientLocale = options.clientLocale;
    this.log = options.log;
    this.onProblem = options.onProblem;
    this.trusted = options.trusted ?? true;
    this.onUntrustedFramework = options.onUntrustedFramework ?? (() => undefined);
    this.generationCounter = options.generation ?? 0;
  }

  get generation(): number {
    return this.generationCounter;
  }

  /** Settings, configuration files or the framework changed: everything is checked afresh. */
  invalidate(generation = this.generationCounter + 1): void {
    this.generationCounter = generation;
    this.cache.clear();
    this.resolvers.clear();
    this.reportedProblems.clear();
    forgetFrameworks();
  }

  /** The analysis of this exact version (whose text is `text`), computed once. */
  analyze(uri: string, version: number, text: string, settings: Settings, control?: CheckControl): Analysis {
    const cached = this.cache.get(uri);
    if (cached && cached.version === version && cached.generation === this.generationCounter && !cached.planDropped) return cached;
    const analysis = this.lint(uri, text, settings, version, control);
    const current = this.cache.get(uri);
    if (!current || current.version === undefined || current.version <= version) this.keep(uri, analysis);
    return analysis;
  }

  /**
   * Caches a document's analysis. Only the most recently checked documents keep their parsed
   * plan (hover, actions, symbols and the preview need it); the others keep their findings, and their plan
   * is parsed again (mostly from cached parts) when a feature asks for it. With hundreds of
   * plans open, memory stays bounded.
   */
  private keep(uri: string, analysis: Analysis): void {
    this.cache.delete(uri);
    this.cache.set(uri, analysis);
    let withPlan = 0;
    for (const [key, entry] of [...this.cache].reverse()) {
      if (!entry.plan) continue;
      if (++withPlan > PLANS_KEPT) this.cache.set(key, { ...entry, plan: undefined, planDropped: true });
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /**
   * Another version of a document (a commit's, another file's), checked as the document itself:
   * with its settings and configuration. Never cached: the document's own analysis stays, and the
   * disk cache holds one entry per path.
   */
  lintOtherVersion(uri: string, text: string, settings: Settings, control?: CheckControl): Analysis {
    return this.lint(uri, text, settings, OTHER_VERSION, control);
  }

  /** The framework that applies to a file or folder (for the template command). */
  frameworkFor(uri: string | undefined, settings: Settings): { framework: Framework; locale: Locale } {
    const filePath = uri ? this.platform.locator.toPath(uri) : undefined;
    const { config } = this.resolve(filePath ? this.platform.files.paths.join(filePath, 'new.iplan.md') : undefined, settings);
    return { framework: config?.framework ?? defaultFramework(), locale: this.locale(settings, config) };
  }

  /** Checks a text (an open document's or a file's on disk) with the settings that apply to it. */
  lint(uri: string, text: string, settings: Settings, version?: number, control: CheckControl = {}): Analysis {
    const generation = this.generationCounter;
    const filePath = this.platform.locator.toPath(uri);
    const { config, problem } = this.resolve(filePath, settings);
    const locale = this.locale(settings, config);
    const base = { uri, version, generation, locale };
    const relativePath = filePath && config ? this.relativePosix(config.baseDir, filePath) : this.relativeToFolder(filePath);

    if (!config) {
      const globs = planGlobsFor(defaultFramework(), settings.planGlobs);
      const isPlan = mayHaveMarker(text) || (relativePath !== undefined && matchesPlanGlobs(relativePath, globs));
      const finding: Finding = {
        ruleId: CONFIG_PROBLEM_CODE,
        severity: 'error',
        range: firstLine(text),
        message: localized(t('nl', 'configProblem', problem ?? ''), t('en', 'configProblem', problem ?? '')),
      };
      return { ...base, isPlan, findings: isPlan ? [finding] : [] };
    }

    const screened = screenText(text, relativePath, config);
    if (screened.kind === 'unfit') return { ...base, isPlan: screened.isPlan, findings: screened.findings, framework: config.framework };

    // Files on disk (workspace diagnostics) share the CLI's content-keyed cache: a file touched but
    // not changed, or unchanged across a settings change that does not concern it, is not parsed.
    const resultCache = this.platform.resultCache;
    const cacheKey = version === undefined && filePath ? resultCache?.keyFor(filePath, text, config) : undefined;
    const known = cacheKey ? resultCache?.get(filePath!, cacheKey) : undefined;
    if (known) return { ...base, ...known, framework: config.framework };

    const isPlanUnparsed = () => mayHaveMarker(text) || isPlanByName(relativePath, config);
    control.starting?.({ locale, isPlan: isPlanUnparsed(), framework: config.framework });
    const deadline = performance.now() + settings.checkTimeoutMs;
    try {
      const outcome = lintText(text, config.framework, {
        relativePath,
        planGlobs: config.planGlobs,
        rules: config.rules,
        shouldAbandon: () => performance.now() > deadline || control.superseded?.() === true,
      });
      for (const finding of outcome.findings) {
        // The core turns a failing rule into a finding; the output channel gets the details.
        if (finding.internal) this.log.error(`${uri}: ${finding.message.en}`);
      }
      if (cacheKey) resultCache?.set(filePath!, cacheKey, { isPlan: outcome.isPlan, findings: outcome.findings });
      return { ...base, isPlan: outcome.isPlan, findings: outcome.findings, plan: outcome.plan, framework: config.framework };
    } catch (error) {
      if (error instanceof CheckAbandoned) {
        // Parts parsed so far stay cached, so the next version gets further, usually to the end.
        if (control.superseded?.()) throw new CheckSuperseded();
        this.log.error(`Checking ${uri} took longer than ${settings.checkTimeoutMs} ms and was stopped.`);
        const isPlan = isPlanUnparsed();
        return { ...base, isPlan, findings: isPlan ? [checkTimeoutFinding(settings.checkTimeoutMs)] : [], framework: config.framework };
      }
      this.log.error(`Checking ${uri} failed: ${describeError(error)}`);
      const isPlan = mayHaveMarker(text);
      const detail = error instanceof Error ? error.message : String(error);
      return { ...base, isPlan, findings: isPlan ? [internalErrorFinding(text, detail)] : [], framework: config.framework };
    }
  }

  /**
   * Checks a plan file on disk (workspace diagnostics), read as the CLI reads it: a regular file,
   * never a link, within the size limit, UTF-8 text (on Node; in the browser as the editor reads
   * it). Undefined when it cannot be read (gone, or no longer a regular file): then it shows nothing.
   */
  lintDisk(uri: string, filePath: string, settings: Settings, control: (text: string) => CheckControl = () => ({})): Analysis | undefined {
    const { config } = this.resolve(filePath, settings);
    // Without a configuration (it is broken), the file is read with the defaults, to say so on it.
    const limits = config ?? { planGlobs: settings.planGlobs, framework: defaultFramework(), maxFileSize: DEFAULT_MAX_FILE_SIZE };
    let screened: ScreenedPlan;
    try {
      screened = this.platform.readPlan(filePath, config ? this.relativePosix(config.baseDir, filePath) : this.relativeToFolder(filePath), limits);
    } catch (error) {
      if (error instanceof FileReadError) return undefined;
      throw error;
    }
    if (screened.kind === 'text' || !config) {
      const text = screened.kind === 'text' ? screened.text : '';
      return this.lint(uri, text, settings, undefined, control(text));
    }
    return { uri, generation: this.generationCounter, locale: this.locale(settings, config), isPlan: screened.isPlan, findings: screened.findings, framework: config.framework };
  }

  private locale(settings: Settings, config: ResolvedConfig | undefined): Locale {
    if (settings.locale !== 'auto') return settings.locale;
    return this.clientLocale ?? config?.locale ?? 'en';
  }

  private relativeToFolder(filePath: string | undefined): string | undefined {
    if (!filePath) return undefined;
    const folder = this.workspace.folderOf(filePath);
    return this.relativePosix(folder?.path ?? this.platform.files.paths.dirname(filePath), filePath);
  }

  /** `to` relative to `from`, with forward slashes: what globs compare. */
  private relativePosix(from: string, to: string): string {
    const paths = this.platform.files.paths;
    return paths.relative(from, to).split(paths.sep).join('/');
  }

  /** Configuration for a file: the nearest config file, with the editor settings winning. */
  private resolve(filePath: string | undefined, settings: Settings): Resolved {
    const path = this.platform.files.paths;
    const folder = filePath ? this.workspace.folderOf(filePath) : this.workspace.all()[0];
    const root = folder?.path ?? (filePath ? path.dirname(filePath) : this.platform.cwd());
    const overrides = {
      framework: settings.framework ? path.resolve(root, settings.framework) : undefined,
      rules: settings.rules,
      planGlobs: settings.planGlobs,
      trustFrameworkFiles: this.trusted,
    };
    const key = JSON.stringify([root, overrides]);
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolverOn(root, overrides, this.platform.files);
      this.resolvers.set(key, resolver);
    }
    try {
      // An untitled document takes the configuration of the first workspace folder.
      const config = resolver.forFile(filePath ?? path.join(root, 'untitled.md'));
      if (config.ignoredFramework && !this.reportedProblems.has(config.ignoredFramework)) {
        this.reportedProblems.add(config.ignoredFramework);
        this.log.error(`Untrusted workspace: the framework file ${config.ignoredFramework} is ignored.`);
        this.onUntrustedFramework(config.ignoredFramework);
      }
      return { config };
    } catch (error) {
      // The browser's files arrive on demand: the caller fetches them and asks again.
      if (error instanceof FilesNotLoaded) throw error;
      const problem = error instanceof Error ? error.message : String(error);
      if (!this.reportedProblems.has(problem)) {
        this.reportedProblems.add(problem);
        this.log.error(`Configuration problem: ${problem}`);
        this.onProblem(problem);
      }
      return { problem };
    }
  }
}

/** The check itself failed: one error on the first line, saying what went wrong. */
export function internalErrorFinding(text: string, detail: string): Finding {
  return {
    ruleId: INTERNAL_ERROR_CODE,
    severity: 'error',
    range: firstLine(text),
    message: localized(t('nl', 'internalError', detail), t('en', 'internalError', detail)),
  };
}

function firstLine(text: string) {
  const end = /\r|\n/.exec(text)?.index ?? text.length;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: end } };
}
