// The preview's plan text rendered part by part (render/bodyParts.ts) against the whole text
// rendered at once (render/body.ts, which the report uses): the same HTML for every example and
// corpus plan, before and after edits, and after an edit only the edited part rendered afresh.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type Locale } from '../../server/src/core';
import { planArticle, renderPlan } from '../../server/src/render/article';
import { partsRendered } from '../../server/src/render/bodyParts';
import type { RenderOptions } from '../../server/src/render/context';
import { toHtml } from '../../server/src/render/hast';
import { framework, ROOT } from './helpers';

const plans = [
  ...readdirSync(path.join(ROOT, 'examples')).filter((name) => name.endsWith('.md')).map((name) => path.join('examples', name)),
  ...readdirSync(path.join(ROOT, 'test', 'corpus')).filter((name) => name.endsWith('.md')).map((name) => path.join('test', 'corpus', name)),
];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The page both ways: part by part (the preview's renderPlan) and whole (the report's planArticle). */
function bothWays(text: string, options: Partial<RenderOptions> = {}) {
  const { plan, findings } = lintText(text, framework, { relativePath: 'plan.iplan.md' });
  const all: RenderOptions = { locale: 'nl', mode: 'preview', documentUri: 'file:///p/plan.iplan.md', docsUri: (id) => `https://example.org/rules#${id}`, ...options };
  const before = partsRendered.count;
  const parts = renderPlan(plan, findings, framework, all);
  return { parts, whole: toHtml(planArticle(plan, findings, framework, all)), rendered: partsRendered.count - before, findings };
}

/** `text` with `line` (0-based) replaced by what `change` makes of it. */
function editLine(text: string, line: number, change: (line: string) => string): string {
  const lines = text.split('\n');
  lines[line] = change(lines[line]);
  return lines.join('\n');
}

const paragraphLines = (text: string) => text.split('\n').flatMap((line, i) => (/^[A-Z][a-z]+ [a-z]/.test(line) ? [i] : []));

describe('the plan text part by part', () => {
  it.each(plans)('%s: the same HTML as the whole text rendered at once', (file) => {
    const text = read(file);
    for (const [locale, mode] of [
      ['nl', 'preview'],
      ['en', 'report'],
    ] as [Locale, RenderOptions['mode']][]) {
      const { parts, whole } = bothWays(text, { locale, mode, idPrefix: mode === 'report' ? 'p1-' : undefined });
      expect(parts).toBe(whole);
    }
  });

  it('after edits that add, change and remove lines, findings included, the same HTML as the whole', () => {
    let text = read('examples/defect-sections.iplan.md');
    const lines = paragraphLines(text);
    expect(lines.length).toBeGreaterThan(5);
    const edits: ((t: string) => string)[] = [
      (t) => editLine(t, lines[1], (l) => `${l} TODO`),
      (t) => editLine(t, lines[2], (l) => `${l}\n\nEen nieuwe alinea.\n\n| a | b |\n| - | - |\n| 1 | 2 |`),
      (t) => editLine(t, lines[0], () => ''),
      (t) => editLine(t, lines[3], (l) => `${l}\n\n## Een nieuwe sectie\n\n- een\n- twee`),
      (t) => editLine(t, 0, () => ''), // the front matter's opening line: no front matter any more
    ];
    for (const edit of edits) {
      text = edit(text);
      const { parts, whole, findings } = bothWays(text);
      expect(findings.length).toBeGreaterThan(0);
      expect(parts).toBe(whole);
    }
  });

  it('an edit of one paragraph of a large plan renders only that part again; the rest is kept, moved where lines were added', () => {
    // A large plan of its own, so no other test has rendered its parts.
    const large = read('examples/large-ienw-2026-2030.iplan.md');
    const text = large.replace(/^(#{1,6} .*)$/gm, '$1 (kopie voor de test van de delen)');
    const first = bothWays(text);
    expect(first.parts).toBe(first.whole);
    expect(first.rendered).toBeGreaterThan(50);

    const lines = paragraphLines(text);
    const middle = lines[Math.floor(lines.length / 2)];
    const typed = bothWays(editLine(text, middle, (l) => `${l} Een woord erbij.`));
    expect(typed.rendered).toBe(1);
    expect(typed.parts).toBe(typed.whole);

    // A line added: every part after it starts a line later, their findings and ids too.
    const added = editLine(text, lines[3], (l) => `${l}\nnog een regel, en een TODO`);
    const shifted = bothWays(added);
    expect(shifted.rendered).toBe(1);
    expect(shifted.parts).toBe(shifted.whole);

    // Rendered again without a change: nothing afresh.
    expect(bothWays(added).rendered).toBe(0);
  });

  it('a text with definitions or footnotes, which reach across parts, is rendered whole: the same HTML', () => {
    const base = read('examples/bzk-2026-2029.iplan.md');
    const lines = paragraphLines(base);
    const withReference = editLine(editLine(base, lines[1], (l) => `${l} Zie [de bron][bron] en een voetnoot[^1].`), lines[6], (l) => `${l}\n\n[bron]: https://example.org/bron\n\n[^1]: De voetnoot.`);
    const { parts, whole, rendered } = bothWays(withReference);
    expect(rendered).toBe(0);
    expect(parts).toBe(whole);
    expect(parts).toContain('href="https://example.org/bron"');
    expect(parts).toContain('iplan-u-fn-1');
  });
});
