/**
 * Hover: a front-matter key's schema description, the framework section a heading is, and the
 * amount a cost-table cell is read as. `hover` reads the parsed plan (in the check worker);
 * `hoverFromText` reads keys and headings from the raw lines, for when the worker is busy.
 */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import { formatEuros, formatNumber, frontMatterPointerAt, normalizeTitle, type AmountCell, type Locale, type Plan } from '../core';
import type { FrameworkView } from './checkProtocol';
import { keyMarkdown, schemaEntryAt, schemaEntryAtPointer, type SchemaEntry } from './frontMatterSchema';
import { t } from './messages';
import { frontMatterLines, yamlKeyAt } from './yamlContext';

interface HoverContext {
  plan: Plan;
  framework: FrameworkView;
  locale: Locale;
}

const contains = (range: Range, position: Position) =>
  (position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)) &&
  (position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character));

const markdown = (value: string, range?: Range): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

export function hover(position: Position, context: HoverContext): Hover | null {
  return frontMatterHover(position, context) ?? headingHover(position, context) ?? amountHover(position, context);
}

const LEVEL_2_OPENER = /^ {0,3}##[ \t]/;

/** The text of an ATX level-2 heading line, without the markers and a closing sequence of `#`. */
function level2HeadingText(line: string): string | undefined {
  const opener = LEVEL_2_OPENER.exec(line);
  if (!opener) return undefined;
  const text = line.slice(opener[0].length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  return text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end).trimEnd() : text;
}

/**
 * Hover from the lines alone (no parse): front-matter keys, and level-2 headings as written.
 * Amounts need the parsed cost table and get nothing here.
 */
export function hoverFromText(lines: readonly string[], position: Position, { framework, locale }: Omit<HoverContext, 'plan'>): Hover | null {
  const span = frontMatterLines(lines);
  if (span && position.line <= span.last) return keyHoverFromLines(lines, position, framework, locale);
  const lineText = lines[position.line] ?? '';
  const heading = level2HeadingText(lineText);
  if (heading === undefined) return null;
  const range = { start: { line: position.line, character: 0 }, end: { line: position.line, character: lineText.length } };
  return sectionHover(framework.sectionByTitle.get(normalizeTitle(heading)), range, framework, locale);
}

/** The key under the cursor, from where the parse placed each front-matter node. */
function frontMatterHover(position: Position, { plan, framework, locale }: HoverContext): Hover | null {
  const fm = plan.frontMatter;
  if (!fm || !contains(fm.range, position)) return null;
  // The YAML does not parse (yet), so the parse placed no node: the lines of the front matter tell.
  if (fm.syntaxErrors.length > 0) return keyHoverFromLines(plan.text.slice(0, plan.lines.lineEnd(fm.range.end.line)).split(/\r\n|\r|\n/), position, framework, locale);
  const pointer = frontMatterPointerAt(fm, position);
  const key = pointer === undefined ? undefined : fm.locations.get(pointer)?.key;
  if (pointer === undefined || !key || !contains(key, position)) return null;
  return keyHover(schemaEntryAtPointer(framework, pointer), key, locale);
}

function keyHoverFromLines(lines: readonly string[], position: Position, framework: FrameworkView, locale: Locale): Hover | null {
  const span = frontMatterLines(lines);
  const key = span ? yamlKeyAt(lines, position, span) : undefined;
  if (!key) return null;
  return keyHover(schemaEntryAt(framework, key.path), { start: { line: position.line, character: key.start }, end: { line: position.line, character: key.end } }, locale);
}

/** A key's schema description, and whether it is required. */
function keyHover(entry: SchemaEntry | undefined, range: Range, locale: Locale): Hover | null {
  return entry ? markdown(keyMarkdown(entry, locale), range) : null;
}

function headingHover(position: Position, { plan, framework, locale }: HoverContext): Hover | null {
  const section = plan.sections.find((s) => contains(s.heading.range, position));
  if (!section) return null;
  return sectionHover(section.frameworkId, section.heading.range, framework, locale);
}

/** The framework section a heading is: titles in both languages, its criterion and guidance. */
function sectionHover(frameworkId: string | undefined, range: Range, framework: FrameworkView, locale: Locale): Hover {
  const definition = frameworkId ? framework.sectionById.get(frameworkId) : undefined;
  if (!definition) return markdown(`*${t(locale, 'notInFramework')}*`, range);
  const other = locale === 'nl' ? 'en' : 'nl';
  const total = framework.definition.sections.length;
  const parts = [
    `**${definition.title[locale]}** (${definition.title[other]})`,
    t(locale, 'sectionOf', definition.order + 1, total, framework.definition.title[locale]),
  ];
  const criterion = definition.criterion ? framework.definition.criteria.find((c) => c.id === definition.criterion) : undefined;
  if (criterion) parts.push(`**${t(locale, 'criterion')}:** ${criterion.title[locale]}. ${criterion.description[locale]}`);
  if (definition.guidance) parts.push(`**${t(locale, 'guidance')}:** ${definition.guidance[locale]}`);
  return markdown(parts.join('\n\n'), range);
}

function amountHover(position: Position, { plan, locale }: HoverContext): Hover | null {
  for (const table of plan.costTables) {
    if (!contains(table.table.range, position)) continue;
    for (const row of table.rows) {
      for (const amount of Object.values(row.amounts)) {
        if (!amount || !contains(amount.cell.range, position)) continue;
        if (!amount.amount) return markdown(t(locale, 'unreadableAmount'), amount.cell.range);
        const parts = [`**${formatEuros(amount.amount.value, locale)}**`, unitText(amount, locale)];
        if (amount.amount.tolerance > 0) parts.push(`(${t(locale, 'rounding', formatEuros(amount.amount.tolerance, locale))})`);
        return markdown(parts.join(' · '), amount.cell.range);
      }
    }
  }
  return null;
}

/** Where the amount's unit comes from: the cell itself, the table's header, the text above the table, or plain euros. */
function unitText(amount: AmountCell, locale: Locale): string {
  if (amount.unitFrom === 'cell') return t(locale, 'unitCell');
  if (amount.unitFrom === 'none' || amount.unit === 1) return t(locale, 'unitEuro');
  return t(locale, amount.unitFrom === 'above' ? 'unitAbove' : 'unitColumn', formatNumber(amount.unit, locale));
}
