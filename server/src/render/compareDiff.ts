/**
 * A changed section of the text as its line diff: per hunk a table of the old and new line
 * numbers, a sign and the line, removed lines in <del> and added ones in <ins>. Never by colour
 * alone: the sign column says + or −, and a screen reader hears "added" or "removed".
 */
import type { Element } from 'hast';
import type { DiffHunk, SectionChange } from '../core/review/sections';
import { PREAMBLE_ID } from '../core/review/sections';
import { h } from './hast';
import type { ReviewLabels } from './reviewLabels';
import { wrapTable } from './table';

export function sectionTitle(section: Pick<SectionChange, 'id' | 'title'>, labels: ReviewLabels): string {
  return section.title.trim() || (section.id === PREAMBLE_ID ? labels.preamble : section.id);
}

interface NumberedLine {
  kind: 'added' | 'removed' | 'context';
  text: string;
  oldLine?: number;
  newLine?: number;
}

function numbered(hunk: DiffHunk): NumberedLine[] {
  let oldLine = hunk.oldStart;
  let newLine = hunk.newStart;
  return hunk.lines.map((line) => ({
    ...line,
    oldLine: line.kind === 'added' ? undefined : oldLine++,
    newLine: line.kind === 'removed' ? undefined : newLine++,
  }));
}

function hunkTable(hunk: DiffHunk, caption: string, labels: ReviewLabels): Element {
  const sign = { added: '+', removed: '−', context: ' ' } as const;
  const word = { added: labels.lineAdded, removed: labels.lineRemoved, context: labels.lineContext } as const;
  const rows = numbered(hunk).map((line) =>
    h(
      'tr',
      { className: [`iplan-diff-${line.kind}`] },
      h('td', { className: ['num', 'iplan-diff-n'] }, line.oldLine === undefined ? '' : String(line.oldLine)),
      h('td', { className: ['num', 'iplan-diff-n'] }, line.newLine === undefined ? '' : String(line.newLine)),
      h('td', { className: ['iplan-diff-sign'] }, h('span', { ariaHidden: 'true' }, sign[line.kind]), h('span', { className: ['iplan-sr-only'] }, word[line.kind])),
      h('td', { className: ['iplan-diff-text'] }, line.kind === 'added' ? h('ins', null, line.text) : line.kind === 'removed' ? h('del', null, line.text) : line.text),
    ),
  );
  return wrapTable(
    h(
      'table',
      { className: ['iplan-diff'] },
      h('caption', { className: ['iplan-sr-only'] }, caption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col', className: ['num'] }, labels.oldLine),
          h('th', { scope: 'col', className: ['num'] }, labels.newLine),
          h('th', { scope: 'col' }, labels.changeKind),
          h('th', { scope: 'col' }, labels.lineText),
        ),
      ),
      h('tbody', null, rows),
    ),
    caption,
  );
}

/** One sub-part per added, removed or changed section, each with its diff. */
export function sectionDiffs(sections: readonly SectionChange[], labels: ReviewLabels, prefix: string): Element[] {
  return sections.map((section, index) => {
    const title = sectionTitle(section, labels);
    return h(
      'section',
      { className: ['iplan-section-diff'], id: `${prefix}diff-${index}`, ariaLabelledBy: `${prefix}diff-${index}-title`, dataSection: section.id, dataChange: section.change },
      h('h3', { id: `${prefix}diff-${index}-title` }, title, ' ', h('span', { className: ['iplan-muted'] }, `(${labels[section.change].toLowerCase()}, +${section.linesAdded} −${section.linesRemoved})`)),
      section.hunks.map((hunk) => hunkTable(hunk, labels.diffCaption(title), labels)),
    );
  });
}
