/** Small helpers the rules share: lists in each language, text edits in YAML. */
import type { LineIndex } from '../lines';
import type { Plan } from '../plan';
import type { RuleContext } from '../rule';
import type { Localized, Range, TextEdit } from '../types';

export function list(items: string[], conjunction: Localized): Localized {
  const join = (word: string) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
  return { nl: join(conjunction.nl), en: join(conjunction.en) };
}

export const AND: Localized = { nl: 'en', en: 'and' };
export const OR: Localized = { nl: 'of', en: 'or' };

export { closest } from '../similar';

/** The indentation of the line a range starts on. */
export function indentOf(lines: LineIndex, range: Range): string {
  return /^[ \t]*/.exec(lines.lineText(range.start.line))![0];
}

/** Whether the item at `pointer` is a block mapping (one key a line), which is what edits can extend. */
export function isBlockMap(context: RuleContext, pointer: string): boolean {
  const location = context.locate(pointer);
  if (!location) return false;
  const text = context.plan.text;
  const start = context.plan.lines.offsetAt(location.value.start);
  // A block mapping may hold a single key (`- jaar: 2026`) and then fits on one line.
  return text[start] !== '{' && text[start] !== '[';
}

/** Inserts lines after the line holding `after` (keeping the file's line endings). */
export function insertLinesAfter(plan: Plan, after: Range, linesToInsert: string[]): TextEdit {
  // A YAML node's range may run to the start of the next line; its last line is the one before.
  const lastLine = after.end.character === 0 && after.end.line > after.start.line ? after.end.line - 1 : after.end.line;
  const line = lastLine + 1;
  const eol = plan.lines.eol;
  if (line >= plan.lines.lineCount) {
    const end = plan.lines.positionAt(plan.text.length);
    return { range: { start: end, end }, newText: linesToInsert.map((l) => eol + l).join('') };
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: linesToInsert.map((l) => l + eol).join('') };
}

export function sectionTitle(context: RuleContext, id: string, language: 'nl' | 'en'): string {
  return context.framework.sectionById.get(id)?.title[language] ?? id;
}
