/**
 * The preview's webview page around the content the server renders: a strict
 * Content-Security-Policy, the renderer's style sheet and our one script, both by nonce. Nothing
 * else runs and nothing is loaded. Free of the editor API, so it is tested in a plain browser.
 */
import { escapeText, htmlPage } from '../../server/src/render/page';
import RENDER_CSS from '../../server/src/render/styles.css' with { type: 'text' };
import { PREVIEW_ROOT_ID, PREVIEW_SCRIPT } from './previewScript';

interface PreviewPage {
  /** The rendered plan (an <article>, sanitized by the server's renderer). */
  content: string;
  title: string;
  lang: string;
  /** Per load of the webview: the only script and style that may run carry it. */
  nonce: string;
  /** The webview's `cspSource`, allowed for images and style sheets. */
  cspSource?: string;
  /** The id of the page the content is (the server's), which patches are made from. */
  page?: string;
}

const NONCE = /^[A-Za-z0-9+/_=-]{16,}$/;
const CSP_SOURCE = /^[A-Za-z0-9*:/.+_'-]+(?: [A-Za-z0-9*:/.+_'-]+)*$/;

/** The preview's Content-Security-Policy. */
export function previewCsp(nonce: string, cspSource?: string): string {
  if (!NONCE.test(nonce)) throw new Error('preview: the nonce must be at least 16 characters of base64 or base64url');
  if (cspSource !== undefined && !CSP_SOURCE.test(cspSource)) throw new Error(`preview: invalid cspSource ${JSON.stringify(cspSource)}`);
  const source = cspSource ? `${cspSource} ` : '';
  return `default-src 'none'; img-src ${source}data:; style-src ${source}'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

/** The whole webview document. */
export function previewDocument(page: PreviewPage): string {
  return htmlPage({
    lang: page.lang,
    csp: previewCsp(page.nonce, page.cspSource),
    title: page.title,
    style: RENDER_CSS,
    nonce: page.nonce,
    bodyClass: 'iplan-page iplan-preview',
    mainId: PREVIEW_ROOT_ID,
    mainData: page.page === undefined ? undefined : { page: page.page },
    content: page.content,
    script: PREVIEW_SCRIPT,
  });
}

/** A page with nothing to run and nothing to load, for Markdown that is no I-plan. */
export function notAPlanDocument(message: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${escapeText(message)}</p></body></html>`;
}
