/**
 * The preview's one script (loaded by nonce). It talks to the extension with two messages:
 *
 *   webview → extension  { type: 'reveal', line }   a finding, scorecard row or block was clicked
 *   extension → webview  { type: 'scrollTo', line } follow the editor's scroll position
 *   extension → webview  { type: 'update', html }   new content for #iplan-root (renderPlanContent)
 *
 * Lines are 0-based, as in LSP and in the `data-line` attributes. The script never reads plan
 * text and never builds markup; `update` only swaps in what the renderer produced.
 */
export type PreviewToExtension = { type: 'reveal'; line: number };
export type ExtensionToPreview = { type: 'scrollTo'; line: number } | { type: 'update'; html: string };

export const PREVIEW_ROOT_ID = 'iplan-root';

export const PREVIEW_SCRIPT = `(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var lastLine;
  function lineOf(element) {
    var value = element && element.getAttribute('data-line');
    if (value === null || value === undefined || value === '') return undefined;
    var line = Number(value);
    return Number.isInteger(line) && line >= 0 ? line : undefined;
  }
  function reveal(element) {
    var line = lineOf(element);
    if (vscode && line !== undefined) vscode.postMessage({ type: 'reveal', line: line });
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().length > 0) return;
    var link = target.closest('a[href]');
    if (link && (link.getAttribute('href') || '').charAt(0) !== '#') return;
    var element = target.closest('[data-line]');
    if (element) reveal(element);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var target = event.target instanceof Element ? event.target : null;
    if (!target || !target.matches('[data-line][tabindex]')) return;
    event.preventDefault();
    reveal(target);
  });
  function blocks() {
    var root = document.getElementById('${PREVIEW_ROOT_ID}') || document;
    return Array.prototype.slice.call(root.querySelectorAll('.iplan-markdown [data-line]'));
  }
  function top(element) {
    return element.getBoundingClientRect().top + window.scrollY;
  }
  function scrollToLine(line) {
    var previous;
    var next;
    blocks().forEach(function (element) {
      var start = lineOf(element);
      if (start === undefined) return;
      if (start <= line && (!previous || start >= lineOf(previous))) previous = element;
      if (start > line && (!next || start < lineOf(next))) next = element;
    });
    if (!previous) {
      window.scrollTo(0, next && line > 0 ? Math.max(0, top(next) - 80) : 0);
      return;
    }
    var y = top(previous);
    var end = Number(previous.getAttribute('data-line-end'));
    var from = lineOf(previous);
    if (next && !(Number.isInteger(end) && line <= end)) {
      var fraction = (line - from) / Math.max(1, lineOf(next) - from);
      y = y + (top(next) - y) * Math.min(1, Math.max(0, fraction));
    } else if (Number.isInteger(end) && end > from) {
      y = y + previous.getBoundingClientRect().height * ((line - from) / (end - from + 1));
    }
    window.scrollTo(0, Math.max(0, y - 12));
  }
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'scrollTo' && Number.isInteger(message.line) && message.line >= 0) {
      lastLine = message.line;
      scrollToLine(message.line);
    } else if (message.type === 'update' && typeof message.html === 'string') {
      var root = document.getElementById('${PREVIEW_ROOT_ID}');
      if (!root) return;
      var y = window.scrollY;
      root.innerHTML = message.html;
      if (lastLine !== undefined) scrollToLine(lastLine);
      else window.scrollTo(0, y);
    }
  });
})();
`;
