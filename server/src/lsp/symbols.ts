/**
 * The outline: the front matter with its objectives and activities, then the level-2 sections
 * with their level-3 sub-sections, all with the ranges the parser found.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Framework, Locale, Plan } from '../core';
import { t } from './messages';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function symbol({ name, kind, range, selectionRange, detail, children }: DocumentSymbol): DocumentSymbol {
  // LSP wants a non-empty name and the selection inside the range.
  return { name: name.trim() || '–', kind, range, selectionRange, detail, children };
}

export function documentSymbols(plan: Plan, framework: Framework, locale: Locale): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const fm = plan.frontMatter;
  if (fm) {
    const data = asRecord(fm.data);
    const children: DocumentSymbol[] = [];
    const list = (key: string, label: string, kind: SymbolKind, nameKey: string) => {
      const items = data?.[key];
      const location = fm.locations.get(`/${key}`);
      if (!Array.isArray(items) || !location) return;
      const entries = items.flatMap((item, index): DocumentSymbol[] => {
        const where = fm.locations.get(`/${key}/${index}`);
        if (!where) return [];
        const record = asRecord(item);
        const id = typeof record?.id === 'string' ? record.id : String(index + 1);
        const name = typeof record?.[nameKey] === 'string' ? (record[nameKey] as string) : '';
        const idLocation = fm.locations.get(`/${key}/${index}/id`);
        return [symbol({ name: name ? `${id} ${name}` : id, kind, range: where.value, selectionRange: idLocation?.value ?? where.value })];
      });
      const range = { start: (location.key ?? location.value).start, end: location.value.end };
      children.push(symbol({ name: label, kind: SymbolKind.Array, range, selectionRange: location.key ?? location.value, detail: String(entries.length), children: entries }));
    };
    list('doelstellingen', t(locale, 'objectives'), SymbolKind.Object, 'titel');
    list('activiteiten', t(locale, 'activities'), SymbolKind.Event, 'naam');
    symbols.push(symbol({ name: t(locale, 'frontMatter'), kind: SymbolKind.Namespace, range: fm.range, selectionRange: fm.openerRange, children }));
  }

  for (const section of plan.sections) {
    const definition = section.frameworkId ? framework.sectionById.get(section.frameworkId) : undefined;
    const subHeadings = plan.headings.filter(
      (h) => h.depth === 3 && h.offset > section.heading.offset && h.offset < section.endOffset,
    );
    const children = subHeadings.map((heading, index) => {
      const next = subHeadings[index + 1];
      const end = next ? plan.lines.positionAt(lastContentBefore(plan, next.offset)) : section.range.end;
      return symbol({ name: heading.text, kind: SymbolKind.String, range: { start: heading.range.start, end }, selectionRange: heading.range });
    });
    const detail = definition ? t(locale, 'frameworkSection', definition.order + 1, definition.title[locale]) : t(locale, 'notInFramework');
    symbols.push(symbol({ name: section.heading.text, kind: SymbolKind.Module, range: section.range, selectionRange: section.heading.range, detail, children }));
  }
  return symbols;
}

/** The end of the last non-blank text before an offset (so a sub-section does not swallow blank lines). */
function lastContentBefore(plan: Plan, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(plan.text[end - 1])) end--;
  return end;
}
