/**
 * The front matter as iplan reads it: what YAML made of it, with two slips read as the author
 * meant them. A number where the schema asks for text is the text written (`versie: 3.1` is
 * "3.1", `versie: 3.10` is "3.10", not the number YAML makes of it), and an enumeration value that
 * differs from an allowed one only in case, diacritics or separators (`Vastgesteld`,
 * `ICT-Landschap`, `in-herorientatie`) is that value. Each such reading is reported once, with a fix,
 * by the schema rule; the schema is then checked against the data as read, so one slip is one
 * finding, and every other check reads the intended value.
 */
import type { ErrorObject } from 'ajv';
import type { Framework } from './framework';
import type { Plan } from './plan';
import { pointerSegment, pointerSegments, valueAtPointer } from './pointer';
import { closest } from './similar';

export interface LenientReading {
  pointer: string;
  kind: 'number-as-text' | 'enum-variant';
  /** The value YAML read. */
  written: unknown;
  /** What iplan reads instead. */
  read: string;
  /** The source of the value, exactly as written. */
  source: string;
}

/** A key the schema does not know, and the known key it is a slip for, if it looks like one. */
interface UnknownKey {
  /** Pointer of the mapping holding the key. */
  parent: string;
  key: string;
  /** The known key of that mapping it is one or two typing slips away from. */
  nearMissOf?: string;
}

interface FrontMatterReading {
  /** The data with the lenient readings applied. */
  data: unknown;
  readings: LenientReading[];
  /** The schema's errors for that data, unknown keys included. */
  errors: ErrorObject[];
  unknownKeys: UnknownKey[];
}

/** Case, diacritics and the separators `-`, `_` and space folded: `In heroriëntatie` → `in-herorientatie`. */
export function foldValue(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, '-');
}

/** Whether the plan is adopted (`status: vastgesteld`, in whatever case the author wrote it). */
export function isAdopted(plan: Plan, framework: Framework): boolean {
  const data = frontMatterReading(plan, framework)?.data;
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).status === 'vastgesteld';
}

const readings = new WeakMap<object, WeakMap<Framework, FrontMatterReading | undefined>>();

/**
 * Undefined when there is no front matter data (absent, empty or not YAML). Worked out once per
 * front matter and framework: the parsed data is the same object as long as the front matter's
 * text is (parse/frontmatter.ts keeps it by its text, positions included), so an edit of the body
 * does not validate the front matter again.
 */
export function frontMatterReading(plan: Plan, framework: Framework): FrontMatterReading | undefined {
  const data = plan.frontMatter?.data;
  const key = typeof data === 'object' && data !== null ? data : plan;
  let byFramework = readings.get(key);
  if (!byFramework) {
    byFramework = new WeakMap();
    readings.set(key, byFramework);
  }
  if (!byFramework.has(framework)) byFramework.set(framework, read(plan, framework));
  return byFramework.get(framework);
}

function read(plan: Plan, framework: Framework): FrontMatterReading | undefined {
  const fm = plan.frontMatter;
  if (!fm || fm.syntaxErrors.length > 0 || fm.data === undefined || fm.data === null) return undefined;
  const validate = framework.validateFrontMatter;
  const errorsOf = (data: unknown) => (validate(data) ? [] : [...(validate.errors ?? [])]);
  const first = errorsOf(fm.data);
  const found: LenientReading[] = [];
  const seen = new Set<string>();
  for (const error of first) {
    const pointer = error.instancePath;
    if (seen.has(pointer)) continue;
    const value = valueAtPointer(fm.data, pointer);
    const source = sourceOf(plan, pointer);
    if (source === undefined) continue;
    if (error.keyword === 'type' && typeof value === 'number' && String(error.params.type).split(',').includes('string')) {
      found.push({ pointer, kind: 'number-as-text', written: value, read: source, source });
      seen.add(pointer);
    } else if (error.keyword === 'enum' && typeof value === 'string') {
      const folded = foldValue(value);
      const matches = (error.params.allowedValues as unknown[]).filter((allowed) => typeof allowed === 'string' && foldValue(allowed) === folded);
      if (matches.length === 1) {
        found.push({ pointer, kind: 'enum-variant', written: value, read: matches[0] as string, source });
        seen.add(pointer);
      }
    }
  }
  let data: unknown = fm.data;
  let errors = first;
  if (found.length > 0) {
    data = structuredClone(fm.data as object);
    for (const reading of found) data = setAtPointer(data, reading.pointer, reading.read);
    errors = errorsOf(data);
  }
  return { data, readings: found, errors, unknownKeys: unknownKeys(errors) };
}

/** The text of a value in the plan, as written (without quotes for a plain scalar, which is all this reads). */
function sourceOf(plan: Plan, pointer: string): string | undefined {
  const location = plan.frontMatter?.locations.get(pointer);
  if (!location) return undefined;
  const { start, end } = location.value;
  return plan.text.slice(plan.lines.offsetAt(start), plan.lines.offsetAt(end)).trim();
}

/** Sets an own property (a key such as `__proto__` is data here like any other). */
function setAtPointer(data: unknown, pointer: string, value: unknown): unknown {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return value;
  const parent = valueAtPointer(data, `/${segments.slice(0, -1).map(pointerSegment).join('/')}`.replace(/^\/$/, ''));
  if (parent !== null && typeof parent === 'object') {
    Object.defineProperty(parent, segments[segments.length - 1], { value, writable: true, enumerable: true, configurable: true });
  }
  return data;
}

/**
 * The keys a mapping does not know. One that differs from a known key by a slip (case, `-` for
 * `_`, a letter or two) is a near miss; the others are the department's own.
 */
function unknownKeys(errors: readonly ErrorObject[]): UnknownKey[] {
  const keys: UnknownKey[] = [];
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const key = String(error.params.additionalProperty);
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const byFold = known.find((candidate) => foldValue(candidate) === foldValue(key));
    keys.push({ parent: error.instancePath, key, nearMissOf: byFold ?? closest(key, known) });
  }
  return keys;
}

/** The pointer of an unknown key. */
export const unknownKeyPointer = (unknown: UnknownKey): string => `${unknown.parent}/${pointerSegment(unknown.key)}`;
