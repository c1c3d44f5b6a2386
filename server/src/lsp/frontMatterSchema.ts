/**
 * The front-matter schema as the editor shows it: from a path (YAML keys, or a JSON pointer's
 * segments) to the schema node, whether its key is required, the keys it allows, the values it
 * allows, and its description as Markdown in the editor's language. Hover and completion both
 * read the schema through this module, so a key reads the same in both.
 */
import { pointerSegments, schemaAt, schemaDescription, schemaEnum, schemaProperties, schemaTypes, type Locale, type SchemaNode } from '../core';
import type { FrameworkView } from './checkProtocol';
import { t } from './messages';

/** A key of the front matter as the schema describes it. */
export interface SchemaEntry {
  key: string;
  node: SchemaNode;
  /** Whether the mapping holding the key requires it. */
  required: boolean;
  /** For a list: the node of its items. */
  items?: SchemaNode;
}

/** A path into the front matter: keys, and `'*'` or an index for a list item. */
type Path = readonly string[];

const rootOf = (framework: FrameworkView) => framework.frontMatterSchema as SchemaNode;

/** The schema node of the value at `path` (`[]` is the front matter itself). */
export function schemaNodeAt(framework: FrameworkView, path: Path): SchemaNode | undefined {
  return schemaAt(rootOf(framework), path);
}

/** The key at the end of `path`, or undefined when the schema does not know it. */
export function schemaEntryAt(framework: FrameworkView, path: Path): SchemaEntry | undefined {
  if (path.length === 0) return undefined;
  const root = rootOf(framework);
  const node = schemaAt(root, path);
  if (!node) return undefined;
  const key = path[path.length - 1];
  const parent = schemaAt(root, path.slice(0, -1));
  const required = Array.isArray(parent?.required) && (parent.required as unknown[]).includes(key);
  return { key, node, required, items: schemaAt(root, [...path, '*']) };
}

/** The key a front-matter JSON pointer (`/planperiode/van`) ends in. */
export const schemaEntryAtPointer = (framework: FrameworkView, pointer: string): SchemaEntry | undefined =>
  schemaEntryAt(framework, pointerSegments(pointer));

/** The keys the mapping at `path` allows, in schema order; empty when it is no mapping the schema knows. */
export function schemaKeysAt(framework: FrameworkView, path: Path): SchemaEntry[] {
  const root = rootOf(framework);
  const node = schemaAt(root, path);
  if (!node) return [];
  return schemaProperties(root, node).map(({ key, schema, required }) => ({ key, node: schema, required, items: schemaAt(root, [...path, key, '*']) }));
}

/** The values a node allows as written in YAML: its enumeration, else `true`/`false` for a boolean. */
export function allowedValues(node: SchemaNode): string[] {
  const values = schemaEnum(node).map(String);
  if (values.length === 0 && schemaTypes(node).includes('boolean')) return ['true', 'false'];
  return values;
}

/** Markdown for a key's node: its description in the locale, its allowed values or else its type. */
export function describeEntry({ node, items }: Pick<SchemaEntry, 'node' | 'items'>, locale: Locale): string {
  const parts: string[] = [];
  const description = schemaDescription(node, locale);
  if (description) parts.push(description);
  const values = schemaEnum(node);
  if (values.length > 0) parts.push(`${t(locale, 'allowedValues')}: ${values.map((v) => `\`${v}\``).join(', ')}`);
  else {
    const types = schemaTypes(node);
    if (types.length > 0) {
      const itemTypes = items ? schemaTypes(items) : [];
      parts.push(`${t(locale, 'type')}: ${types.join(' | ')}${types.includes('array') && itemTypes.length ? ` (${itemTypes.join(' | ')})` : ''}`);
    }
  }
  return parts.join('\n\n');
}

/** The hover text of a key: its name, whether it is required, and its description. */
export function keyMarkdown(entry: SchemaEntry, locale: Locale): string {
  const header = `**\`${entry.key}\`** · ${entry.required ? t(locale, 'required') : t(locale, 'optional')}`;
  return [header, describeEntry(entry, locale)].filter(Boolean).join('\n\n');
}
