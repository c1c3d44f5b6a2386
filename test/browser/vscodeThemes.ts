/**
 * The theme colours VS Code gives a webview (as `--vscode-*` properties on its <html>, with a
 * `vscode-light`, `vscode-dark` or `vscode-high-contrast` class on <body>) for the ones the
 * preview's style sheet reads, as VS Code's default themes define them: Light Modern and Dark
 * Modern, and Dark High Contrast and Light High Contrast, which take most of their colours from
 * the defaults of VS Code's colour registry. A colour a theme leaves undefined is not sent.
 */
export interface WebviewTheme {
  name: string;
  /** What VS Code puts on <body>: Light High Contrast carries both high-contrast classes. */
  bodyClass: 'vscode-light' | 'vscode-dark' | 'vscode-high-contrast' | 'vscode-high-contrast vscode-high-contrast-light';
  /** The colour scheme the webview reports (prefers-color-scheme). */
  scheme: 'light' | 'dark';
  variables: Record<string, string>;
}

const shared = {
  '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
};

export const LIGHT_MODERN: WebviewTheme = {
  name: 'Light Modern',
  bodyClass: 'vscode-light',
  scheme: 'light',
  variables: {
    ...shared,
    '--vscode-editor-foreground': '#3b3b3b',
    '--vscode-editor-background': '#ffffff',
    '--vscode-descriptionForeground': '#3b3b3b',
    '--vscode-panel-border': '#e5e5e5',
    '--vscode-widget-border': '#e5e5e5',
    '--vscode-editorWidget-background': '#f8f8f8',
    '--vscode-textCodeBlock-background': '#f8f8f8',
    '--vscode-textLink-foreground': '#005fb8',
    '--vscode-textLink-activeForeground': '#005fb8',
    '--vscode-editorError-foreground': '#e51400',
    '--vscode-inputValidation-errorBackground': '#f2dede',
    '--vscode-editorWarning-foreground': '#bf8803',
    '--vscode-inputValidation-warningBackground': '#f6f5d2',
    '--vscode-testing-iconPassed': '#388a34',
    '--vscode-diffEditor-insertedLineBackground': 'rgba(155, 185, 85, 0.2)',
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-purple': '#652d90',
    '--vscode-editorIndentGuide-background1': '#d3d3d3',
    '--vscode-focusBorder': '#005fb8',
    '--vscode-textBlockQuote-background': '#f8f8f8',
    '--vscode-textBlockQuote-border': '#e5e5e5',
  },
};

export const DARK_MODERN: WebviewTheme = {
  name: 'Dark Modern',
  bodyClass: 'vscode-dark',
  scheme: 'dark',
  variables: {
    ...shared,
    '--vscode-editor-foreground': '#cccccc',
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-panel-border': '#2b2b2b',
    '--vscode-widget-border': '#313131',
    '--vscode-editorWidget-background': '#202020',
    '--vscode-textCodeBlock-background': '#2b2b2b',
    '--vscode-textLink-foreground': '#4daafc',
    '--vscode-textLink-activeForeground': '#4daafc',
    '--vscode-editorError-foreground': '#f14c4c',
    '--vscode-inputValidation-errorBackground': '#5a1d1d',
    '--vscode-editorWarning-foreground': '#cca700',
    '--vscode-inputValidation-warningBackground': '#352a05',
    '--vscode-testing-iconPassed': '#73c991',
    '--vscode-diffEditor-insertedLineBackground': 'rgba(155, 185, 85, 0.2)',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-editorIndentGuide-background1': '#404040',
    '--vscode-focusBorder': '#0078d4',
    '--vscode-textBlockQuote-background': '#2b2b2b',
    '--vscode-textBlockQuote-border': '#616161',
  },
};

export const DARK_HIGH_CONTRAST: WebviewTheme = {
  name: 'Dark High Contrast',
  bodyClass: 'vscode-high-contrast',
  scheme: 'dark',
  variables: {
    ...shared,
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-editor-background': '#000000',
    '--vscode-descriptionForeground': 'rgba(255, 255, 255, 0.7)',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-panel-border': '#6fc3df',
    '--vscode-widget-border': '#6fc3df',
    '--vscode-editorWidget-background': '#0c141f',
    '--vscode-textCodeBlock-background': '#000000',
    '--vscode-textLink-foreground': '#21a6ff',
    '--vscode-textLink-activeForeground': '#21a6ff',
    '--vscode-editorError-foreground': '#f48771',
    '--vscode-inputValidation-errorBackground': '#000000',
    '--vscode-editorWarning-foreground': '#ffd370',
    '--vscode-inputValidation-warningBackground': '#000000',
    '--vscode-testing-iconPassed': '#73c991',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-editorIndentGuide-background1': '#ffffff',
    '--vscode-focusBorder': '#f38518',
    '--vscode-textBlockQuote-border': '#ffffff',
  },
};

export const LIGHT_HIGH_CONTRAST: WebviewTheme = {
  name: 'Light High Contrast',
  bodyClass: 'vscode-high-contrast vscode-high-contrast-light',
  scheme: 'light',
  variables: {
    ...shared,
    '--vscode-editor-foreground': '#292929',
    '--vscode-editor-background': '#ffffff',
    '--vscode-descriptionForeground': 'rgba(41, 41, 41, 0.7)',
    '--vscode-contrastBorder': '#0f4a85',
    '--vscode-panel-border': '#0f4a85',
    '--vscode-widget-border': '#0f4a85',
    '--vscode-editorWidget-background': '#ffffff',
    '--vscode-textCodeBlock-background': '#f2f2f2',
    '--vscode-textLink-foreground': '#0f4a85',
    '--vscode-textLink-activeForeground': '#0f4a85',
    '--vscode-editorError-foreground': '#b5200d',
    '--vscode-inputValidation-errorBackground': '#ffffff',
    '--vscode-editorWarning-foreground': '#895503',
    '--vscode-inputValidation-warningBackground': '#ffffff',
    '--vscode-testing-iconPassed': '#007100',
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-purple': '#652d90',
    '--vscode-editorIndentGuide-background1': '#cccccc',
    '--vscode-focusBorder': '#006bbd',
    '--vscode-textBlockQuote-background': '#f2f2f2',
    '--vscode-textBlockQuote-border': '#292929',
  },
};

export const WEBVIEW_THEMES: readonly WebviewTheme[] = [LIGHT_MODERN, DARK_MODERN, DARK_HIGH_CONTRAST, LIGHT_HIGH_CONTRAST];
