/**
 * The HTML of the preview's parts before the plan text (header, general findings, scorecard,
 * costs, portfolio, landscape), kept by what each reads: building and serialising them took
 * ~20 ms of every edit of a 5,000-line plan, though an edit in the plan text changes none of them
 * or only the counts. Each part is named by a key made of everything it reads but the front
 * matter's parsed data, which is the same object as long as the front matter's text is
 * (parse/frontmatter.ts keeps it by its text), and the framework; those two key by identity.
 * The render tests compare the pieces with the article rendered afresh after edits of each kind.
 */
import type { Element } from 'hast';
import type { Finding, Framework } from '../core';
import type { RenderContext } from './context';
import { root, toHtml } from './hast';

/** Parts kept per front matter and framework: enough for the variants an editing session makes. */
const PER_VERSION = 32;

const withData = new WeakMap<object, WeakMap<Framework, Map<string, string>>>();
const withoutData = new WeakMap<Framework, Map<string, string>>();

function keptFor(data: object | undefined, framework: Framework): Map<string, string> {
  let byFramework = data ? withData.get(data) : withoutData;
  if (!byFramework) {
    byFramework = new WeakMap();
    withData.set(data!, byFramework);
  }
  let kept = byFramework.get(framework);
  if (!kept) {
    kept = new Map();
    byFramework.set(framework, kept);
  }
  return kept;
}

/**
 * What a finding shows (findings.ts): its element id, rule, severity, message, line, related
 * places and documentation link.
 */
export function findingsKey(ctx: RenderContext, findings: readonly Finding[] | undefined): unknown[] {
  return (findings ?? []).map((f) => [
    ctx.findingId.get(f),
    f.ruleId,
    f.severity,
    f.message,
    f.range.start.line,
    f.related?.map((r) => [r.message, r.range.start.line]),
    ctx.docsUri?.(f.ruleId),
  ]);
}

/**
 * A part's HTML, made by `make` unless it was made before with the same key. `readsData`: the
 * part reads the front matter's data or where its keys are written (beyond what `key` holds);
 * without data (no front matter, or broken) such a part is always made afresh.
 */
export function keptPart(ctx: RenderContext, name: string, readsData: boolean, key: unknown[], make: () => Element | undefined): string | undefined {
  const data = readsData ? ctx.data && (ctx.plan.frontMatter?.data as object | undefined) : undefined;
  if (readsData && !data) return html(make());
  const kept = keptFor(data, ctx.framework);
  const full = JSON.stringify([name, ctx.labels.locale, ctx.prefix, ctx.mode, ...key]);
  const known = kept.get(full);
  if (known !== undefined) {
    // The most recently used at the end.
    kept.delete(full);
    kept.set(full, known);
    return known === '' ? undefined : known;
  }
  const made = html(make());
  kept.set(full, made ?? '');
  if (kept.size > PER_VERSION) kept.delete(kept.keys().next().value!);
  return made;
}

const html = (element: Element | undefined) => (element ? toHtml(root(element)) : undefined);
