/**
 * The preview's one script (allowed by nonce). It talks to the extension with these messages:
 *
 *   webview → extension  { type: 'reveal', line }   a finding, scorecard row or block was clicked
 *   extension → webview  { type: 'scrollTo', line } follow the editor's scroll position
 *   extension → webview  { type: 'update', html }   new content for the root (the rendered plan)
 *
 * Lines are 0-based, as in LSP and in the `data-line` attributes. The script never reads plan
 * text and never builds markup; `update` only swaps in what the renderer produced.
 *
 * `webviewMain` runs in the webview, not here: it is written out as source text, so it may use
 * nothing from outside its own body but its one argument.
 */
export type PreviewToExtension = { type: 'reveal'; line: number };
export type ExtensionToPreview = { type: 'scrollTo'; line: number } | { type: 'update'; html: string };

export const PREVIEW_ROOT_ID = 'iplan-root';

// The webview's DOM and API (the project is compiled without the DOM library).
declare const document: any, window: any, Element: any, acquireVsCodeApi: (() => { postMessage(message: PreviewToExtension): void }) | undefined;

function webviewMain(rootId: string): void {
  'use strict';
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  let lastLine: number | undefined;
  const lineOf = (element: any): number | undefined => {
    const value = element && element.getAttribute('data-line');
    if (value === null || value === undefined || value === '') return undefined;
    const line = Number(value);
    return Number.isInteger(line) && line >= 0 ? line : undefined;
  };
  const reveal = (element: any) => {
    const line = lineOf(element);
    if (vscode && line !== undefined) vscode.postMessage({ type: 'reveal', line });
  };
  document.addEventListener('click', (event: any) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().length > 0) return;
    const link = target.closest('a[href]');
    if (link && (link.getAttribute('href') || '').charAt(0) !== '#') return;
    const element = target.closest('[data-line]');
    if (element) reveal(element);
  });
  document.addEventListener('keydown', (event: any) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !target.matches('[data-line][tabindex]')) return;
    event.preventDefault();
    reveal(target);
  });
  const blocks = (): any[] => Array.from((document.getElementById(rootId) || document).querySelectorAll('.iplan-markdown [data-line]'));
  const top = (element: any): number => element.getBoundingClientRect().top + window.scrollY;
  const scrollToLine = (line: number) => {
    let previous: any;
    let next: any;
    for (const element of blocks()) {
      const start = lineOf(element);
      if (start === undefined) continue;
      if (start <= line && (!previous || start >= lineOf(previous)!)) previous = element;
      if (start > line && (!next || start < lineOf(next)!)) next = element;
    }
    if (!previous) {
      window.scrollTo(0, next && line > 0 ? Math.max(0, top(next) - 80) : 0);
      return;
    }
    let y = top(previous);
    const end = Number(previous.getAttribute('data-line-end'));
    const from = lineOf(previous)!;
    if (next && !(Number.isInteger(end) && line <= end)) {
      const fraction = (line - from) / Math.max(1, lineOf(next)! - from);
      y = y + (top(next) - y) * Math.min(1, Math.max(0, fraction));
    } else if (Number.isInteger(end) && end > from) {
      y = y + previous.getBoundingClientRect().height * ((line - from) / (end - from + 1));
    }
    window.scrollTo(0, Math.max(0, y - 12));
  };
  window.addEventListener('message', (event: any) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'scrollTo' && Number.isInteger(message.line) && message.line >= 0) {
      lastLine = message.line;
      scrollToLine(message.line);
    } else if (message.type === 'update' && typeof message.html === 'string') {
      const root = document.getElementById(rootId);
      if (!root) return;
      const y = window.scrollY;
      root.innerHTML = message.html;
      if (lastLine !== undefined) scrollToLine(lastLine);
      else window.scrollTo(0, y);
    }
  });
}

/** The script's source text, to be inlined under the page's nonce. */
export const PREVIEW_SCRIPT = `(${webviewMain.toString()})(${JSON.stringify(PREVIEW_ROOT_ID)});\n`;
