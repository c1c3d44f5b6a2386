/**
 * The server's own requests, shared with the VS Code client. Other clients never see them: they
 * are only ever sent by our client.
 */

/**
 * Node options every launcher of the server uses (the VS Code client, the tests, the benchmark).
 * V8's default young generation (two 16 MB halves) fills its pages over a long session and keeps
 * them: after 1,000 edits the server stayed 115 MB resident against 89 MB after 100. The
 * server's garbage is small and short-lived per keystroke, so smaller halves cost little time
 * and keep it near where it started.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=4'];

/**
 * Sent by the server when it has nothing left to do after checking: no check queued, running or
 * about to start (a pause in the typing), and the checks' garbage collected. A client may ignore
 * it (`$/`); the tests wait for it instead of sleeping.
 */
export const IDLE_NOTIFICATION = '$/iplan/idle';

/** Whether a document is an I-plan (for the status bar). */
export const PLAN_INFO_REQUEST = 'iplan/planInfo';
export interface PlanInfoParams {
  uri: string;
}
export interface PlanInfo {
  isPlan: boolean;
  /**
   * False when the server cannot tell yet (the document's didOpen has not reached it, or its check
   * failed): the answer is not to be remembered for this version.
   */
  known: boolean;
}

/** The text of a new plan, generated from the framework that applies in a workspace folder. */
export const NEW_PLAN_REQUEST = 'iplan/newPlanTemplate';
export interface NewPlanParams {
  /** Language of the skeleton; the configured or client locale when absent. */
  language?: 'nl' | 'en';
  /** A workspace folder (or file in it) whose framework applies; the first folder when absent. */
  uri?: string;
}
export interface NewPlanResult {
  text: string;
}

/**
 * The reviewer's preview of a plan, rendered from the analysis of its current version: the
 * sanitized content only. The client puts it in its webview page (CSP, style, script).
 *
 * The page comes in pieces (render/pagePieces.ts), each started by a comment. Given the page the
 * webview shows (`shown`, an earlier answer's `page`), the server answers with only what changed
 * (`patch`) when it still has that page; else, and without `shown`, with the whole (`html`).
 */
export const PREVIEW_REQUEST = 'iplan/preview';
export interface PreviewParams {
  uri: string;
  /** The page the webview shows: a `page` answered before. */
  shown?: string;
}
export interface PreviewResult {
  isPlan: boolean;
  version?: number;
  /** The plan as one <article> (the renderer's output, its pieces marked), when it is a plan and no patch is sent. */
  html?: string;
  /** What turns the page `shown` into this one. */
  patch?: PagePatch;
  /** This page's id, to be given back as `shown`. */
  page?: string;
  /** The plan's title and the language of the page. */
  title?: string;
  locale?: 'nl' | 'en';
}

/**
 * The page `from` made the new one: the article's start tag (its attributes count the findings)
 * and, for the pieces before the plan text and for those of the plan text, what each new piece
 * is: a piece of the old page, by its index there (each used once); a piece of the plan text of
 * the old page moved by lines, `[index, lines]` (lines were added or removed above it: its
 * `data-line` and `data-line-end` and its headings' ids, `…L<line>`, all change by `lines`); or
 * new HTML (its mark included). The plan text's section around its pieces is the same in both.
 */
export interface PagePatch {
  from: string;
  article: string;
  top: PieceChange[];
  body: PieceChange[];
}
export type PieceChange = number | [number, number] | string;

/**
 * A Word document (.docx) → an I-plan. The client reads the file (through the editor's file
 * system, so it also works for remote and web workspaces) and writes the result; the server only
 * converts. The importer is loaded on the first request.
 */
export const IMPORT_DOCX_REQUEST = 'iplan/importDocx';
export interface ImportDocxParams {
  /** The document's bytes, base64-encoded. */
  base64: string;
  /** Name shown in the report. */
  name: string;
  /** Where the plan will be written: its framework and configuration apply. */
  uri?: string;
}
export interface ImportDocxResult {
  /** The plan; absent when the document could not be read. */
  text?: string;
  /** The import report, in the configured language. */
  report?: string;
  /** One line: why the document could not be read. */
  error?: string;
  /** For a short notification: framework sections recognised and required, points left open, findings. */
  summary?: { recognised: number; required: number; left: number; errors: number; warnings: number };
}

/**
 * The comparison of an open plan with another version of it (a commit's or a file's text, which
 * the client reads), rendered as the reviewer's compare view: the content only, as for the preview.
 */
export const COMPARE_REQUEST = 'iplan/compare';
export interface CompareParams {
  /** The open document: the new version, as it is in the editor now. */
  uri: string;
  /** The other version's text: the old one. */
  oldText: string;
  /** How the reader names each version (`main:plannen/bzk.iplan.md`, `bzk.iplan.md`). */
  oldLabel: string;
  newLabel: string;
}
export interface CompareResult {
  isPlan: boolean;
  version?: number;
  /** The comparison as one <article> (the renderer's output). */
  html?: string;
  title?: string;
  locale?: 'nl' | 'en';
  /** Why there is no comparison, in the user's language (the other version cannot be read as a plan). */
  problem?: string;
}

// The browser server reads no disk: the client reads files, folders and time stamps through
// `vscode.workspace.fs` and answers these requests (sent by the server in a Web Worker only).

/** Files' bytes (configuration, `extends`, framework, schema, plans on disk). */
export const READ_FILES_REQUEST = 'iplan/readFiles';
export interface ReadFilesParams {
  uris: string[];
}
export interface ReadFileResult {
  uri: string;
  /** The whole file, base64; absent when it could not be read. */
  base64?: string;
  /** Why it could not be read. */
  problem?: 'missing' | 'not-a-file' | 'unreadable';
  /** Not read: its size, larger than any file the server reads. */
  tooLarge?: number;
}

/** A folder's entries, for workspace diagnostics; null when it cannot be read. */
export const READ_DIRECTORY_REQUEST = 'iplan/readDirectory';
export interface ReadDirectoryParams {
  uri: string;
}
export type DirectoryEntry = [name: string, kind: 'file' | 'folder' | 'link' | 'other'];

/** A file's size and time stamp (changes whenever its content does); null when it is gone. */
export const STAT_REQUEST = 'iplan/stat';
export interface StatParams {
  uri: string;
}
