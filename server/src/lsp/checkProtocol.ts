/**
 * Messages between the server's main thread, which answers the editor, and the check worker,
 * which parses and checks (checkWorker.ts). Everything here crosses a thread boundary by
 * structured clone: plain data only.
 */
import type { CodeAction, CodeActionParams, DocumentSymbol, Hover, Position } from 'vscode-languageserver';
import type { Finding, Framework, Locale } from '../core';
import type { CompareParams, CompareResult, ImportDocxParams, ImportDocxResult, NewPlanParams, NewPlanResult, PreviewParams, PreviewResult } from './protocol';
import type { Settings } from './settings';
import type { Folder } from './workspace';

/**
 * Test hooks, on only when the protocol tests set the environment variable: a document holding
 * the first marker is checked forever, as a parser stuck in one uninterruptible call would be; one
 * holding the second takes memory without end; one holding the third is stuck the same way until
 * the file named by TEST_RELEASE_ENV exists, and then checked as usual. The tests watch the main
 * thread answer meanwhile, and the check end: ordered by these events, never by the clock.
 */
export const TEST_HOOKS_ENV = 'IPLAN_TEST_HOOKS';
export const TEST_RELEASE_ENV = 'IPLAN_TEST_RELEASE';
export const ENDLESS_CHECK_MARKER = '<!-- iplan-test: endless check -->';
export const UNBOUNDED_MEMORY_MARKER = '<!-- iplan-test: unbounded memory -->';
export const BLOCKED_CHECK_MARKER = '<!-- iplan-test: blocked check -->';

/**
 * The check worker's heap limit on Node. Checking 200 open plans takes a tenth of it; a document
 * that needs more (micromark holds every token of a part while it parses it) ends the worker
 * instead of taking the editor's memory.
 */
export const WORKER_HEAP_MB = 512;

/** A framework as the main thread knows it: everything but the compiled schema validator. */
export type FrameworkView = Omit<Framework, 'validateFrontMatter'>;

/** What completion reads from a parsed plan (a front-matter key's years, the sections present). */
export interface PlanFacts {
  /** `planperiode.van` and `.tot` when they are integers. */
  period: { van?: number; tot?: number };
  /** The `jaar` of each `kosten` entry (anything the YAML holds); undefined without a `kosten` list. */
  costYears?: unknown[];
  /** Each level-2 section: its heading's line and the framework section it is. */
  sections: { line: number; frameworkId?: string }[];
  /** The language the headings are written in. */
  language: 'nl' | 'en';
}

/** What a check of one document version says, on either side. */
export interface CheckedDocument {
  uri: string;
  /** Document version; undefined for files read from disk. */
  version?: number;
  /** Changes with every settings or configuration change. */
  generation: number;
  locale: Locale;
  isPlan: boolean;
  findings: Finding[];
}

/** An analysis as the main thread keeps it: findings and facts, no parsed plan. */
export interface AnalysisSummary extends CheckedDocument {
  /** Id of the framework the text was checked against (sent with the first `done` that names it). */
  framework?: number;
  /** Present when the text was parsed. */
  facts?: PlanFacts;
}

/** What the main thread reports for a check it had to stop by ending the worker. */
export interface StoppedCheck {
  locale: Locale;
  isPlan: boolean;
  framework: number;
}

/** An open document's text at one version, with the settings that apply to it. */
export interface DocumentState {
  uri: string;
  version: number;
  text: string;
  settings: Settings;
}

export type Job =
  | { kind: 'analyze'; document: DocumentState }
  /** A file on disk (workspace diagnostics), read by the worker; undefined when it cannot be read. */
  | { kind: 'lintFile'; uri: string; filePath: string; settings: Settings }
  | { kind: 'hover'; document: DocumentState; position: Position }
  | { kind: 'symbols'; document: DocumentState }
  | { kind: 'codeActions'; document: DocumentState; params: CodeActionParams }
  | { kind: 'preview'; document: DocumentState; params: PreviewParams }
  /** The document against another version's text (`params.oldText`), checked with the document's settings. */
  | { kind: 'compare'; document: DocumentState; params: CompareParams }
  | { kind: 'newPlan'; params: NewPlanParams; uri?: string; settings: Settings }
  /** A Word document made a plan, with the framework and configuration that apply at `uri`. */
  | { kind: 'importDocx'; params: ImportDocxParams; uri?: string; settings: Settings };

export interface JobResults {
  analyze: AnalysisSummary;
  lintFile: AnalysisSummary | undefined;
  hover: Hover | null;
  symbols: DocumentSymbol[];
  codeActions: CodeAction[];
  preview: PreviewResult;
  compare: CompareResult;
  newPlan: NewPlanResult;
  importDocx: ImportDocxResult;
}

/** Main thread → worker: `setup` first; jobs one at a time; the others at any moment. */
export type ToWorker =
  | { type: 'setup'; setup: WorkspaceSetup }
  | { type: 'job'; id: number; job: Job }
  | { type: 'invalidate'; generation: number }
  | { type: 'folders'; folders: Folder[] }
  | { type: 'forget'; uri: string }
  /** The queue is idle: a compacting collection, answered with `collected`. */
  | { type: 'collect' };

/** Worker → main thread. */
export type FromWorker =
  /** `started`: when its code had run (ms since the epoch: each thread's clock starts elsewhere), and what became of its code cache. */
  | { type: 'ready'; started: { loadedAt: number; codeCache: string } }
  /** The first round of the warm-up is done (ms since the epoch). */
  | { type: 'warmedUp'; at: number }
  /** Configuration is resolved and parsing begins: what to report if the check must be stopped. */
  | { type: 'starting'; id: number; preview: StoppedCheck; frameworks?: [number, FrameworkView][] }
  /** `frameworks`: those named for the first time, by id. */
  | { type: 'done'; id: number; result: unknown; frameworks?: [number, FrameworkView][] }
  /** A newer version of the document made the check pointless. */
  | { type: 'superseded'; id: number }
  | { type: 'failed'; id: number; error: string }
  | { type: 'log'; level: 'error' | 'info'; message: string }
  /** A configuration problem the user should be told about (once). */
  | { type: 'problem'; message: string }
  /** A framework file named by an untrusted workspace, ignored. */
  | { type: 'untrustedFramework'; file: string }
  | { type: 'collected' };

/** The size of WorkerSetup.control: two Int32 slots. */
export const CONTROL_BYTES = 8;

/** Given to the worker when it starts (before the server knows its workspace). */
export interface WorkerSetup {
  /** Ids the worker gives frameworks start here (ids of an ended worker stay valid on the main thread). */
  firstFrameworkId: number;
  /**
   * Shared with the main thread (CONTROL_BYTES): slot 0 holds the id of a job the worker should
   * stop; slot 1 is set once the editor waits for a job, and the worker's warm-up gives way.
   */
  control: SharedArrayBuffer;
}

/** The workspace the worker checks in, sent as its first message. */
export interface WorkspaceSetup {
  folders: Folder[];
  clientLocale?: Locale;
  trusted: boolean;
  generation: number;
}
