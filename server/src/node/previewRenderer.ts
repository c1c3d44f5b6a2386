/**
 * What the language server's preview and compare view need of the renderer, loaded as
 * node/renderer.ts loads the whole of it: the Node build puts a require of dist/renderer.js on
 * first use in place of this module, so a check worker that never shows a page never loads it.
 * The web bundle keeps these imports (it has no files to require); they hold nothing of Node.
 */
import { planPieces } from '../render/article';
import { renderCompare } from '../render/compare';
import { planTitle } from '../render/context';
import { reviewLabelsFor } from '../render/reviewLabels';

const renderer = { planPieces, renderCompare, planTitle, reviewLabelsFor };

export function loadPreviewRenderer(): typeof renderer {
  return renderer;
}
