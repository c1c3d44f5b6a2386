/**
 * The outline: the front matter with its objectives and activities, then the level-2 sections
 * with their level-3 sub-sections, all with the ranges the parser found.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Framework, Locale, Plan } from '../core';
import { t } from './messages';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
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
        return [symbol(name ? `${id} ${name}` : id, kind, where.value, idLocation?.value ?? where.value)];
      });
      const range = { start: (location.key ?? location.value).start, end: location.value.end };
      children.push(symbol(label, SymbolKind.Array, range, location.key ?? location.value, String(entries.length), entries));
    };
    list('doelstellingen', t(locale, 'objectives'), SymbolKind.Object, 'titel');
    list('activiteiten', t(locale, 'activities'), SymbolKind.Event, 'naam');
    symbols.push(symbol(t(locale, 'frontMatter'), SymbolKind.Namespace, fm.range, fm.openerRange, undefined, children));
  }

  for (const section of plan.sections) {
    const definition = section.frameworkId ? framework.sectionById.get(section.frameworkId) : undefined;
    const subHeadings = plan.headings.filter(
      (h) => h.depth === 3 && h.offset > section.heading.offset && h.offset < section.endOffset,
    );
    const children = subHeadings.map((heading, index) => {
      const next = subHeadings[index + 1];
      const end = next ? plan.lines.positionAt(lastContentBefore(plan, next.offset)) : section.range.end;
      return symbol(heading.text, SymbolKind.String, { start: heading.range.start, end }, heading.range);
    });
    const detail = definition ? t(locale, 'frameworkSection', definition.order + 1, definition.title[locale]) : t(locale, 'notInFramework');
    symbols.push(symbol(section.heading.text, SymbolKind.Module, section.range, section.heading.range, detail, children));
  }
  return symbols;
}

/** The end of the last non-blank text before an offset (so a sub-section does not swallow blank lines). */
function lastContentBefore(plan: Plan, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(plan.text[end - 1])) end--;
  return end;
}
