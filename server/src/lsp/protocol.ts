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

/** Whether a document is an I-plan (for the status bar). */
export const PLAN_INFO_REQUEST = 'iplan/planInfo';
export interface PlanInfoParams {
  uri: string;
}
export interface PlanInfo {
  isPlan: boolean;
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

/** The reviewer's preview of a plan, rendered from the analysis of its current version. */
export const PREVIEW_REQUEST = 'iplan/preview';
export interface PreviewParams {
  uri: string;
  /** Per load of the webview: the only script and style that may run carry it. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  /** A whole document (first load) or only the content of the root (live updates). */
  full: boolean;
}
export interface PreviewResult {
  isPlan: boolean;
  version?: number;
  html?: string;
}
