/**
 * The reviewer renderer: Plan + Finding[] + Framework → sanitized HTML, for the VS Code preview
 * (`mode: 'preview'`, a whole webview document) and the CLI's HTML report (`mode: 'report'`, an
 * <article> fragment to style with RENDER_CSS). Pure: no I/O, no editor types.
 */
export { badge, icon, previewCsp, renderFindings, renderPlan, renderPlanContent, toHtml, type RenderOptions } from './render';
export { h, root, text, type Child } from './hast';
export { buildScorecard, type CriterionScore, type Outcome, type Scorecard, type SectionScore } from './scorecard';
export { costSeries, type CostSeries, type CostYear } from './chart';
export { RENDER_CSS } from './styles';
export { PREVIEW_ROOT_ID, PREVIEW_SCRIPT, type ExtensionToPreview, type PreviewToExtension } from './script';
export { LABELS, MINISTRIES } from './i18n';
