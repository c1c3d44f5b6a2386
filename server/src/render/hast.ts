/**
 * A tiny hast builder for the renderer's own markup. Everything taken from a plan goes in as a
 * text node (escaped by the serializer), never as markup, so these trees cannot carry a script,
 * an event handler or a style attribute whatever the plan says.
 */
import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

export type Child = ElementContent | string | number | null | undefined | false | readonly Child[];

function text(value: string): Text {
  return { type: 'text', value };
}

function flatten(children: readonly Child[], out: ElementContent[]): ElementContent[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) flatten(child, out);
    else if (typeof child === 'string' || typeof child === 'number') out.push(text(String(child)));
    else out.push(child as ElementContent);
  }
  return out;
}

/** An element; `undefined` and `false` properties are left out. */
export type Props = Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;

export function h(tagName: string, properties: Props | null, ...children: Child[]): Element {
  const props: Properties = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (value !== undefined && value !== false && value !== null) props[key] = value as Properties[string];
  }
  return { type: 'element', tagName, properties: props, children: flatten(children, []) };
}

export function root(...children: Child[]): Root {
  return { type: 'root', children: flatten(children, []) };
}

/** Message text with `code` spans, as rule messages write them. */
export function withCode(message: string): Child[] {
  return message.split(/(`[^`]+`)/).map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? h('code', null, part.slice(1, -1)) : part));
}

/** Class names from a fixed list only: never build a class from plan text. */
export function cls(...names: (string | false | undefined)[]): string[] {
  return names.filter((n): n is string => typeof n === 'string' && n.length > 0);
}

const stringifier = unified().use(rehypeStringify, { allowDangerousHtml: false, characterReferences: { useNamedReferences: false } });

/** The one serializer of everything the renderer builds. */
export function toHtml(tree: Root): string {
  return stringifier.stringify(tree);
}
