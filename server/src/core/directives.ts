/**
 * Inline directives that switch rules off in one place of one plan:
 *   <!-- iplan-disable rule-a rule-b -->  …  <!-- iplan-enable rule-a -->   (body, until enabled)
 *   <!-- iplan-disable-next-line rule-a -->                               (body)
 *   # iplan-disable-next-line rule-a                                      (front matter)
 *   <!-- iplan-disable-file rule-a -->                                    (the whole file)
 * Without rule ids a directive covers every rule.
 */
import type { Plan } from './plan';
import type { Finding, Range } from './types';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  ruleIds: string[];
  range: Range;
}

const PATTERN = /^iplan-(disable-next-line|disable-file|disable|enable)(?:\s([\s\S]*))?$/;

function parseDirective(text: string, range: Range): Directive | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  // Anything after `--` is a reason, as in ESLint: `iplan-disable placeholder -- quoted from the letter`.
  const ids = (m[2] ?? '').split('--')[0].split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, ruleIds: ids, range };
}

export function readDirectives(plan: Plan): Directive[] {
  const directives: Directive[] = [];
  for (const comment of plan.comments) {
    const directive = parseDirective(comment.text, comment.range);
    if (directive) directives.push(directive);
  }
  for (const comment of plan.frontMatter?.comments ?? []) {
    const directive = parseDirective(comment.text, comment.range);
    if (directive?.kind === 'disable-next-line') directives.push(directive);
  }
  return directives.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const covers = (directive: Directive, ruleId: string) => directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);

/** A disable region: from a disable directive to the enable that ends it (or the end of the file). */
interface Region {
  directive: Directive;
  startLine: number;
  endLine: number;
}

function regions(directives: Directive[], ruleId: string): Region[] {
  const result: Region[] = [];
  let open: Directive | undefined;
  for (const d of directives) {
    if (d.kind === 'disable' && covers(d, ruleId) && !open) open = d;
    else if (d.kind === 'enable' && open && covers(d, ruleId)) {
      result.push({ directive: open, startLine: open.range.start.line, endLine: d.range.start.line });
      open = undefined;
    }
  }
  if (open) result.push({ directive: open, startLine: open.range.start.line, endLine: Infinity });
  return result;
}

/** Findings the directives leave standing, and the directives that suppressed nothing. */
export function applyDirectives(findings: Finding[], directives: Directive[]): { kept: Finding[]; unused: Directive[] } {
  if (directives.length === 0) return { kept: findings, unused: [] };
  const used = new Set<Directive>();
  const regionCache = new Map<string, Region[]>();
  const kept = findings.filter((finding) => {
    const line = finding.range.start.line;
    for (const d of directives) {
      if (!covers(d, finding.ruleId)) continue;
      if (d.kind === 'disable-file' || (d.kind === 'disable-next-line' && d.range.end.line + 1 === line)) {
        used.add(d);
        return false;
      }
    }
    let rs = regionCache.get(finding.ruleId);
    if (!rs) regionCache.set(finding.ruleId, (rs = regions(directives, finding.ruleId)));
    const region = rs.find((r) => line >= r.startLine && line <= r.endLine);
    if (region) {
      used.add(region.directive);
      return false;
    }
    return true;
  });
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { kept, unused };
}
