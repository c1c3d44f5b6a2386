/**
 * The reviewer's renderer: Plan + Finding[] + Framework → sanitized HTML. Beside the core, below
 * the CLI and the server: it imports the core, reads no files and knows no editor.
 *
 * - `renderPlan`: one plan as an <article> (no script, no style); `planPieces`: the same in
 *   pieces, which the editor's preview patches (pagePieces.ts); the editor wraps it in its
 *   webview, styled with `RENDER_CSS`.
 * - `renderReport`: the CLI's self-contained HTML report of many plans.
 */
export { planPieces, renderPlan } from './article';
export { planTitle, type RenderOptions } from './context';
export { renderReport, type ReportEntry } from './report';
export { buildScorecard } from './scorecardData';
export { default as RENDER_CSS } from './styles.css' with { type: 'text' };
export { renderComparePage } from './comparePage';
export { renderCompare } from './compare';
export { sectionTitle } from './compareDiff';
export { reviewLabelsFor, type ReviewLabels } from './reviewLabels';
export { fieldChangeTexts, signedEuros, valueNamesOf, type ValueName } from './values';
export { renderPortfolioPage } from './rijk';
