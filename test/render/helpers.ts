/** Shared by the renderer tests: the example plans linted and rendered, and a DOM to query. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { defaultFramework, lintText, type Finding, type Plan } from '../../server/src/core';
import { previewDocument } from '../../client/src/previewDocument';
import { planTitle, renderPlan, type RenderOptions } from '../../server/src/render';

export const ROOT = path.resolve(__dirname, '..', '..');
export const framework = defaultFramework();

export interface Rendered {
  plan: Plan;
  findings: Finding[];
  html: string;
  $: CheerioAPI;
}

export function lintExample(name: string): { plan: Plan; findings: Finding[]; text: string } {
  const text = readFileSync(path.join(ROOT, 'examples', name), 'utf8');
  const { plan, findings } = lintOnce(text, name);
  return { plan, findings, text };
}

/** Linting is the slow part; the examples are linted once per test file. */
const linted = new Map<string, { plan: Plan; findings: Finding[] }>();
function lintOnce(text: string, relativePath: string) {
  const key = `${relativePath}\0${text}`;
  let outcome = linted.get(key);
  if (!outcome) {
    const { plan, findings } = lintText(text, framework, { relativePath });
    outcome = { plan, findings };
    linted.set(key, outcome);
  }
  return outcome;
}

export function render(text: string, options: Partial<RenderOptions> = {}): Rendered {
  const { plan, findings } = lintOnce(text, 'plan.iplan.md');
  const html = renderPlan(plan, findings, framework, { locale: 'nl', mode: 'report', docsUri: (id) => `https://example.org/rules#${id}`, ...options });
  return { plan, findings, html, $: load(html) };
}

/** The whole webview page of the preview, as the client builds it around the server's content. */
export function renderPreviewPage(text: string, page: { nonce: string; cspSource?: string; locale?: 'nl' | 'en' }): Rendered {
  const { plan, findings } = lintOnce(text, 'plan.iplan.md');
  const locale = page.locale ?? 'nl';
  const content = renderPlan(plan, findings, framework, { locale, mode: 'preview', docsUri: (id) => `https://example.org/rules#${id}` });
  const html = previewDocument({ content, title: planTitle(plan, locale), lang: locale, nonce: page.nonce, cspSource: page.cspSource });
  return { plan, findings, html, $: load(html) };
}

export function renderExample(name: string, options: Partial<RenderOptions> = {}): Rendered {
  return render(readFileSync(path.join(ROOT, 'examples', name), 'utf8'), options);
}
