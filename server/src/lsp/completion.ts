/**
 * Completion from the framework data: front-matter keys at the cursor's level and their allowed
 * values (from the JSON Schema), and section titles after `## ` (missing sections first).
 */
import {
  Command,
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { planLanguage, schemaDescription, schemaEnumName, schemaTypes, type Framework, type Locale, type Plan } from '../core';
import type { FrameworkView, PlanFacts } from './checkProtocol';
import { allowedValues, describeEntry, schemaKeysAt, schemaNodeAt } from './frontMatterSchema';
import { t } from './messages';
import { frontMatterLines, yamlContextAt } from './yamlContext';

interface CompletionContext {
  framework: FrameworkView;
  locale: Locale;
  /** From the latest parsed plan, possibly of an older version (completion never waits for a parse). */
  facts?: PlanFacts;
  /** This year (the core has no clock). */
  year: number;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined => (value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined);

/** What completion needs of a parsed plan; worked out where the plan is (the check worker). */
export function planFacts(plan: Plan, framework: Framework): PlanFacts {
  const data = asRecord(plan.frontMatter?.data);
  const period = asRecord(data?.planperiode);
  const integer = (value: unknown) => (Number.isInteger(value) ? (value as number) : undefined);
  return {
    period: { van: integer(period?.van), tot: integer(period?.tot) },
    costYears: Array.isArray(data?.kosten) ? data.kosten.map((entry) => asRecord(entry)?.jaar) : undefined,
    sections: plan.sections.map((section) => ({ line: section.heading.range.start.line, frameworkId: section.frameworkId })),
    language: planLanguage(plan, framework),
  };
}

const TRIGGER_SUGGEST = Command.create('', 'editor.action.triggerSuggest');
const YEAR_KEYS = new Set(['van', 'tot', 'jaar']);

/** Whether a position could get completion at all, decided from the text alone (cheap). */
export function completionKind(lines: readonly string[], position: Position): 'frontMatter' | 'section' | undefined {
  const span = frontMatterLines(lines);
  if (span && position.line > span.first && position.line < span.last) return 'frontMatter';
  if (span && position.line <= span.last) return undefined;
  const prefix = (lines[position.line] ?? '').slice(0, position.character);
  return /^##[ \t][^#]*$/.test(prefix) ? 'section' : undefined;
}

export function frontMatterCompletion(lines: readonly string[], position: Position, context: CompletionContext): CompletionItem[] {
  const span = frontMatterLines(lines);
  if (!span) return [];
  const at = yamlContextAt(lines, position, span);
  if (!at) return [];
  const lineText = lines[position.line] ?? '';
  const eol = '\n';

  if (at.kind === 'key') {
    const wordEnd = position.character + (/^[^\s:#]*/.exec(lineText.slice(position.character))?.[0].length ?? 0);
    const range: Range = { start: { line: position.line, character: at.column }, end: { line: position.line, character: wordEnd } };
    return schemaKeysAt(context.framework, at.path)
      .filter((property) => !at.siblings.has(property.key))
      .map((property, index): CompletionItem => {
        const inner = ' '.repeat(at.column + 2);
        const types = schemaTypes(property.node);
        let newText = `${property.key}: `;
        if (types.includes('object')) newText = `${property.key}:${eol}${inner}`;
        else if (types.includes('array')) newText = `${property.key}:${eol}${inner}- `;
        const hasValues = allowedValues(property.node).length > 0 || (YEAR_KEYS.has(property.key) && types.includes('integer'));
        return {
          label: property.key,
          kind: CompletionItemKind.Property,
          detail: property.required ? t(context.locale, 'required') : t(context.locale, 'optional'),
          documentation: { kind: MarkupKind.Markdown, value: describeEntry(property, context.locale) },
          sortText: `${property.required ? 0 : 1}${String(index).padStart(3, '0')}`,
          filterText: property.key,
          textEdit: { range, newText },
          insertTextFormat: InsertTextFormat.PlainText,
          insertTextMode: InsertTextMode.asIs,
          command: hasValues ? TRIGGER_SUGGEST : undefined,
        };
      });
  }

  const node = schemaNodeAt(context.framework, [...at.path, at.key]);
  if (!node) return [];
  const prefix = lineText[at.valueStart - 1] === ':' ? ' ' : '';
  const range: Range = { start: { line: position.line, character: at.valueStart }, end: { line: position.line, character: at.valueEnd } };
  // An enumerated code is shown with its name where the schema gives one (`IENW` · Infrastructuur en Waterstaat).
  let values: { label: string; detail?: string }[] = allowedValues(node).map((label) => ({ label, detail: schemaEnumName(node, label, context.locale) }));
  if (values.length === 0 && schemaTypes(node).includes('integer') && YEAR_KEYS.has(at.key)) values = yearValues(at.key, at.path, context);
  const description = schemaDescription(node, context.locale);
  return values.map(
    (value, index): CompletionItem => ({
      label: value.label,
      kind: CompletionItemKind.EnumMember,
      detail: value.detail,
      documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
      sortText: String(index).padStart(3, '0'),
      filterText: value.label,
      textEdit: { range, newText: prefix + value.label },
    }),
  );
}

/** Years for `van`/`tot` around this year; for a `kosten` entry's `jaar`, the plan years without costs first. */
function yearValues(key: string, path: readonly string[], context: CompletionContext): { label: string; detail?: string }[] {
  const { van, tot } = context.facts?.period ?? {};
  if (key === 'jaar' && path[0] === 'kosten' && van !== undefined && tot !== undefined && tot >= van && tot - van < 20) {
    const covered = new Set(context.facts?.costYears ?? []);
    const years = Array.from({ length: tot - van + 1 }, (_, i) => van + i);
    return [...years.filter((y) => !covered.has(y)), ...years.filter((y) => covered.has(y))].map((year) => ({
      label: String(year),
      detail: covered.has(year) ? t(context.locale, 'planYear') : t(context.locale, 'missingYear'),
    }));
  }
  const start = key === 'tot' && van !== undefined ? van : context.year - 1;
  return Array.from({ length: 8 }, (_, i) => ({ label: String(start + i) }));
}

export function sectionCompletion(lines: readonly string[], position: Position, context: CompletionContext & { facts: PlanFacts }): CompletionItem[] {
  const lineText = lines[position.line] ?? '';
  const match = /^(##[ \t]+)((?:[0-9]+(?:\.[0-9]+)*\.?[ \t]+)?)/.exec(lineText);
  if (!match || position.character < match[1].length) return [];
  const { facts, framework, locale } = context;
  const language = facts.language;
  const present = new Set(facts.sections.filter((section) => section.line !== position.line).map((section) => section.frameworkId));
  const start = match[1].length + match[2].length;
  const range: Range = { start: { line: position.line, character: Math.min(start, position.character) }, end: { line: position.line, character: lineText.length } };
  return framework.definition.sections.map((section, order): CompletionItem => {
    const isPresent = present.has(section.id);
    const other = section.title[language === 'nl' ? 'en' : 'nl'];
    const guidance = section.guidance?.[locale];
    return {
      label: section.title[language],
      kind: CompletionItemKind.Module,
      detail: `${order + 1}. ${isPresent ? t(locale, 'presentSection') : t(locale, 'missingSection')}`,
      documentation: { kind: MarkupKind.Markdown, value: [`*${other}*`, guidance].filter(Boolean).join('\n\n') },
      sortText: `${isPresent ? 1 : 0}${String(order).padStart(3, '0')}`,
      filterText: section.title[language],
      textEdit: { range, newText: section.title[language] },
    };
  });
}
