/**
 * The document around rendered plans: the HTML report's page and the editor's preview page.
 * Plain text in, no dependencies, so the editor's client builds its page with it too. Only the
 * title and the generator line can hold outside text here; both are escaped.
 */
interface Page {
  lang: string;
  /** The Content-Security-Policy, before anything that could load. */
  csp: string;
  title: string;
  /** More `<meta name=… content=…>`. */
  meta?: Readonly<Record<string, string>>;
  /** The one style sheet. */
  style: string;
  /** The nonce that allows the style sheet and the script, when the CSP allows them by nonce. */
  nonce?: string;
  bodyClass: string;
  mainId?: string;
  /** `data-*` attributes of the main element, by name (after `data-`, ours, never plan text). */
  mainData?: Readonly<Record<string, string>>;
  /** Rendered (sanitized) HTML. */
  content: string;
  /** The one script, if any. */
  script?: string;
}

export const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

export function htmlPage(page: Page): string {
  const nonce = page.nonce === undefined ? '' : ` nonce="${escapeAttribute(page.nonce)}"`;
  const meta = Object.entries(page.meta ?? {}).map(([name, content]) => `<meta name="${escapeAttribute(name)}" content="${escapeAttribute(content)}">\n`);
  const id = page.mainId === undefined ? '' : ` id="${escapeAttribute(page.mainId)}"`;
  const data = Object.entries(page.mainData ?? {}).map(([name, value]) => {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`htmlPage: invalid data attribute name ${JSON.stringify(name)}`);
    return ` data-${name}="${escapeAttribute(value)}"`;
  });
  return `<!DOCTYPE html>
<html lang="${LANG.test(page.lang) ? page.lang : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(page.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta.join('')}<title>${escapeText(page.title)}</title>
<style${nonce}>${page.style}</style>
</head>
<body class="${escapeAttribute(page.bodyClass)}">
<main${id}${data.join('')} class="iplan-shell">
${page.content}
</main>
${page.script === undefined ? '' : `<script${nonce}>${page.script}</script>\n`}</body>
</html>
`;
}
