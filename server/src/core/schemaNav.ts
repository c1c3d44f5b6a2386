/**
 * Finding one's way in the front-matter JSON Schema: the node for a YAML path, its description
 * in a language, its allowed values. Used for completion, hover and the plan template.
 */
import type { Locale } from './types';

export type SchemaNode = Record<string, unknown>;

/** A path into the front matter: keys, and `'*'` or a number for a list item. */
type SchemaPath = readonly (string | number)[];

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A member the node itself has: keys come from plans and framework files, and a key such as
 * `__proto__` or `constructor` must not find what every object inherits.
 */
const own = (node: unknown, key: string): unknown => (isNode(node) && Object.hasOwn(node, key) ? node[key] : undefined);

/** Looks up a local `#/…` JSON pointer in the root schema. */
function pointerTarget(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = own(node, key);
  }
  return isNode(node) ? node : undefined;
}

/**
 * The node with its local `$ref`s followed; keys written beside a `$ref` (its own description)
 * win over the target's.
 */
function resolveSchema(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let depth = 0; depth < 32 && typeof current.$ref === 'string'; depth++) {
    const target = pointerTarget(root, current.$ref);
    if (!target) break;
    const own: SchemaNode = { ...current };
    delete own.$ref;
    current = { ...target, ...own };
  }
  return current;
}

/** The schema node that describes the value at `path`, or undefined when the schema says nothing. */
export function schemaAt(root: SchemaNode, path: SchemaPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveSchema(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    let next: unknown;
    // A list index may come as a number, as '*', or as a JSON-pointer segment ('0').
    if (segment === '*' || typeof segment === 'number' || (/^[0-9]+$/.test(segment) && node.items !== undefined)) next = node.items;
    else {
      next = own(node.properties, segment);
      if (next === undefined && isNode(node.patternProperties)) {
        next = Object.entries(node.patternProperties).find(([pattern]) => safeTest(pattern, segment))?.[1];
      }
    }
    node = isNode(next) ? resolveSchema(root, next) : undefined;
  }
  return node;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

/** The keys an object node names, in schema order, each with its resolved node. */
export function schemaProperties(root: SchemaNode, node: SchemaNode): { key: string; schema: SchemaNode; required: boolean }[] {
  if (!isNode(node.properties)) return [];
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  return Object.entries(node.properties)
    .filter((entry): entry is [string, SchemaNode] => isNode(entry[1]))
    .map(([key, schema]) => ({ key, schema: resolveSchema(root, schema), required: required.has(key) }));
}

/** The description in the language asked for (`x-description-nl` for Dutch), else the other one. */
export function schemaDescription(node: SchemaNode, locale: Locale): string | undefined {
  const nl = typeof node['x-description-nl'] === 'string' ? (node['x-description-nl'] as string) : undefined;
  const en = typeof node.description === 'string' ? (node.description as string) : undefined;
  return locale === 'nl' ? (nl ?? en) : (en ?? nl);
}

/**
 * What an enumerated value is called in a language (`x-enum-names`), e.g. the ministry's name for
 * its code. Undefined when the schema names it not: then the value is shown as written. The value
 * is plan text, so only the names the schema itself holds count (never `constructor` and the like).
 */
export function schemaEnumName(node: SchemaNode, value: unknown, locale: Locale): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = own(own(own(node, 'x-enum-names'), value), locale);
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/** The values an `enum` (or `const`) allows, without `null`. */
export function schemaEnum(node: SchemaNode): (string | number | boolean)[] {
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : [];
  return values.filter((value): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value));
}

/** The values the schema allows at `path`; empty where it names none (or knows no such path). */
export function schemaEnumAt(root: SchemaNode, path: SchemaPath): (string | number | boolean)[] {
  const node = schemaAt(root, path);
  return node ? schemaEnum(node) : [];
}

/** The JSON types a node allows (`type` as a string or a list), without `null`. */
export function schemaTypes(node: SchemaNode): string[] {
  const type = node.type;
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
  return types.filter((t) => t !== 'null');
}

/** Keywords whose values are data, not schemas: a `$ref` key inside them is no reference. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
/** Keywords that move the base a `#…` reference resolves against, or that resolve dynamically. */
const SCOPE_KEYWORDS = new Set(['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor']);
const OVER_LIMIT = Symbol('over limit');

/**
 * A copy of the schema with every local `$ref` (`#/…`) replaced by its target, in an `allOf` so
 * the keys written beside the `$ref` still apply; a reference to a node it is itself inside
 * stays a reference. ajv compiles a referenced schema that refers further into a function of
 * its own and joins each call's errors to the ones before with `concat`, so validating a list
 * of 20,000 failing items copied the errors 20,000 times; inlined, each error is pushed once.
 * Undefined when the schema names its own scopes (`$id` below the root, anchors) or the copy
 * would grow past `limit` nodes: then the schema is used as written.
 */
export function inlineLocalRefs(root: SchemaNode, limit = 50_000): SchemaNode | undefined {
  let nodes = 0;
  const copy = (value: unknown, within: readonly string[]): unknown => {
    if (++nodes > limit) throw OVER_LIMIT;
    if (Array.isArray(value)) return value.map((item) => copy(item, within));
    if (!isNode(value)) return value;
    const out: SchemaNode = {};
    for (const [key, child] of Object.entries(value)) {
      if (SCOPE_KEYWORDS.has(key) && value !== root) throw OVER_LIMIT;
      if (key !== '$ref') out[key] = DATA_KEYWORDS.has(key) ? structuredClone(child) : copy(child, within);
    }
    const ref = value.$ref;
    if (ref === undefined) return out;
    const target = typeof ref === 'string' && ref.startsWith('#/') && !within.includes(ref) ? pointerTarget(root, ref) : undefined;
    if (!target) return { ...out, $ref: ref };
    const inlined = copy(target, [...within, ref as string]);
    return { ...out, allOf: [...(Array.isArray(out.allOf) ? out.allOf : []), inlined] };
  };
  try {
    return copy(root, []) as SchemaNode;
  } catch (error) {
    if (error === OVER_LIMIT) return undefined;
    throw error;
  }
}
