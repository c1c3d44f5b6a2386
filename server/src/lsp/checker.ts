/**
 * The main thread's view of the checks: the latest summary of each document (findings, and what
 * completion needs), one check per version, and every request that needs the parsed plan sent
 * to the check worker. Nothing here parses, so nothing here blocks the editor's requests.
 */
import type { CancellationToken, Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkTimeoutFinding, mayHaveMarker, type Finding, type Locale } from '../core';
import { internalErrorFinding } from './analysis';
import { WORKER_HEAP_MB, type AnalysisSummary, type FrameworkView, type Job, type JobResults, type StoppedCheck } from './checkProtocol';
import type { CheckService, JobOutcome, JobTicket } from './checkService';
import { documentLines } from './documentLines';
import type { Log } from './guard';
import type { ImportDocxParams, ImportDocxResult, NewPlanParams, NewPlanResult } from './protocol';
import { hoverFromText } from './hover';
import type { Settings, SettingsStore } from './settings';

/**
 * Hover waits for the worker's answer from the parsed plan, unless that answer waits for a parse
 * that has run a while already: then it answers from the text at once. An answer that only reads
 * a parsed plan is quick and always waited for. A parse of the hover's own document is waited
 * for longer when the document's last check was quick (three times that, within the bounds), so
 * a plan that parses quickly gets the same hover as ever.
 */
const HOVER_PATIENCE_MS = 50;

/** A large Word document takes seconds to convert; the import has longer than a check. */
const IMPORT_BUDGET_MS = 60_000;
const HOVER_PATIENCE_OWN_MAX_MS = 500;
const HOVER_POLL_MS = 10;

/** A summary as the main thread keeps it. */
interface Summary extends AnalysisSummary {
  /** Made by the main thread for a check the worker could not finish (it is not tried again). */
  stopped?: true;
  /** How long the last parse and check of the document took. */
  parseMs?: number;
}

type FeatureKind = 'hover' | 'symbols' | 'codeActions' | 'preview' | 'compare';
type FeatureJob<K extends FeatureKind> = Extract<Job, { kind: K }>;
/** What a feature job holds besides the document. */
type FeatureRequest<K extends FeatureKind> = Omit<FeatureJob<K>, 'kind' | 'document'>;
type Documents = { get(uri: string): TextDocument | undefined };

/** The request each feature answers, for the log. */
const REQUEST_METHODS: Record<FeatureKind, string> = {
  hover: 'textDocument/hover',
  symbols: 'textDocument/documentSymbol',
  codeActions: 'textDocument/codeAction',
  preview: 'iplan/preview',
  compare: 'iplan/compare',
};

export class Checker {
  private generationCounter = 0;
  private readonly summaries = new Map<string, Summary>();
  private readonly pending = new Map<string, Promise<AnalysisSummary | undefined>>();
  /** Of each document's running check: what it is checked with (known once it parses). */
  private readonly parsing = new Map<string, StoppedCheck & { version: number; generation: number }>();
  /** Waiting for a document's check to start parsing. */
  private readonly parsingWaiters = new Map<string, (() => void)[]>();

  constructor(
    private readonly host: CheckService,
    private readonly settings: SettingsStore,
    private readonly clientLocale: Locale | undefined,
    private readonly log: Log,
  ) {}

  get generation(): number {
    return this.generationCounter;
  }

  /** Settings, configuration files or the framework changed: everything is checked afresh. */
  invalidate(): void {
    this.generationCounter++;
    this.summaries.clear();
    this.pending.clear();
    this.parsing.clear();
    this.host.invalidate(this.generationCounter);
  }

  /**
   * The summary of this exact version, checked once. Undefined when a newer version made the
   * check pointless before it finished.
   */
  analyze(uri: string, version: number, text: string): Promise<AnalysisSummary | undefined> {
    const cached = this.summaries.get(uri);
    if (cached && cached.version === version && cached.generation === this.generationCounter) return Promise.resolve(cached);
    const key = `${this.generationCounter}\0${version}\0${uri}`;
    let pending = this.pending.get(key);
    if (!pending) {
      const generation = this.generationCounter;
      pending = this.settings
        .forResource(uri)
        .then(async (settings) => {
          const outcome = await this.host.run(
            { kind: 'analyze', document: { uri, version, text, settings } },
            {
              budgetMs: settings.checkTimeoutMs,
              onParsing: (preview) => {
                this.parsing.set(uri, { ...preview, version, generation });
                for (const wake of this.parsingWaiters.get(uri)?.splice(0) ?? []) wake();
              },
            },
          );
          const summary = this.summaryOf(outcome, { uri, version, text, settings }, generation);
          if (summary && generation === this.generationCounter) {
            const current = this.summaries.get(uri);
            const parseMs = outcome.status === 'done' ? (outcome.parseMs ?? current?.parseMs) : undefined;
            if (!current || current.version === undefined || current.version <= version) this.summaries.set(uri, { ...summary, parseMs });
          }
          return summary;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** A newer version arrived: checks of older ones stop. */
  supersede(uri: string, version: number): void {
    this.host.supersede(uri, version);
  }

  /** A file on disk (workspace diagnostics), checked after what the editor asked for. */
  async lint(uri: string, filePath: string, settings: Settings): Promise<AnalysisSummary> {
    const generation = this.generationCounter;
    const outcome = await this.host.run({ kind: 'lintFile', uri, filePath, settings }, { background: true, budgetMs: settings.checkTimeoutMs });
    const unread = { uri, generation, locale: this.fallbackLocale(uri, settings), isPlan: false, findings: [] };
    if (outcome.status === 'done' && !outcome.value) return unread;
    return this.summaryOf(outcome as JobOutcome<'analyze'>, { uri, text: '', settings }, generation) ?? unread;
  }

  /** The newest summary of a document, whatever its version (completion never waits for a check). */
  latest(uri: string): AnalysisSummary | undefined {
    return this.summaries.get(uri);
  }

  /**
   * What `latestOrParsing` gives, waiting for the document's first check only until it knows its
   * configuration (never for the parse).
   */
  async latestOrConfigured(uri: string, version: number, text: string): Promise<AnalysisSummary | undefined> {
    const known = this.latestOrParsing(uri);
    if (known) return known;
    const analysis = this.analyze(uri, version, text);
    let wake!: () => void;
    const parsing = new Promise<void>((resolve) => (wake = resolve));
    this.parsingWaiters.set(uri, [...(this.parsingWaiters.get(uri) ?? []), wake]);
    await Promise.race([analysis, parsing]);
    const waiters = this.parsingWaiters.get(uri)?.filter((waiter) => waiter !== wake);
    if (waiters?.length) this.parsingWaiters.set(uri, waiters);
    else this.parsingWaiters.delete(uri);
    return this.latestOrParsing(uri) ?? (await analysis);
  }

  /**
   * The newest summary, or while the first check of a document runs, what it is checked with
   * (locale, framework, whether it is a plan by its marker or name), without findings or facts.
   */
  latestOrParsing(uri: string): AnalysisSummary | undefined {
    const latest = this.summaries.get(uri);
    if (latest) return latest;
    const parsing = this.parsing.get(uri);
    if (parsing?.generation !== this.generationCounter) return undefined;
    return { uri, version: parsing.version, generation: parsing.generation, locale: parsing.locale, isPlan: parsing.isPlan, findings: [], framework: parsing.framework };
  }

  framework(summary: AnalysisSummary | undefined): FrameworkView | undefined {
    return this.host.framework(summary?.framework);
  }

  forget(uri: string): void {
    this.summaries.delete(uri);
    this.parsing.delete(uri);
    for (const wake of this.parsingWaiters.get(uri) ?? []) wake();
    this.parsingWaiters.delete(uri);
    this.host.forget(uri);
  }

  /**
   * A request answered from the document's parsed plan, in the worker; `fallback` when the
   * document moved on, the request was cancelled, or the check of this version had to be
   * stopped (it is not tried again).
   */
  async feature<K extends FeatureKind>(
    kind: K,
    { document, request, fallback, token, documents }: { document: TextDocument; request: FeatureRequest<K>; fallback: JobResults[K]; token: CancellationToken; documents: Documents },
  ): Promise<JobResults[K]> {
    const ticket = await this.submitFeature(kind, document, request, token, documents);
    return ticket ? this.answer(kind, await ticket.outcome, fallback) : fallback;
  }

  /**
   * Hover from the parsed plan, unless the answer would wait for a parse that takes long (a huge
   * or hostile document, or another document's check): then from the text (front-matter keys
   * and headings).
   */
  async hover(document: TextDocument, position: Position, token: CancellationToken, documents: Documents): Promise<Hover | null> {
    const fromText = async () => {
      const summary = await this.latestOrConfigured(document.uri, document.version, document.getText());
      const framework = this.framework(summary);
      return framework && summary?.isPlan ? hoverFromText(documentLines(document), position, { framework, locale: summary.locale }) : null;
    };
    // Checked and found unparsable (too slow, too large, no configuration): only the text can tell.
    const known = this.summaries.get(document.uri);
    if (known?.version === document.version && known.generation === this.generationCounter && known.isPlan && !known.facts) return fromText();
    const ticket = await this.submitFeature('hover', document, { position }, token, documents);
    if (!ticket) return fromText();
    const next = Symbol('next');
    for (;;) {
      const waiting = ticket.waitingFor();
      if (waiting && performance.now() - waiting.since >= (waiting.parse === 'own' ? this.ownParsePatience(known) : HOVER_PATIENCE_MS)) {
        ticket.cancel();
        return fromText();
      }
      const result = await Promise.race([ticket.outcome, new Promise<typeof next>((resolve) => setTimeout(() => resolve(next), HOVER_POLL_MS))]);
      if (result !== next) return this.answer('hover', result, null);
    }
  }

  /** How long hover waits for a parse of its document: longer when its last check was quick. */
  private ownParsePatience(last: Summary | undefined): number {
    if (!last || last.stopped || !last.facts || last.parseMs === undefined) return HOVER_PATIENCE_MS;
    return Math.min(HOVER_PATIENCE_OWN_MAX_MS, Math.max(HOVER_PATIENCE_MS, 3 * last.parseMs));
  }

  /** The text of a new plan, from the framework that applies at `uri`. */
  async newPlan(params: NewPlanParams, uri: string | undefined): Promise<NewPlanResult> {
    const settings = await this.settings.forResource(uri);
    const outcome = await this.host.run({ kind: 'newPlan', params, uri, settings }, { budgetMs: settings.checkTimeoutMs });
    return outcome.status === 'done' ? outcome.value : { text: '' };
  }

  /** A Word document converted in the worker, which has the framework's validators. */
  async importDocx(params: ImportDocxParams, uri: string | undefined): Promise<ImportDocxResult> {
    const settings = await this.settings.forResource(uri);
    const outcome = await this.host.run({ kind: 'importDocx', params, uri, settings }, { budgetMs: Math.max(settings.checkTimeoutMs, IMPORT_BUDGET_MS) });
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status === 'failed') throw new Error(outcome.error);
    return { error: `${params.name}: ${outcome.status === 'stopped' && outcome.reason === 'memory' ? 'the import needed more memory than it may use' : 'the import did not finish'}` };
  }

  private async submitFeature<K extends FeatureKind>(
    kind: K,
    document: TextDocument,
    request: FeatureRequest<K>,
    token: CancellationToken,
    documents: Documents,
  ): Promise<JobTicket<K> | undefined> {
    const { uri, version } = document;
    const text = document.getText();
    const settings = await this.settings.forResource(uri);
    if (this.wasStopped(uri, version)) return undefined;
    // Not sent when, by its turn, the document moved on or its check had to be stopped.
    const stale = () => this.wasStopped(uri, version) || documents.get(uri)?.version !== version;
    const job = { ...request, kind, document: { uri, version, text, settings } } as FeatureJob<K>;
    return this.host.submit(job, { budgetMs: settings.checkTimeoutMs, token, stale });
  }

  private answer<K extends FeatureKind>(kind: K, outcome: JobOutcome<K>, fallback: JobResults[K]): JobResults[K] {
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status === 'failed') this.log.error(`[${REQUEST_METHODS[kind]}] ${outcome.error}`);
    return fallback;
  }

  private wasStopped(uri: string, version: number): boolean {
    const summary = this.summaries.get(uri);
    return summary?.version === version && summary.generation === this.generationCounter && summary.stopped === true;
  }

  private fallbackLocale(uri: string, settings: Settings): Locale {
    if (settings.locale !== 'auto') return settings.locale;
    return this.summaries.get(uri)?.locale ?? this.clientLocale ?? 'en';
  }

  private summaryOf(
    outcome: JobOutcome<'analyze'>,
    { uri, version, text, settings }: { uri: string; version?: number; text: string; settings: Settings },
    generation: number,
  ): AnalysisSummary | undefined {
    switch (outcome.status) {
      case 'done':
        return { ...outcome.value, generation };
      case 'dropped':
        return undefined;
      case 'stopped': {
        const preview = outcome.preview;
        const isPlan = preview?.isPlan ?? mayHaveMarker(text);
        let finding: Finding;
        if (outcome.reason === 'timeout') {
          this.log.error(`Checking ${uri} took longer than ${settings.checkTimeoutMs} ms and did not stop; it was ended.`);
          finding = checkTimeoutFinding(settings.checkTimeoutMs);
        } else {
          const detail =
            outcome.reason === 'memory' ? `the check needed more than ${WORKER_HEAP_MB} MB of memory and was stopped` : 'the check worker stopped unexpectedly';
          finding = internalErrorFinding(text, detail);
        }
        const summary: Summary = {
          uri,
          version,
          generation,
          locale: preview?.locale ?? this.fallbackLocale(uri, settings),
          isPlan,
          findings: isPlan ? [finding] : [],
          framework: preview?.framework ?? this.summaries.get(uri)?.framework,
          stopped: true,
        };
        return summary;
      }
      case 'failed': {
        const isPlan = mayHaveMarker(text);
        return { uri, version, generation, locale: this.fallbackLocale(uri, settings), isPlan, findings: isPlan ? [internalErrorFinding(text, outcome.error.split('\n')[0])] : [] };
      }
    }
  }
}
