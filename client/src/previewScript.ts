/**
 * The preview's one script (allowed by nonce). It talks to the extension with these messages:
 *
 *   webview → extension  { type: 'reveal', line }    a finding, scorecard row or block was clicked
 *   webview → extension  { type: 'resync', page }    loaded with, or left at, `page` (the root's
 *                                                    data-page): the extension sends the whole
 *                                                    page unless it is the newest
 *   extension → webview  { type: 'scrollTo', line }  follow the editor's scroll position
 *   extension → webview  { type: 'update', html, page }  new content for the root (the rendered plan)
 *   extension → webview  { type: 'patch', patch, page }  what changed of the page shown (see
 *                                                    PagePatch in the server's protocol.ts): pieces
 *                                                    kept, kept and renumbered, or new
 *
 * Lines are 0-based, as in LSP and in the `data-line` attributes. The script never reads plan
 * text and never builds markup; `update` and `patch` only put in what the renderer produced. A
 * patch keeps the nodes of the pieces it keeps (the comment marks where each piece starts) and
 * parses only the new ones; one made from another page than the one shown is not applied.
 *
 * `webviewMain` runs in the webview, not here: it is written out as source text, so it may use
 * nothing from outside its own body but its arguments.
 */
import { PIECE_MARK } from '../../server/src/render/pagePieces';
import type { PagePatch } from '../../server/src/lsp/protocol';

export type PreviewToExtension = { type: 'reveal'; line: number } | { type: 'resync'; page: string | null };
export type ExtensionToPreview =
  | { type: 'scrollTo'; line: number }
  | { type: 'update'; html: string; page?: string }
  | { type: 'patch'; patch: PagePatch; page: string };

export const PREVIEW_ROOT_ID = 'iplan-root';

// The webview's DOM and API (the project is compiled without the DOM library).
declare const document: any, window: any, Element: any, Node: any, acquireVsCodeApi: (() => { postMessage(message: PreviewToExtension): void }) | undefined;

function webviewMain(rootId: string, mark: string): void {
  'use strict';
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const isMark = (node: any) => node.nodeType === Node.COMMENT_NODE && node.data === mark;
  /** The pieces among `parent`'s children before `stop`: each the nodes from a mark to the next. */
  const piecesOf = (parent: any, stop: any): any[][] => {
    const pieces: any[][] = [];
    for (let node = parent.firstChild; node && node !== stop; node = node.nextSibling) {
      if (isMark(node) || pieces.length === 0) pieces.push([]);
      pieces[pieces.length - 1].push(node);
    }
    return pieces;
  };
  const parsed = (html: string): any => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };
  /** Lines added or removed above a piece: its blocks' lines, and its headings' ids (`…L<line>`), move by `lines`. */
  const renumber = (piece: any[], lines: number) => {
    for (const node of piece) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const elements = [node, ...Array.from(node.querySelectorAll('[data-line]'))];
      for (const element of elements) {
        const start = lineOf(element);
        if (start === undefined) continue;
        element.setAttribute('data-line', String(start + lines));
        const end = element.getAttribute('data-line-end');
        if (end !== null) element.setAttribute('data-line-end', String(Number(end) + lines));
        const id = element.getAttribute('id');
        if (id && /^H[1-6]$/.test(element.tagName) && id.endsWith(`L${start}`)) element.setAttribute('id', `${id.slice(0, id.length - String(start).length)}${start + lines}`);
      }
    }
  };
  const isIndex = (value: unknown, count: number) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;
  /**
   * The new pieces in order before `stop`: old ones kept (moved only when out of place, renumbered
   * when moved by lines), new ones parsed; the rest removed.
   */
  const replacePieces = (parent: any, stop: any, changes: unknown[]): boolean => {
    const old = piecesOf(parent, stop);
    const valid = (c: unknown) => typeof c === 'string' || isIndex(c, old.length) || (Array.isArray(c) && c.length === 2 && isIndex(c[0], old.length) && Number.isInteger(c[1]));
    if (!changes.every(valid)) return false;
    let cursor = old.length > 0 ? old[0][0] : stop;
    for (const change of changes) {
      if (typeof change === 'string') {
        parent.insertBefore(parsed(change), cursor);
        continue;
      }
      const piece = old[Array.isArray(change) ? change[0] : (change as number)];
      if (Array.isArray(change)) renumber(piece, change[1]);
      if (piece[0] === cursor) {
        cursor = piece[piece.length - 1].nextSibling;
        continue;
      }
      for (const node of piece) parent.insertBefore(node, cursor);
    }
    while (cursor && cursor !== stop) {
      const next = cursor.nextSibling;
      parent.removeChild(cursor);
      cursor = next;
    }
    return true;
  };
  /** Applies a patch to the article in `root`; false when it does not fit what is shown. */
  const applyPatch = (root: any, patch: any): boolean => {
    const article = root.firstElementChild;
    const text = article && article.lastElementChild;
    const markdown = text && text.lastElementChild;
    if (!markdown || !Array.isArray(patch.top) || !Array.isArray(patch.body) || typeof patch.article !== 'string') return false;
    const fresh = parsed(`${patch.article}</article>`).firstElementChild;
    if (!fresh || fresh.tagName !== article.tagName) return false;
    if (!replacePieces(markdown, null, patch.body) || !replacePieces(article, text, patch.top)) return false;
    for (const name of article.getAttributeNames()) if (!fresh.hasAttribute(name)) article.removeAttribute(name);
    for (const name of fresh.getAttributeNames()) if (article.getAttribute(name) !== fresh.getAttribute(name)) article.setAttribute(name, fresh.getAttribute(name));
    return true;
  };
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
    } else if ((message.type === 'update' && typeof message.html === 'string') || (message.type === 'patch' && message.patch && typeof message.page === 'string')) {
      const root = document.getElementById(rootId);
      if (!root) return;
      const y = window.scrollY;
      if (message.type === 'update') root.innerHTML = message.html;
      else if (message.patch.from !== root.getAttribute('data-page') || !applyPatch(root, message.patch)) {
        // Not made from the page shown (a message was missed): ask for the whole page.
        if (vscode) vscode.postMessage({ type: 'resync', page: root.getAttribute('data-page') });
        return;
      }
      if (typeof message.page === 'string') root.setAttribute('data-page', message.page);
      else root.removeAttribute('data-page');
      if (lastLine !== undefined) scrollToLine(lastLine);
      else window.scrollTo(0, y);
    }
  });
  // Loaded (again, when the editor brings back a hidden view from its first page): say which page this is.
  if (vscode) vscode.postMessage({ type: 'resync', page: (document.getElementById(rootId) || document.body).getAttribute('data-page') });
}

/** The script's source text, to be inlined under the page's nonce. */
export const PREVIEW_SCRIPT = `(${webviewMain.toString()})(${JSON.stringify(PREVIEW_ROOT_ID)}, ${JSON.stringify(PIECE_MARK)});\n`;
