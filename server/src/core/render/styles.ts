/**
 * The one style sheet of the preview and the HTML report. Colours come from VS Code's theme
 * variables when the page is a webview (light, dark and high contrast) and from our own palette
 * otherwise, which follows prefers-color-scheme. No fonts or images are loaded: system fonts and
 * inline SVG only. Severity is never shown by colour alone: every badge has an icon and a word.
 */
export const RENDER_CSS = `
:root {
  color-scheme: light dark;
  --ipx-fg: #1f2328;
  --ipx-bg: #ffffff;
  --ipx-muted: #59636e;
  --ipx-border: #d1d9e0;
  --ipx-surface: #f6f8fa;
  --ipx-code-bg: #eff2f5;
  --ipx-link: #0757c2;
  --ipx-error: #c3141f;
  --ipx-error-bg: #fdf0f0;
  --ipx-warning: #8a5a00;
  --ipx-warning-bg: #fff8e5;
  --ipx-pass: #1a7f37;
  --ipx-pass-bg: #eef8f1;
  --ipx-renewal: #1d4ed8;
  --ipx-maintenance: #64748b;
  --ipx-on-bar: #ffffff;
  --ipx-grid: #e3e8ee;
  --ipx-focus: #0969da;
  --ipx-accent: #154273;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ipx-fg: #e6edf3;
    --ipx-bg: #0f1419;
    --ipx-muted: #9aa6b2;
    --ipx-border: #343d47;
    --ipx-surface: #161c23;
    --ipx-code-bg: #1d242c;
    --ipx-link: #6cb0ff;
    --ipx-error: #ff7b72;
    --ipx-error-bg: #2c1619;
    --ipx-warning: #e3b341;
    --ipx-warning-bg: #2a2213;
    --ipx-pass: #56d364;
    --ipx-pass-bg: #12261a;
    --ipx-renewal: #60a5fa;
    --ipx-maintenance: #94a3b8;
    --ipx-on-bar: #0f1419;
    --ipx-grid: #26303a;
    --ipx-focus: #58a6ff;
    --ipx-accent: #8fb8ea;
  }
}
.iplan-page, .iplan-plan {
  --ip-fg: var(--vscode-editor-foreground, var(--ipx-fg));
  --ip-bg: var(--vscode-editor-background, var(--ipx-bg));
  --ip-muted: var(--vscode-descriptionForeground, var(--ipx-muted));
  --ip-border: var(--vscode-panel-border, var(--vscode-widget-border, var(--ipx-border)));
  --ip-surface: var(--vscode-editorWidget-background, var(--ipx-surface));
  --ip-code-bg: var(--vscode-textCodeBlock-background, var(--ipx-code-bg));
  --ip-link: var(--vscode-textLink-foreground, var(--ipx-link));
  --ip-error: var(--vscode-editorError-foreground, var(--ipx-error));
  --ip-error-bg: var(--vscode-inputValidation-errorBackground, var(--ipx-error-bg));
  --ip-warning: var(--vscode-editorWarning-foreground, var(--ipx-warning));
  --ip-warning-bg: var(--vscode-inputValidation-warningBackground, var(--ipx-warning-bg));
  --ip-pass: var(--vscode-testing-iconPassed, var(--ipx-pass));
  --ip-pass-bg: var(--vscode-diffEditor-insertedLineBackground, var(--ipx-pass-bg));
  --ip-renewal: var(--vscode-charts-blue, var(--ipx-renewal));
  --ip-maintenance: var(--vscode-charts-purple, var(--ipx-maintenance));
  --ip-on-bar: var(--vscode-editor-background, var(--ipx-on-bar));
  --ip-grid: var(--vscode-editorIndentGuide-background1, var(--vscode-editorIndentGuide-background, var(--ipx-grid)));
  --ip-focus: var(--vscode-focusBorder, var(--ipx-focus));
  --ip-accent: var(--vscode-textLink-activeForeground, var(--ipx-accent));
  --ip-contrast: var(--vscode-contrastBorder, transparent);
  --ip-font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif);
  --ip-mono: var(--vscode-editor-font-family, ui-monospace, "SFMono-Regular", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace);
}
html { -webkit-text-size-adjust: 100%; }
body.iplan-page {
  margin: 0;
  background: var(--ip-bg);
  color: var(--ip-fg);
  font-family: var(--ip-font);
  font-size: 15px;
  line-height: 1.6;
}
body.iplan-preview { font-size: var(--vscode-font-size, 14px); }
.iplan-page *, .iplan-page *::before, .iplan-page *::after { box-sizing: border-box; }
.iplan-shell { max-width: 1040px; margin: 0 auto; padding: 32px 28px 64px; }
body.iplan-preview .iplan-shell { max-width: 980px; padding: 20px 24px 48px; }
.iplan-plan { display: block; min-width: 0; overflow-wrap: break-word; }
body.iplan-report .iplan-plan { margin-top: 56px; padding-top: 36px; border-top: 3px double var(--ip-border); }
.iplan-page a { color: var(--ip-link); text-decoration: none; }
.iplan-page a:hover { text-decoration: underline; }
.iplan-page a:focus-visible, .iplan-page [tabindex]:focus-visible { outline: 2px solid var(--ip-focus); outline-offset: 2px; }
.iplan-page code, .iplan-page pre { font-family: var(--ip-mono); font-size: 0.88em; }
.iplan-page code { background: var(--ip-code-bg); padding: 0.1em 0.35em; border-radius: 4px; }
.iplan-page pre { background: var(--ip-code-bg); padding: 12px 14px; border-radius: 6px; overflow-x: auto; max-width: 100%; }
.iplan-page pre code { background: none; padding: 0; }
.iplan-sr-only, .iplan-page .sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
.iplan-muted { color: var(--ip-muted); }

/* Report header and overview */
.iplan-report-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 20px; margin-bottom: 8px; }
.iplan-report-header h1 { font-size: 1.9em; margin: 0; letter-spacing: -0.01em; }
.iplan-report-meta { color: var(--ip-muted); font-size: 0.92em; }
.iplan-overview h2 { font-size: 1.25em; margin: 28px 0 10px; }

.iplan-overview-table th[scope="row"] { font-family: var(--ip-mono); font-size: 0.92em; font-weight: 500; }
.iplan-overview-table tbody tr.iplan-error > th { border-left: 4px solid var(--ip-error); }
.iplan-overview-table tbody tr.iplan-warning > th { border-left: 4px solid var(--ip-warning); }
.iplan-overview-table tbody tr.iplan-pass > th { border-left: 4px solid var(--ip-pass); }
.iplan-mini-score { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.iplan-mini { display: inline-flex; align-items: center; gap: 2px; border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; font-size: 0.8em; font-weight: 700; line-height: 1.6; }
.iplan-mini.iplan-error { color: var(--ip-error); background: var(--ip-error-bg); }
.iplan-mini.iplan-warning { color: var(--ip-warning); background: var(--ip-warning-bg); }
.iplan-mini.iplan-pass { color: var(--ip-pass); background: var(--ip-pass-bg); }
.iplan-mini-sections { margin-left: 6px; font-size: 0.85em; color: var(--ip-muted); white-space: nowrap; }

/* Plan header */
.iplan-header { border-bottom: 1px solid var(--ip-border); padding-bottom: 18px; margin-bottom: 18px; }
.iplan-eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78em; font-weight: 600; color: var(--ip-accent); margin: 0 0 4px; }
.iplan-title { font-size: 1.85em; line-height: 1.25; margin: 0 0 10px; font-weight: 700; letter-spacing: -0.01em; }
.iplan-headline { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
.iplan-source { color: var(--ip-muted); font-size: 0.9em; font-family: var(--ip-mono); }
.iplan-meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 16px 0 0; }
.iplan-meta > div { background: var(--ip-surface); border: 1px solid var(--ip-border); border-radius: 8px; padding: 8px 12px; min-width: 0; }
.iplan-meta dt { font-size: 0.76em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--ip-muted); font-weight: 600; }
.iplan-meta dd { margin: 2px 0 0; font-weight: 600; }
.iplan-meta > div.iplan-has-error { border-color: var(--ip-error); grid-column: 1 / -1; }
.iplan-meta > div.iplan-has-warning { border-color: var(--ip-warning); grid-column: 1 / -1; }
.iplan-meta .iplan-findings { font-weight: normal; }

/* Badges and icons */
.iplan-icon { width: 1em; height: 1em; vertical-align: -0.15em; flex: none; }
.iplan-badge {
  display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap;
  border: 1px solid currentColor; border-radius: 999px; padding: 0.05em 0.6em; font-size: 0.85em; font-weight: 600; line-height: 1.5;
}
.iplan-badge.iplan-error { color: var(--ip-error); background: var(--ip-error-bg); }
.iplan-badge.iplan-warning { color: var(--ip-warning); background: var(--ip-warning-bg); }
.iplan-badge.iplan-pass { color: var(--ip-pass); background: var(--ip-pass-bg); }
.iplan-badge.iplan-neutral { color: var(--ip-muted); background: var(--ip-surface); }
.iplan-tag { display: inline-block; font-size: 0.8em; padding: 0 0.5em; border-radius: 4px; background: var(--ip-surface); border: 1px solid var(--ip-border); white-space: nowrap; }
.iplan-missing { color: var(--ip-error); font-weight: 600; white-space: nowrap; }
.iplan-missing::before { content: "✕ "; }

/* Navigation */
.iplan-toc { margin: 14px 0 4px; }
.iplan-toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 0; padding: 0; }
.iplan-toc a { display: inline-block; padding: 3px 12px; border: 1px solid var(--ip-border); border-radius: 999px; font-size: 0.88em; color: var(--ip-fg); background: var(--ip-surface); }
.iplan-toc a:hover { border-color: var(--ip-link); text-decoration: none; }

/* Parts */
.iplan-part { margin: 36px 0 0; }
.iplan-part > h2, .iplan-part > h3 { font-size: 1.3em; margin: 0 0 6px; padding-bottom: 6px; border-bottom: 1px solid var(--ip-border); }
.iplan-part > p.iplan-lead { margin: 0 0 14px; color: var(--ip-muted); }

/* Findings */
.iplan-findings { display: flex; flex-direction: column; gap: 6px; margin: 8px 0 14px; }
.iplan-finding {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px;
  border: 1px solid var(--ip-contrast); border-left: 4px solid var(--ip-muted); border-radius: 6px;
  padding: 7px 12px; font-size: 0.92em; line-height: 1.5; font-family: var(--ip-font); font-weight: normal; text-align: left;
}
.iplan-finding.iplan-error { border-left-color: var(--ip-error); background: var(--ip-error-bg); }
.iplan-finding.iplan-warning { border-left-color: var(--ip-warning); background: var(--ip-warning-bg); }
.iplan-finding .iplan-sev { display: inline-flex; align-items: center; gap: 0.3em; font-weight: 700; white-space: nowrap; }
.iplan-finding.iplan-error .iplan-sev { color: var(--ip-error); }
.iplan-finding.iplan-warning .iplan-sev { color: var(--ip-warning); }
.iplan-finding .iplan-msg { flex: 1 1 24em; min-width: 0; color: var(--ip-fg); }
.iplan-finding .iplan-where { font-size: 0.88em; color: var(--ip-muted); min-width: 0; }
.iplan-finding .iplan-rule { font-family: var(--ip-mono); font-size: 0.95em; overflow-wrap: anywhere; }
.iplan-finding .iplan-related { flex-basis: 100%; font-size: 0.88em; color: var(--ip-muted); }
body.iplan-preview [data-line] { cursor: default; }
body.iplan-preview .iplan-finding, body.iplan-preview .iplan-score tbody tr, body.iplan-preview .iplan-meta > div[data-line] { cursor: pointer; }
.iplan-general { border: 1px solid var(--ip-border); border-radius: 8px; padding: 10px 14px; margin: 18px 0 0; background: var(--ip-surface); }
.iplan-general h2, .iplan-general h3 { font-size: 1em; margin: 0 0 2px; }
.iplan-general p { margin: 0; font-size: 0.9em; color: var(--ip-muted); }

/* Tables */
.iplan-table-wrap { overflow-x: auto; max-width: 100%; margin: 12px 0 16px; }
.iplan-page table { border-collapse: collapse; font-size: 0.93em; }
.iplan-page th, .iplan-page td { border: 1px solid var(--ip-border); padding: 6px 10px; vertical-align: top; text-align: left; }
.iplan-page thead th { background: var(--ip-surface); font-weight: 600; }
.iplan-page td.num, .iplan-page th.num, .iplan-page td[align="right"], .iplan-page th[align="right"] { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.iplan-page td[align="center"], .iplan-page th[align="center"] { text-align: center; }
.iplan-page tr.iplan-finding-row > td { background: transparent; padding: 4px 8px; }
.iplan-page tr.iplan-finding-row .iplan-findings { margin: 2px 0; }
.iplan-page tr.iplan-has-error > * { box-shadow: inset 0 2px 0 -1px var(--ip-error); }
.iplan-page tr.iplan-has-warning > * { box-shadow: inset 0 2px 0 -1px var(--ip-warning); }
.iplan-wide { width: 100%; }

/* Scorecard */
.iplan-scorecard { display: grid; grid-template-columns: minmax(0, 1fr); gap: 18px; }
@media (min-width: 940px) { .iplan-scorecard { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.iplan-scorecard h3 { font-size: 1.02em; margin: 0 0 8px; }
.iplan-score { width: 100%; }
.iplan-score th[scope="row"] { font-weight: 500; }
.iplan-score tbody tr.iplan-error > th { border-left: 4px solid var(--ip-error); }
.iplan-score tbody tr.iplan-warning > th { border-left: 4px solid var(--ip-warning); }
.iplan-score tbody tr.iplan-pass > th { border-left: 4px solid var(--ip-pass); }
.iplan-score tbody tr:hover { background: var(--ip-surface); }
.iplan-score .iplan-count { color: var(--ip-muted); font-size: 0.9em; white-space: nowrap; }
.iplan-score td:last-child { width: 1%; white-space: nowrap; }
.iplan-summary-line { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0 0 12px; color: var(--ip-muted); }

/* Chart */
.iplan-costs { display: flex; flex-direction: column; gap: 6px; }
.iplan-figure { margin: 0; }
.iplan-chart { display: block; width: 100%; height: auto; max-width: 760px; font-family: var(--ip-font); }
.iplan-chart text { fill: var(--ip-fg); font-size: 13px; }
.iplan-chart .iplan-chart-label, .iplan-chart .iplan-chart-year-label { fill: var(--ip-muted); }
.iplan-chart .iplan-chart-year-label { font-size: 14px; font-weight: 700; fill: var(--ip-fg); }
.iplan-chart .iplan-chart-total { font-weight: 700; font-size: 13.5px; }
.iplan-chart .iplan-chart-value { font-size: 12.5px; font-weight: 600; fill: var(--ip-on-bar); }
.iplan-chart .iplan-chart-grid { stroke: var(--ip-grid); stroke-width: 1; }
.iplan-chart .iplan-chart-axis { stroke: var(--ip-muted); stroke-width: 1.2; }
.iplan-chart .iplan-bar-renewal { fill: var(--ip-renewal); }
.iplan-chart .iplan-bar-maintenance { fill: var(--ip-maintenance); }
.iplan-chart .iplan-bar { stroke: var(--ip-bg); stroke-width: 1; }
.iplan-cost-table { min-width: min(100%, 560px); }
.iplan-cost-table tfoot th, .iplan-cost-table tfoot td { font-weight: 700; background: var(--ip-surface); }
.iplan-note { font-size: 0.88em; color: var(--ip-muted); margin: 4px 0 0; }

/* Portfolio and landscape */
.iplan-portfolio td.iplan-name { min-width: 14em; }
.iplan-portfolio tr.iplan-large > td:first-child { font-weight: 700; }
.iplan-levels { display: flex; flex-direction: column; gap: 18px; }
.iplan-level-title { display: flex; align-items: center; gap: 10px; font-size: 1em; margin: 0 0 8px; font-weight: 600; }
.iplan-level-title .iplan-muted { font-weight: normal; font-size: 0.92em; }
.iplan-level-badge { display: inline-block; min-width: 4.5em; text-align: center; border-radius: 4px; padding: 0 0.6em; font-size: 0.85em; font-weight: 700; border: 1px solid var(--ip-border); }
.iplan-level-hoog .iplan-level-badge { background: var(--ip-fg); color: var(--ip-bg); border-color: var(--ip-fg); }
.iplan-level-midden .iplan-level-badge { background: var(--ip-muted); color: var(--ip-bg); border-color: var(--ip-muted); }
.iplan-level-laag .iplan-level-badge { background: var(--ip-surface); }
.iplan-level-unknown .iplan-level-badge { color: var(--ip-error); border-color: var(--ip-error); }
.iplan-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 290px), 1fr)); gap: 12px; }
.iplan-card { border: 1px solid var(--ip-border); border-radius: 8px; padding: 10px 14px; background: var(--ip-bg); min-width: 0; }
.iplan-card h4 { margin: 0 0 6px; font-size: 0.98em; line-height: 1.4; }
.iplan-card .iplan-kind { font-family: var(--ip-mono); font-size: 0.85em; color: var(--ip-muted); margin-right: 6px; }
.iplan-card dl { margin: 0; font-size: 0.9em; }
.iplan-card dt { font-weight: 600; color: var(--ip-muted); font-size: 0.85em; margin-top: 6px; }
.iplan-card dd { margin: 0; }
.iplan-chips { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 2px 0 0; padding: 0; }
.iplan-chips li { font-size: 0.92em; border: 1px solid var(--ip-border); background: var(--ip-surface); border-radius: 4px; padding: 0 6px; }

/* The plan text */
.iplan-markdown { font-size: 1em; }
.iplan-markdown > :first-child { margin-top: 0; }
.iplan-markdown h1, .iplan-markdown h2, .iplan-markdown h3, .iplan-markdown h4, .iplan-markdown h5, .iplan-markdown h6 { line-height: 1.3; margin: 1.6em 0 0.5em; scroll-margin-top: 12px; }
.iplan-markdown h1 { font-size: 1.6em; }
.iplan-markdown h2 { font-size: 1.35em; padding-bottom: 0.25em; border-bottom: 1px solid var(--ip-border); }
.iplan-markdown h3 { font-size: 1.15em; }
.iplan-markdown h4 { font-size: 1em; }
.iplan-markdown p, .iplan-markdown ul, .iplan-markdown ol, .iplan-markdown blockquote { margin: 0 0 0.9em; }
.iplan-markdown ul, .iplan-markdown ol { padding-left: 1.6em; }
.iplan-markdown li + li { margin-top: 0.2em; }
.iplan-markdown blockquote { border-left: 4px solid var(--vscode-textBlockQuote-border, var(--ip-border)); padding: 2px 14px; color: var(--ip-muted); background: var(--vscode-textBlockQuote-background, transparent); }
.iplan-markdown hr { border: 0; border-top: 1px solid var(--ip-border); margin: 1.6em 0; }
.iplan-markdown .iplan-raw-html { white-space: pre-wrap; color: var(--ip-muted); }
.iplan-markdown .iplan-image { color: var(--ip-muted); font-style: italic; }
.iplan-markdown section.footnotes { font-size: 0.9em; border-top: 1px solid var(--ip-border); margin-top: 2em; }
.iplan-markdown .contains-task-list { list-style: none; padding-left: 0.4em; }
.iplan-markdown h1.iplan-has-error, .iplan-markdown h2.iplan-has-error, .iplan-markdown h3.iplan-has-error { color: var(--ip-error); }
body.iplan-preview .iplan-markdown [data-line]:not(tr):not(li):hover { box-shadow: -6px 0 0 -3px var(--ip-border); }
.iplan-footer { margin-top: 48px; font-size: 0.85em; color: var(--ip-muted); }

/* High contrast: borders everywhere, no reliance on tints */
body.vscode-high-contrast .iplan-finding, body.vscode-high-contrast-light .iplan-finding,
body.vscode-high-contrast .iplan-meta > div, body.vscode-high-contrast-light .iplan-meta > div,
body.vscode-high-contrast .iplan-card, body.vscode-high-contrast-light .iplan-card { border: 1px solid var(--ip-contrast); background: transparent; }
body.vscode-high-contrast .iplan-finding.iplan-error, body.vscode-high-contrast-light .iplan-finding.iplan-error { border-left: 4px solid var(--ip-error); }
body.vscode-high-contrast .iplan-finding.iplan-warning, body.vscode-high-contrast-light .iplan-finding.iplan-warning { border-left: 4px dashed var(--ip-warning); }
body.vscode-high-contrast .iplan-badge, body.vscode-high-contrast-light .iplan-badge { background: transparent; }
body.vscode-high-contrast .iplan-chart .iplan-bar-maintenance, body.vscode-high-contrast-light .iplan-chart .iplan-bar-maintenance { fill: var(--ip-bg); stroke: var(--ip-fg); stroke-width: 2; }
body.vscode-high-contrast .iplan-chart .iplan-bar-renewal, body.vscode-high-contrast-light .iplan-chart .iplan-bar-renewal { fill: var(--ip-fg); stroke: var(--ip-fg); stroke-width: 2; }
body.vscode-high-contrast .iplan-chart .iplan-chart-value-renewal, body.vscode-high-contrast-light .iplan-chart .iplan-chart-value-renewal { fill: var(--ip-bg); }
body.vscode-high-contrast .iplan-chart .iplan-chart-value-maintenance, body.vscode-high-contrast-light .iplan-chart .iplan-chart-value-maintenance { fill: var(--ip-fg); }
@media (forced-colors: active) {
  .iplan-finding, .iplan-badge, .iplan-meta > div, .iplan-card { border: 1px solid CanvasText; }
  .iplan-finding.iplan-error { border-left: 4px solid CanvasText; }
  .iplan-finding.iplan-warning { border-left: 4px dashed CanvasText; }
  .iplan-chart .iplan-bar-renewal { fill: Highlight; stroke: CanvasText; }
  .iplan-chart .iplan-bar-maintenance { fill: Canvas; stroke: CanvasText; stroke-width: 2; }
  .iplan-chart text, .iplan-chart .iplan-chart-value-maintenance { fill: CanvasText; }
  .iplan-chart .iplan-chart-value-renewal { fill: HighlightText; }
  .iplan-chart .iplan-chart-grid, .iplan-chart .iplan-chart-axis { stroke: GrayText; }
}
@media print {
  .iplan-toc { display: none; }
  .iplan-plan + .iplan-plan { break-before: page; border-top: 0; }
  .iplan-finding, .iplan-card, .iplan-score tr { break-inside: avoid; }
}
`;
