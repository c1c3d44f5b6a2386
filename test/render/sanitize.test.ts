import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { previewCsp, previewDocument } from '../../client/src/previewDocument';
import { PREVIEW_SCRIPT } from '../../client/src/previewScript';
import { RENDER_CSS } from '../../server/src/render';
import { hostilePlan, XSS_VECTORS } from '../browser/xss-vectors';
import { render, renderPreviewPage } from './helpers';

const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Qtb25seQ==';
const CSP_SOURCE = 'https://*.vscode-cdn.net';

/** Our own SVG: the chart and the icons, made of these elements only. */
const SVG_PARTS = new Set(['svg', 'title', 'desc', 'g', 'line', 'text', 'rect', 'path', 'circle']);
const FORBIDDEN_TAGS = ['iframe', 'object', 'embed', 'base', 'link', 'form', 'button', 'img', 'video', 'audio', 'source', 'picture', 'math', 'template', 'noscript', 'frame', 'frameset', 'applet', 'textarea', 'select', 'input'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'cite', 'longdesc', 'srcset', 'ping'];

function assertHarmless($: CheerioAPI, mode: 'report' | 'preview'): void {
  const all = $('*');
  expect(all.length).toBeGreaterThan(50);
  all.each((_, node) => {
    const el = node as Element;
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(name.toLowerCase().startsWith('on'), `${el.tagName} ${name}`).toBe(false);
      expect(name.toLowerCase(), el.tagName).not.toBe('style');
      expect(name.toLowerCase(), el.tagName).not.toBe('srcdoc');
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        expect(value, `${el.tagName} ${name}`).not.toMatch(/^\s*(?:javascript|data|vbscript)\s*:/i);
        expect(value, `${el.tagName} ${name}`).not.toMatch(/[\u0000-\u001f]/);
      }
    }
    if (el.tagName === 'svg') {
      expect($(el).is('.iplan-chart, .iplan-icon'), 'an svg that is not ours').toBe(true);
      $(el)
        .find('*')
        .each((__, part) => {
          expect(SVG_PARTS.has((part as Element).tagName), `svg part ${(part as Element).tagName}`).toBe(true);
        });
    }
  });
  for (const tag of FORBIDDEN_TAGS) expect($(tag).length, tag).toBe(0);
  // Links point inside the page, to the docs, to an ordinary web or mail address, or (relative) to
  // a file next to the plan; following one takes a click, and no resource is loaded.
  $('a[href]').each((_, a) => expect($(a).attr('href')).toMatch(/^(?:#[\w-]+$|https?:\/\/|mailto:|(?![\w+.-]*:)[^/\\])/));
  expect($('[src]').length).toBe(0);
  // Every id is ours (prefixed), so plan text cannot clobber a global such as acquireVsCodeApi.
  $('[id]').each((_, el) => expect($(el).attr('id')).toMatch(/^(?:iplan-|iplan-root$)/));
  if (mode === 'report') {
    expect($('script').length).toBe(0);
    expect($('style').length).toBe(0);
    expect($('meta').length).toBe(0);
  } else {
    expect($('script').length).toBe(1);
    expect($('script').attr('nonce')).toBe(NONCE);
    expect($('script').html()).toBe(PREVIEW_SCRIPT);
    expect($('style').length).toBe(1);
    expect($('style').attr('nonce')).toBe(NONCE);
    expect($('style').html()).toBe(RENDER_CSS);
    expect($('meta').length).toBe(3);
    expect($('meta[http-equiv]').length).toBe(1);
  }
}

describe('sanitization of hostile plans', () => {
  it(`has a corpus of at least 30 vectors in every kind of place`, () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(XSS_VECTORS.map((v) => v.place))).toEqual(new Set(['body', 'heading', 'cell', 'raw', 'titel', 'doelstelling', 'systeem', 'activiteit']));
  });

  it('report mode: nothing dangerous survives', () => {
    const { $, html } = render(hostilePlan(), { mode: 'report' });
    assertHarmless($, 'report');
    // The payloads are there, as text a reviewer can read.
    expect($('.iplan-markdown code.iplan-raw-html').length).toBeGreaterThan(20);
    expect($('.iplan-title').text()).toContain('</title><script>');
    expect(html).not.toMatch(/<script/i);
  });

  it('preview mode: only our nonce script and style, and the CSP', () => {
    const { $ } = renderPreviewPage(hostilePlan(), { nonce: NONCE, cspSource: CSP_SOURCE });
    assertHarmless($, 'preview');
    expect($('title').text()).toContain('</title><script>');
  });

  for (const vector of XSS_VECTORS) {
    it(`alone: ${vector.name}`, () => {
      const { $ } = renderPreviewPage(hostilePlan([vector]), { nonce: NONCE, cspSource: CSP_SOURCE });
      assertHarmless($, 'preview');
    });
  }

  it('HTML comments are dropped; a line break is kept; other raw HTML shows as code', () => {
    const { $ } = render(`# T\n\nEen<br>regel <!-- iplan-disable placeholder --> en <b>vet</b>.\n\n<!-- alleen een opmerking -->\n\n<div>blok</div>\n`);
    const p = $('.iplan-markdown p').first();
    expect(p.find('br').length).toBe(1);
    expect(p.text()).not.toContain('iplan-disable');
    expect(p.find('code.iplan-raw-html').map((_, c) => $(c).text()).get()).toEqual(['<b>', '</b>']);
    expect($('.iplan-markdown').text()).not.toContain('alleen een opmerking');
    expect($('.iplan-markdown code.iplan-raw-html').last().text()).toBe('<div>blok</div>');
  });

  it('images become a textual placeholder; links keep safe targets only', () => {
    const { $ } = render(`# T\n\n![Organogram](https://attacker.example/o.png) [web](https://example.org/a) [mail](mailto:cio@example.org) [js](javascript:alert(1)) [anker](#x)\n`);
    expect($('.iplan-markdown .iplan-image').text()).toContain('Organogram');
    expect($('.iplan-markdown a').map((_, a) => $(a).attr('href') ?? '(none)').get()).toEqual(['https://example.org/a', 'mailto:cio@example.org', '(none)', '#x']);
    expect($('.iplan-markdown a[href^="https:"]').attr('rel')).toBe('noopener noreferrer');
  });
});

describe('preview document', () => {
  it('has the strict CSP, with nonce-only styles and script', () => {
    const { $ } = renderPreviewPage(hostilePlan(), { nonce: NONCE, cspSource: CSP_SOURCE });
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(csp).toBe(
      `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';`,
    );
    expect(csp).toBe(previewCsp(NONCE, CSP_SOURCE));
    expect(csp).not.toContain('unsafe');
    // The CSP comes before anything that could load.
    expect($('head').children().first().attr('charset')).toBe('utf-8');
    expect($('head').children().eq(1).attr('http-equiv')).toBe('Content-Security-Policy');
    expect($('#iplan-root .iplan-plan').length).toBe(1);
    const page = { content: '<article></article>', title: 't', lang: 'nl' };
    expect(() => previewDocument({ ...page, nonce: '' })).toThrow(/nonce/);
    expect(() => previewDocument({ ...page, nonce: 'short' })).toThrow(/nonce/);
    expect(() => previewDocument({ ...page, nonce: `${NONCE}' 'unsafe-inline` })).toThrow(/nonce/);
    expect(() => previewDocument({ ...page, nonce: NONCE, cspSource: 'https://x; script-src *' })).toThrow(/cspSource/);
    // The language attribute and the title are ours to escape.
    const odd = load(previewDocument({ ...page, nonce: NONCE, title: '</title><script>x()</script>', lang: '"><script>' }));
    expect(odd('script').length).toBe(1);
    expect(odd('html').attr('lang')).toBe('en');
    expect(odd('title').text()).toBe('</title><script>x()</script>');
  });

  it('the script only posts reveal and resync messages and handles scrollTo, update and patch', () => {
    expect(PREVIEW_SCRIPT).toMatch(/postMessage\(\{\s*type: "reveal"|postMessage\(\{\s*type: 'reveal'/);
    expect(PREVIEW_SCRIPT).toMatch(/postMessage\(\{\s*type: ["']resync["']/);
    expect(PREVIEW_SCRIPT.match(/postMessage\(/g)?.length).toBe(3);
    expect(PREVIEW_SCRIPT).toMatch(/message\.type === ["']scrollTo["']/);
    expect(PREVIEW_SCRIPT).toMatch(/message\.type === ["']update["']/);
    expect(PREVIEW_SCRIPT).toMatch(/message\.type === ["']patch["']/);
    expect(PREVIEW_SCRIPT).not.toMatch(/eval\(|new Function|document\.write|import\(|fetch\(|XMLHttpRequest/);
    // It is a whole script: its arguments are the root's id and the pieces' mark, nothing from outside.
    expect(PREVIEW_SCRIPT).toMatch(/^\(function webviewMain\(rootId, mark\)/);
    expect(PREVIEW_SCRIPT.trim().endsWith('("iplan-root", "iplan-piece");')).toBe(true);
  });

  it('report mode is a fragment with no script; labels follow the locale', () => {
    const nl = render(hostilePlan(), { mode: 'report', locale: 'nl' });
    expect(nl.html.startsWith('<article')).toBe(true);
    expect(nl.$('.iplan-part-scorecard h3').first().text()).toBe('Scorekaart');
    const en = render(hostilePlan(), { mode: 'report', locale: 'en' });
    expect(en.$('.iplan-part-scorecard h3').first().text()).toBe('Scorecard');
    expect(load(en.html)('script').length).toBe(0);
  });
});
