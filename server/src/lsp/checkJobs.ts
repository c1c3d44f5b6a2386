/**
 * What the checks run: one job at a time against the Analyzer — parse and check, and answer what
 * needs the parsed plan (hover, symbols, code actions, preview, comparison, the plan template).
 * On Node it runs in the check worker thread (checkWorker.ts); in the browser in the server's own
 * Web Worker (inlineCheckHost.ts). Frameworks are named by id, and each is sent once.
 */
import { CheckAbandoned, defaultFramework, lintText, planTemplate, type Framework, type Locale } from '../core';
import { comparePlans } from '../core/review/compare';
import { loadPreviewRenderer } from '../node/previewRenderer';
import { Analyzer, CheckSuperseded, type Analysis, type CheckControl } from './analysis';
import {
  BLOCKED_CHECK_MARKER,
  ENDLESS_CHECK_MARKER,
  UNBOUNDED_MEMORY_MARKER,
  type AnalysisSummary,
  type DocumentState,
  type FrameworkView,
  type Job,
  type JobResults,
  type StoppedCheck,
  type WorkspaceSetup,
} from './checkProtocol';
import { codeActions } from './codeActions';
import { planFacts } from './completion';
import { describeError, type Log } from './guard';
import { hover } from './hover';
import { t } from './messages';
import type { JobOutcome } from './checkService';
import type { QueuedJob } from './jobQueue';
import type { AnalysisPlatform } from './platform';
import { PreviewPages } from './previewPages';
import type { CompareResult, ImportDocxParams, ImportDocxResult } from './protocol';
import { documentSymbols } from './symbols';
import { Workspace } from './workspace';

interface JobRunnerEvents {
  log: Log;
  /** A configuration problem the user should be told about (once). */
  problem(message: string): void;
  /** A framework file named by an untrusted workspace, ignored. */
  untrustedFramework(file: string): void;
  /** Configuration is resolved and parsing begins: what to report if the check must be stopped. */
  starting(id: number, preview: StoppedCheck): void;
  /** True once the job should stop (a newer version of the document made it pointless). */
  stopped(id: number): boolean;
}

export interface JobRunnerOptions {
  platform: AnalysisPlatform;
  /** Ids given to frameworks start here. */
  firstFrameworkId: number;
  /** Where rule documentation links point. */
  docsUri(ruleId: string): string;
  /** The protocol tests' hooks (see checkProtocol.ts): on when given; returns once the blocked check is released. */
  testHooks?: { waitForRelease(): void };
  /** Converts a Word document with a framework (Node loads the importer's bundle; the browser has none). */
  importDocx?(params: ImportDocxParams, framework: Framework, locale: Locale): Promise<ImportDocxResult>;
}

export class JobRunner {
  private workspace?: Workspace;
  private analyzer?: Analyzer;
  /** Frameworks by id; the other side is sent each one once, with the first result that names it. */
  private readonly frameworkIds = new WeakMap<Framework, number>();
  private nextFrameworkId: number;
  private newFrameworks: [number, FrameworkView][] = [];
  /** The preview pages sent, so the next can be a patch. */
  private readonly pages = new PreviewPages();

  constructor(
    private readonly options: JobRunnerOptions,
    private readonly events: JobRunnerEvents,
  ) {
    this.nextFrameworkId = options.firstFrameworkId;
  }

  /**
   * What every check needs, made while the server and the editor say hello: the bundled
   * framework, its schemas compiled; and, given a plan, its check, whose findings are dropped.
   * It stops between parts once `giveWay` says so (a job came). True when the plan was checked.
   */
  static warmUp(plan?: string, giveWay?: () => boolean): boolean {
    const framework = defaultFramework();
    if (plan === undefined || giveWay?.()) return false;
    try {
      lintText(plan, framework, { shouldAbandon: giveWay });
      return true;
    } catch (error) {
      if (error instanceof CheckAbandoned) return false;
      throw error;
    }
  }

  get ready(): boolean {
    return this.analyzer !== undefined;
  }

  /** The workspace is known once the editor has said it (the runner may start before that). */
  setUp({ folders, clientLocale, trusted, generation }: WorkspaceSetup): void {
    const { platform } = this.options;
    this.workspace = new Workspace(
      folders.map((folder) => ({ uri: folder.uri, name: folder.uri })),
      undefined,
      platform.locator,
      platform.files.paths,
    );
    this.analyzer = new Analyzer({
      platform,
      workspace: this.workspace,
      clientLocale,
      log: this.events.log,
      onProblem: (message) => this.events.problem(message),
      trusted,
      onUntrustedFramework: (file) => this.events.untrustedFramework(file),
      generation,
    });
  }

  invalidate(generation: number): void {
    this.analyzer?.invalidate(generation);
  }

  setFolders(folders: { uri: string }[]): void {
    this.workspace?.set(folders.map((folder) => ({ uri: folder.uri, name: folder.uri })));
  }

  forget(uri: string): void {
    this.analyzer?.forget(uri);
    this.pages.forget(uri);
  }

  /** The frameworks named for the first time since the last call. */
  takeNewFrameworks(): [number, FrameworkView][] | undefined {
    const taken = this.newFrameworks.length > 0 ? this.newFrameworks : undefined;
    this.newFrameworks = [];
    return taken;
  }

  /**
   * Runs a job; throws CheckSuperseded when it was stopped, FilesNotLoaded when files must be
   * fetched first. Only the import answers later (a promise).
   */
  run(id: number, job: Job): JobResults[Job['kind']] | Promise<JobResults[Job['kind']]> {
    const analyzer = this.analyzer;
    if (!analyzer) throw new Error('the runner has no workspace yet');
    switch (job.kind) {
      case 'analyze':
        return this.summary(this.analyze(analyzer, id, job.document));
      case 'lintFile': {
        const analysis = analyzer.lintDisk(job.uri, job.filePath, job.settings, (text) => this.controlFor(id, text));
        return analysis && this.summary(analysis);
      }
      case 'hover': {
        const analysis = this.parsed(analyzer, id, job.document);
        return analysis ? hover(job.position, analysis) : null;
      }
      case 'symbols': {
        const analysis = this.parsed(analyzer, id, job.document);
        return analysis ? documentSymbols(analysis.plan, analysis.framework, analysis.locale) : [];
      }
      case 'codeActions':
        return codeActions(job.params, this.analyze(analyzer, id, job.document));
      case 'preview': {
        // The sanitized content (or what changed of the page shown), its title and language.
        const analysis = this.analyze(analyzer, id, job.document);
        if (!analysis.isPlan || !analysis.plan || !analysis.framework) return { isPlan: analysis.isPlan, version: analysis.version };
        const { plan, findings, framework, locale } = analysis;
        const renderer = loadPreviewRenderer();
        const pieces = renderer.planPieces(plan, findings, framework, { locale, mode: 'preview', documentUri: job.params.uri, docsUri: this.options.docsUri });
        return { isPlan: true, version: analysis.version, ...this.pages.answer(job.params.uri, pieces, job.params.shown), title: renderer.planTitle(plan, locale), locale };
      }
      case 'compare':
        return this.compare(analyzer, id, job);
      case 'newPlan': {
        const { framework, locale } = analyzer.frameworkFor(job.uri, job.settings);
        return { text: planTemplate(framework, { language: job.params?.language ?? locale, startYear: new Date().getFullYear() + 1 }) };
      }
      case 'importDocx': {
        const { framework, locale } = analyzer.frameworkFor(job.uri, job.settings);
        if (!this.options.importDocx) return { error: `${job.params.name}: the Word import needs the desktop extension or the CLI` };
        return this.options.importDocx(job.params, framework, locale);
      }
    }
  }

  /**
   * The document's current version against another version's text, which is checked as the
   * document itself (its settings and configuration) but outside every cache.
   */
  private compare(analyzer: Analyzer, id: number, job: Extract<Job, { kind: 'compare' }>): CompareResult {
    const analysis = this.analyze(analyzer, id, job.document);
    if (!analysis.isPlan || !analysis.plan || !analysis.framework) return { isPlan: analysis.isPlan, version: analysis.version };
    const { plan, findings, framework, locale } = analysis;
    const { oldText, oldLabel, newLabel } = job.params;
    const title = `${loadPreviewRenderer().reviewLabelsFor(locale).compareTitle}: ${newLabel}`;
    const old = analyzer.lintOtherVersion(job.document.uri, oldText, job.document.settings, this.controlFor(id, oldText));
    if (!old.plan) {
      // Too large, not UTF-8, no plan at all, or a check that ran out of time: its first finding says which.
      const why = old.findings[0]?.message[locale] ?? '';
      return { isPlan: true, version: analysis.version, title, locale, problem: t(locale, 'compareUnreadable', oldLabel, why) };
    }
    const comparison = comparePlans({ file: oldLabel, plan: old.plan, findings: old.findings }, { file: newLabel, plan, findings });
    return { isPlan: true, version: analysis.version, html: loadPreviewRenderer().renderCompare(comparison, { locale, framework, docsUri: this.options.docsUri }), title, locale };
  }

  private frameworkId(framework: Framework): number {
    let id = this.frameworkIds.get(framework);
    if (id === undefined) {
      id = this.nextFrameworkId++;
      this.frameworkIds.set(framework, id);
      const { validateFrontMatter: _compiled, ...view } = framework;
      this.newFrameworks.push([id, view]);
    }
    return id;
  }

  private summary(analysis: Analysis): AnalysisSummary {
    return {
      uri: analysis.uri,
      version: analysis.version,
      generation: analysis.generation,
      locale: analysis.locale,
      isPlan: analysis.isPlan,
      findings: analysis.findings,
      framework: analysis.framework && this.frameworkId(analysis.framework),
      facts: analysis.plan && analysis.framework ? planFacts(analysis.plan, analysis.framework) : undefined,
    };
  }

  /** Lets the other side know what to report if it must end this check, and stop it early. */
  private controlFor(id: number, text: string): CheckControl {
    return {
      starting: ({ locale, isPlan, framework }) => {
        this.events.starting(id, { locale, isPlan, framework: this.frameworkId(framework) });
        if (this.options.testHooks) stuckOnPurpose(text, this.options.testHooks);
      },
      superseded: () => this.events.stopped(id),
    };
  }

  private analyze(analyzer: Analyzer, id: number, document: DocumentState): Analysis {
    return analyzer.analyze(document.uri, document.version, document.text, document.settings, this.controlFor(id, document.text));
  }

  /** The analysis with its parsed plan and framework, when it has them. */
  private parsed(analyzer: Analyzer, id: number, document: DocumentState) {
    const analysis = this.analyze(analyzer, id, document);
    return analysis.isPlan && analysis.plan && analysis.framework ? { ...analysis, plan: analysis.plan, framework: analysis.framework } : undefined;
  }
}

/** The test hooks (see TEST_HOOKS_ENV): stuck where a parser would be, on purpose. */
function stuckOnPurpose(text: string, hooks: { waitForRelease(): void }): void {
  if (text.includes(BLOCKED_CHECK_MARKER)) hooks.waitForRelease();
  if (text.includes(ENDLESS_CHECK_MARKER)) {
    for (;;) {
      // Uninterruptible.
    }
  }
  if (text.includes(UNBOUNDED_MEMORY_MARKER)) {
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(1 << 20).fill(kept.length + 0.5));
  }
}

/**
 * A job run on the calling thread (the browser's server; the Node server's first checks): the
 * outcome its host settles it with, and the error when it failed, for the host to look at.
 */
export function runHere(runner: JobRunner, entry: QueuedJob): { outcome: JobOutcome<Job['kind']>; error?: unknown } {
  try {
    const value = runner.run(entry.id, entry.job) as JobResults[Job['kind']];
    const parseMs = entry.parsingSince === undefined ? undefined : performance.now() - entry.parsingSince;
    return { outcome: { status: 'done', value, parseMs } };
  } catch (error) {
    return { outcome: error instanceof CheckSuperseded ? { status: 'dropped' } : { status: 'failed', error: describeError(error) }, error };
  }
}
