/** Applying fixes: text edits on one document, as the editor and `--fix` do. */
import type { LineIndex } from './lines';
import type { Finding, TextEdit } from './types';

/**
 * Applies edits given against the same original text. Inserts at the same position keep their
 * given order; an edit that overlaps one already taken is left out (it will be offered again on
 * the next pass, against the new text).
 */
export function applyEdits(text: string, lines: LineIndex, edits: TextEdit[]): { text: string; applied: number } {
  const taken = selectSpans(lines, edits);
  let result = '';
  let cursor = 0;
  for (const span of taken) {
    result += text.slice(cursor, span.start) + span.newText;
    cursor = span.end;
  }
  return { text: result + text.slice(cursor), applied: taken.length };
}

/**
 * The edits `applyEdits` would apply, in document order: overlapping ones left out, inserts at
 * the same position in their given order. An editor can send these as one workspace edit.
 */
export function nonOverlappingEdits(lines: LineIndex, edits: TextEdit[]): TextEdit[] {
  return selectSpans(lines, edits).map((span) => edits[span.order]);
}

function selectSpans(lines: LineIndex, edits: TextEdit[]) {
  const spans = edits
    .map((edit, order) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText, order }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const taken: typeof spans = [];
  let lastEnd = -1;
  for (const span of spans) {
    if (span.start < lastEnd) continue;
    taken.push(span);
    lastEnd = Math.max(lastEnd, span.end);
  }
  return taken;
}

/** All edits of the fixes findings carry, each fix whole or not at all. */
export function fixEdits(findings: Finding[]): TextEdit[] {
  return findings.flatMap((finding) => finding.fix?.edits ?? []);
}
