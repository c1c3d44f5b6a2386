// Hostile shapes shared by the regression tests and `npm run fuzz`: names of what every object
// inherits, put where a plan has values and keys.
import fc from 'fast-check';

/** Members of Object.prototype (and the like) that a lookup on a plain object would find. */
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
] as const;

/** A plan text change: a line pattern and what replaces it (`$NAME` is the prototype name). */
interface Placement {
  where: string;
  /** The line to change (first match). */
  line: RegExp;
  replacement: string;
  /** The front-matter schema must reject the name here (an enumeration or a closed set of keys). */
  rejected: boolean;
}

/** Where a plan holds user text: enumerated values, free values, keys at every level, and the body. */
export const PLACEMENTS: Placement[] = [
  { where: 'status value', line: /^status: .*$/m, replacement: 'status: $NAME', rejected: true },
  { where: 'ministerie value', line: /^ministerie: .*$/m, replacement: 'ministerie: $NAME', rejected: true },
  { where: 'boekhoudstelsel value', line: /^boekhoudstelsel: .*$/m, replacement: 'boekhoudstelsel: $NAME', rejected: true },
  { where: 'iplan value', line: /^iplan: .*$/m, replacement: 'iplan: $NAME', rejected: false },
  { where: 'thema value', line: /^    thema: .*$/m, replacement: '    thema: $NAME', rejected: true },
  { where: 'niveau value', line: /^      niveau: .*$/m, replacement: '      niveau: $NAME', rejected: true },
  { where: 'acict value', line: /^    acict: .*$/m, replacement: '    acict: $NAME', rejected: true },
  { where: 'activity status value', line: /^    status: .*$/m, replacement: '    status: $NAME', rejected: true },
  { where: 'objective id', line: /^  - id: D1$/m, replacement: '  - id: $NAME', rejected: false },
  { where: 'activity name', line: /^    naam: .*$/m, replacement: '    naam: $NAME', rejected: false },
  { where: 'titel value', line: /^titel: .*$/m, replacement: 'titel: $NAME', rejected: false },
  { where: 'root key', line: /^besluit_cio_stelsel: .*$/m, replacement: '$&\n$NAME: 1', rejected: true },
  { where: 'root key with a mapping', line: /^besluit_cio_stelsel: .*$/m, replacement: '$&\n$NAME:\n  $NAME: [$NAME]', rejected: true },
  { where: 'planperiode key', line: /^  van: .*$/m, replacement: '$&\n  $NAME: 2026', rejected: true },
  { where: 'kosten entry key', line: /^    vernieuwing: .*$/m, replacement: '$&\n    $NAME: 5', rejected: true },
  { where: 'landschapsimpact key', line: /^      niveau: .*$/m, replacement: '$&\n      $NAME: x', rejected: true },
  { where: 'activity key', line: /^    acict: .*$/m, replacement: '$&\n    $NAME: null', rejected: true },
  { where: 'flow mapping key', line: /^besluit_cio_stelsel: .*$/m, replacement: '$&\nx-extra: { $NAME: $NAME }', rejected: false },
  { where: 'section heading', line: /^## .*$/m, replacement: '$&\n\n## $NAME\n\nTekst.', rejected: false },
  { where: 'disable directive', line: /^## .*$/m, replacement: '<!-- iplan-disable-next-line $NAME -->\n$&', rejected: false },
  { where: 'cost table cell', line: /^\| 20\d\d \|.*$/m, replacement: '| $NAME | $NAME | $NAME | $NAME |', rejected: false },
];

/** The plan with one placement made, or undefined when the plan has no such line. */
export function place(plan: string, placement: Placement, name: string): string | undefined {
  if (!placement.line.test(plan)) return undefined;
  return plan.replace(placement.line, (line) => placement.replacement.replace(/\$&/g, line).replace(/\$NAME/g, name));
}

/** Every placement of every name in a plan. */
export function prototypeNamedPlans(plan: string): { label: string; name: string; placement: Placement; text: string }[] {
  return PROTOTYPE_NAMES.flatMap((name) =>
    PLACEMENTS.flatMap((placement) => {
      const text = place(plan, placement, name);
      return text === undefined ? [] : [{ label: `${name} as ${placement.where}`, name, placement, text }];
    }),
  );
}

/** For the fuzzer: a plan with a prototype name as a key or value on some line of it. */
export function prototypeNamedPlan(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(), fc.constantFrom(...PROTOTYPE_NAMES), fc.nat(), fc.constantFrom('key', 'value', 'placement'), fc.nat())
    .map(([seedIndex, name, lineIndex, how, placementIndex]) => {
      const plan = seeds[seedIndex % seeds.length];
      if (how === 'placement') return place(plan, PLACEMENTS[placementIndex % PLACEMENTS.length], name) ?? plan;
      const lines = plan.split('\n');
      const at = lineIndex % lines.length;
      const line = lines[at];
      const indent = /^[ \t]*(?:- )?/.exec(line)![0];
      lines[at] = how === 'key' ? line.replace(/^([ \t]*(?:- )?)[^:#\s][^:#]*:/, `$1${name}:`) : /:\s/.test(line) ? line.replace(/:\s.*$/, `: ${name}`) : `${indent}${name}`;
      return lines.join('\n');
    });
}
