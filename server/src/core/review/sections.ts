/**
 * The plan text cut into the pieces a reviewer compares: what stands before the first level-2
 * heading, then each level-2 section up to the next one. Every character of the body belongs to
 * exactly one piece, so no change in the text goes unnoticed. Pieces are matched between two
 * versions by the framework section they are (a renamed heading with the same meaning is the
 * same section), else by their normalized title, and the n-th of a kind to the n-th.
 */
import { structuredPatch } from 'diff';
import { normalizeTitle } from '../framework';
import type { Plan } from '../plan';

export const PREAMBLE_ID = 'preamble';

interface TextPiece {
  /** What matches it to its counterpart in the other version. */
  key: string;
  /** The framework section id; `extra:<slug>` for a section the framework does not know; `preamble`. */
  id: string;
  title: string;
  /** Offsets in `Plan.text` of the piece (end exclusive). */
  start: number;
  end: number;
  /** 0-based line of the plan where the piece starts. */
  line: number;
  /** The piece's text, line endings as `\n`, trailing blank lines left out, ending in `\n` (or empty). */
  text: string;
}

interface DiffLine {
  kind: 'added' | 'removed' | 'context';
  text: string;
}

export interface DiffHunk {
  /** 1-based first line of the hunk in the old and in the new file (0 where that side has none). */
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

export interface SectionChange {
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  linesAdded: number;
  linesRemoved: number;
  /** The line diff of an added, removed or changed section, with three lines of context. */
  hunks: DiffHunk[];
}

function slug(title: string): string {
  const dashed = normalizeTitle(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  // Runs are one dash by now: at most one to cut at either end.
  return dashed.slice(dashed.startsWith('-') ? 1 : 0, dashed.endsWith('-') ? -1 : dashed.length);
}

function pieceText(plan: Plan, start: number, end: number): string {
  const text = plan.text.slice(start, end).replace(/\r\n?/g, '\n').trimEnd();
  return text === '' ? '' : `${text}\n`;
}

export function textPieces(plan: Plan): TextPiece[] {
  const fm = plan.frontMatter;
  const bodyStart = fm ? plan.lines.offsetAt(fm.range.end) : 0;
  const pieces: TextPiece[] = [];
  const seen = new Map<string, number>();
  const firstSection = plan.sections[0]?.heading.offset ?? plan.text.length;
  const preamble = pieceText(plan, bodyStart, firstSection);
  if (preamble !== '') {
    const h1 = plan.headings.find((h) => h.depth === 1 && h.offset >= bodyStart && h.offset < firstSection);
    pieces.push({ key: PREAMBLE_ID, id: PREAMBLE_ID, title: h1?.text ?? '', start: bodyStart, end: firstSection, line: plan.lines.positionAt(bodyStart).line, text: preamble });
  }
  plan.sections.forEach((section, index) => {
    const end = plan.sections[index + 1]?.heading.offset ?? plan.text.length;
    const base = section.frameworkId ? `fw:${section.frameworkId}` : `title:${normalizeTitle(section.heading.text)}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    pieces.push({
      key: `${base}#${nth}`,
      id: section.frameworkId ?? `extra:${slug(section.heading.text)}`,
      title: section.heading.text,
      start: section.heading.offset,
      end,
      line: section.heading.range.start.line,
      text: pieceText(plan, section.heading.offset, end),
    });
  });
  return pieces;
}

/** The line diff of two pieces, numbered as the lines of their files. */
function hunksOf(before: TextPiece | undefined, after: TextPiece | undefined): DiffHunk[] {
  const patch = structuredPatch('old', 'new', before?.text ?? '', after?.text ?? '', '', '', { context: 3 });
  const at = (start: number, count: number, piece: TextPiece | undefined) => (count === 0 || !piece ? 0 : start + piece.line);
  return patch.hunks.map((hunk) => ({
    oldStart: at(hunk.oldStart, hunk.oldLines, before),
    oldLines: hunk.oldLines,
    newStart: at(hunk.newStart, hunk.newLines, after),
    newLines: hunk.newLines,
    lines: hunk.lines
      .filter((line) => !line.startsWith('\\'))
      .map((line): DiffLine => ({ kind: line[0] === '+' ? 'added' : line[0] === '-' ? 'removed' : 'context', text: line.slice(1) })),
  }));
}

function change(before: TextPiece | undefined, after: TextPiece | undefined, kind: SectionChange['change']): SectionChange {
  const { id, title } = (after ?? before)!;
  if (kind === 'unchanged') return { id, title, change: kind, linesAdded: 0, linesRemoved: 0, hunks: [] };
  const hunks = hunksOf(before, after);
  const count = (which: DiffLine['kind']) => hunks.reduce((n, hunk) => n + hunk.lines.filter((l) => l.kind === which).length, 0);
  return { id, title, change: kind, linesAdded: count('added'), linesRemoved: count('removed'), hunks };
}

/**
 * Every piece of either version, in the new version's order; a removed piece stands after the
 * piece that preceded it in the old version.
 */
export function compareSections(oldPlan: Plan, newPlan: Plan): SectionChange[] {
  const before = textPieces(oldPlan);
  const after = textPieces(newPlan);
  const newIndex = new Map(after.map((piece, index) => [piece.key, index]));
  const placed: { order: number; sub: number; change: SectionChange }[] = [];
  let anchor = -1;
  before.forEach((piece, index) => {
    const matched = newIndex.get(piece.key);
    if (matched !== undefined) {
      anchor = matched;
      return;
    }
    placed.push({ order: anchor, sub: index + 1, change: change(piece, undefined, 'removed') });
  });
  const oldByKey = new Map(before.map((piece) => [piece.key, piece]));
  after.forEach((piece, index) => {
    const old = oldByKey.get(piece.key);
    const kind = !old ? 'added' : old.text === piece.text ? 'unchanged' : 'changed';
    placed.push({ order: index, sub: 0, change: change(old, piece, kind) });
  });
  return placed.sort((a, b) => a.order - b.order || a.sub - b.sub).map((p) => p.change);
}
