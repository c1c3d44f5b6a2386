/**
 * parse: text → Plan. The only place that knows Markdown and YAML syntax.
 */
import type { Framework } from '../framework';
import { sectionIdOf } from '../framework';
import { LineIndex } from '../lines';
import type { Block, CostTable, Heading, Plan, Section, Table } from '../plan';
import { statedUnit } from './amounts';
import { readCostTable, type AboveTable } from './costTable';
import { readFrontMatter } from './frontmatter';
import { parseBody } from './markdown';

export function parse(input: string, framework: Framework, shouldAbandon?: () => boolean): Plan {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const { frontMatter, bodyOffset } = readFrontMatter(text, lines);

  const headings: Heading[] = [];
  const blocks: (Block & { offset: number; depth?: number })[] = [];
  const tables: (Table & { offset: number })[] = [];
  const prose: Plan['prose'] = [];
  const comments: Plan['comments'] = [];
  for (const { offset, parsed } of parseBody(text, bodyOffset, shouldAbandon)) {
    const range = (start: number, end: number) => lines.range(offset + start, offset + end);
    for (const h of parsed.headings) headings.push({ depth: h.depth, text: h.text, range: range(h.start, h.end), offset: offset + h.start });
    for (const b of parsed.blocks) blocks.push({ kind: b.kind, text: b.text, range: range(b.start, b.end), offset: offset + b.start, depth: b.depth });
    for (const t of parsed.tables) {
      tables.push({
        offset: offset + t.start,
        range: range(t.start, t.end),
        rows: t.rows.map((row) => ({
          range: range(row.start, row.end),
          cells: row.cells.map((cell) => ({ range: range(cell.start, cell.end), text: cell.text })),
        })),
      });
    }
    for (const [start, end] of parsed.prose) prose.push({ offset: offset + start, source: text.slice(offset + start, offset + end) });
    for (const c of parsed.comments) comments.push({ range: range(c.start, c.end), text: c.text });
  }

  const sections = buildSections(blocks, headings, text, framework);
  const sectionStarts = sections.map((s) => s.heading.offset);
  const planTables: Table[] = tables.map(({ offset, ...table }) => {
    let index = -1;
    for (let i = 0; i < sectionStarts.length && sectionStarts[i] <= offset; i++) index = i;
    return index >= 0 && offset < sections[index].endOffset ? { ...table, sectionIndex: index } : table;
  });

  const costTables: CostTable[] = [];
  for (const table of planTables) {
    if (table.sectionIndex === undefined || sections[table.sectionIndex].frameworkId !== 'financien') continue;
    const costTable = readCostTable(table, framework, aboveTable(sections[table.sectionIndex], table));
    if (costTable) costTables.push(costTable);
  }

  return { text, lines, frontMatter, headings, sections, tables: planTables, costTables, prose, comments };
}

const COST_TABLE_MARK = /<!--\s*iplan:\s*(?:kostentabel|cost-table)\s*-->/i;

/**
 * What stands between a table and the table or heading before it: the nearest sentence or
 * caption that states a unit, and whether a comment marks the table as the cost table.
 */
function aboveTable(section: Section, table: Table): AboveTable {
  const at = section.blocks.findIndex((block) => block.kind === 'table' && block.range.start.line === table.range.start.line);
  const above: AboveTable = { text: '', marked: false };
  for (let i = at - 1; i >= 0; i--) {
    const block = section.blocks[i];
    if (block.kind === 'table' || block.kind === 'heading') break;
    if (block.kind === 'html' && COST_TABLE_MARK.test(block.text)) above.marked = true;
    if (block.kind !== 'paragraph' || above.unit !== undefined) continue;
    const unit = statedUnit(block.text);
    if (unit !== undefined) Object.assign(above, { unit, text: block.text });
  }
  return above;
}

function buildSections(
  blocks: (Block & { offset: number; depth?: number })[],
  headings: Heading[],
  text: string,
  framework: Framework,
): Section[] {
  const sections: Section[] = [];
  const headingAt = new Map(headings.map((h) => [h.offset, h]));
  let current: Section | undefined;
  const close = (endOffset: number) => {
    if (!current) return;
    const end = current.blocks.length > 0 ? current.blocks[current.blocks.length - 1].range.end : current.heading.range.end;
    current.range = { start: current.heading.range.start, end };
    current.endOffset = endOffset;
    sections.push(current);
    current = undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'heading' && block.depth !== undefined && block.depth <= 2) {
      close(block.offset);
      if (block.depth === 2) {
        const heading = headingAt.get(block.offset)!;
        current = {
          heading,
          frameworkId: sectionIdOf(framework, heading.text),
          range: heading.range,
          endOffset: text.length,
          blocks: [],
        };
      }
    } else if (current) {
      const { offset: _offset, depth: _depth, ...plain } = block;
      current.blocks.push(plain);
    }
  }
  close(text.length);
  return sections;
}
