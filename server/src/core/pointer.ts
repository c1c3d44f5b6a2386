/** JSON pointers (RFC 6901) into front-matter and configuration data. */

/** The keys of a pointer, unescaped: `/a~1b/0` → `['a/b', '0']`. */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A key escaped for use in a pointer. */
export const pointerSegment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The value a pointer names, following own keys only: the data comes from users, and a key such
 * as `constructor` or `__proto__` names their value, never what every object inherits.
 */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let value = data;
  for (const key of pointerSegments(pointer)) {
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}
