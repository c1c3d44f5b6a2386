// Hostile lines: one short line, added to a normal plan, of a shape that made some part of the
// checker take super-linear time (or might), with a benign line of the same length to compare
// it with. Used by the regression tests, the fuzz generators and the measurement that prints the
// worst hostile/benign time ratio (`npm run fuzz`, `npm run bench`).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

/** Where the line goes. */
export type Placement =
  | 'paragraph' // a paragraph of its own in a section without tables
  | 'heading' // appended to a section heading's title
  | 'costHeader' // inside the cost table's renewal header cell
  | 'costCell' // a body cell of the cost table
  | 'tableCell' // a cell of another table
  | 'frontMatter'; // a line of its own in the front matter (also asked for completion and hover)

export interface HostileShape {
  name: string;
  placement: Placement;
  /** The line, `length` characters long. */
  make: (length: number) => string;
  /** A benign line of the same length and construct, where the placement's own would be a different one. */
  benign?: (length: number) => string;
}

const repeat = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** `unit` repeated, with `last` closing the line (so trailing white space or dots are not trimmed away). */
const endingIn = (unit: string, last: string) => (length: number) => repeat(unit)(length - last.length) + last;
/** `unit` repeated after a word, so the line is a paragraph (at the start of a line `<` may open an HTML block). */
const inText = (unit: string) => (length: number) => `x ${repeat(unit)(length - 2)}`;

/** Every class found or suspected, each in the placement where it mattered. */
export const hostileShapes: HostileShape[] = [
  // Emphasis and strikethrough resolution: a search back and a splice per delimiter.
  { name: 'alternating * and _', placement: 'paragraph', make: repeat('*_') },
  { name: '*a repeated', placement: 'paragraph', make: repeat('*a') },
  { name: 'closing delimiters a*', placement: 'paragraph', make: repeat('a* ') },
  { name: 'emphasis pairs *a*', placement: 'paragraph', make: repeat('*a* ') },
  { name: 'strong pairs **a**', placement: 'paragraph', make: repeat('**a** ') },
  { name: 'escaped backslash then *', placement: 'paragraph', make: repeat('\\\\*') },
  { name: 'alternating ~ and a', placement: 'paragraph', make: repeat('~a') },
  { name: 'alternating * and _ in a table cell', placement: 'tableCell', make: repeat('*_') },
  { name: 'alternating * and _ in a heading', placement: 'heading', make: repeat('*_') },
  // Openers that search ahead to the end of the paragraph.
  { name: 'comment openers <!--', placement: 'paragraph', make: inText('<!--') },
  { name: 'instruction openers <?', placement: 'paragraph', make: inText('<?') },
  { name: 'declaration openers <!A', placement: 'paragraph', make: inText('<!A') },
  { name: 'CDATA openers', placement: 'paragraph', make: inText('<![CDATA[') },
  { name: 'tags with an open attribute <a b="', placement: 'paragraph', make: inText('<a b="') },
  // At the start of a line the same opens an HTML block that runs to the end of the plan.
  { name: 'comment openers opening a block', placement: 'paragraph', make: repeat('<!--') },
  { name: 'backtick runs `a``', placement: 'paragraph', make: repeat('`a``') },
  { name: 'backtick runs of rising length', placement: 'paragraph', make: (length) => Array.from({ length: 64 }, (_, i) => `${'`'.repeat(i + 1)}a`).join('').padEnd(length, 'a').slice(0, length) },
  // Links, images, references.
  { name: 'link openers [a](', placement: 'paragraph', make: repeat('[a](') },
  { name: 'link titles [a](b (', placement: 'paragraph', make: repeat('[a](b (') },
  { name: 'complete links [a](b)', placement: 'paragraph', make: repeat('[a](b) ') },
  { name: 'references [a][b', placement: 'paragraph', make: repeat('[a][b') },
  { name: 'shortcut references [a]', placement: 'paragraph', make: repeat('[a]') },
  { name: 'image openers ![', placement: 'paragraph', make: repeat('![') },
  { name: 'footnote calls [^a]', placement: 'paragraph', make: repeat('[^a]') },
  { name: 'brackets [', placement: 'paragraph', make: repeat('[') },
  { name: 'brackets [a', placement: 'paragraph', make: repeat('[a ') },
  // Character references, escapes, autolinks.
  { name: 'entities &amp;', placement: 'paragraph', make: repeat('&amp;') },
  { name: 'backslashes', placement: 'paragraph', make: repeat('\\') },
  { name: 'autolinks <a:b', placement: 'paragraph', make: inText('<a:b ') },
  { name: 'e-mail addresses a@b.c', placement: 'paragraph', make: repeat('a@b.c ') },
  { name: 'www. links', placement: 'paragraph', make: repeat('www.a ') },
  { name: 'http:// links', placement: 'paragraph', make: repeat('http://a ') },
  // White space and punctuation runs.
  { name: 'tabs', placement: 'paragraph', make: endingIn('\t', 'x') },
  { name: 'spaces', placement: 'paragraph', make: endingIn(' ', 'x') },
  { name: 'dots', placement: 'paragraph', make: repeat('.') },
  { name: 'parentheses (', placement: 'paragraph', make: repeat('(') },
  // Headings: the title is normalised to find its framework section.
  { name: 'dots after a heading', placement: 'heading', make: endingIn('.', 'x') },
  { name: 'spaces in a heading', placement: 'heading', make: endingIn(' ', 'x') },
  { name: 'colons and dots in a heading', placement: 'heading', make: endingIn(':. ', 'x') },
  // The cost table: header units and amounts are read with patterns.
  { name: 'spaces in a cost header', placement: 'costHeader', make: endingIn(' ', 'x') },
  { name: 'x and spaces in a cost header', placement: 'costHeader', make: (length) => `x${' '.repeat(length - 2)}y` },
  { name: '( in a cost header', placement: 'costHeader', make: repeat('(') },
  { name: '[ in a cost header', placement: 'costHeader', make: repeat('[') },
  { name: '( and spaces in a cost header', placement: 'costHeader', make: (length) => `(${' '.repeat(length - 2)}y` },
  { name: '€ and spaces in a cost header', placement: 'costHeader', make: (length) => `€${' '.repeat(length - 2)}y` },
  { name: 'digits and spaces in a cost cell', placement: 'costCell', make: repeat('1 ') },
  { name: 'digits and dots in a cost cell', placement: 'costCell', make: endingIn('1.', 'x') },
  // The front matter, read by the YAML pieces and by completion and hover.
  { name: 'spaces in the front matter', placement: 'frontMatter', make: repeat(' ') },
  // A line that is no key breaks the YAML; its benign line breaks it the same way.
  { name: 'a key and spaces in the front matter', placement: 'frontMatter', make: (length) => `x-a${' '.repeat(length - 4)}b`, benign: (length) => `x-a${repeat(' lorem')(length - 4)}b` },
  { name: 'spaces then # in the front matter', placement: 'frontMatter', make: (length) => `x-a: b${' '.repeat(length - 7)}#` },
  { name: 'a list item and spaces in the front matter', placement: 'frontMatter', make: (length) => `- a${' '.repeat(length - 4)}:`, benign: (length) => `- a${repeat(' lorem')(length - 4)}:` },
];

/** A line of ordinary prose of the same length, as the shape's placement writes it. */
export function benignLine(shape: HostileShape, length: number): string {
  if (shape.benign) return shape.benign(length);
  const placement = shape.placement;
  if (placement === 'frontMatter') return `# ${repeat('lorem ')(length - 2)}`;
  if (placement === 'costCell') return `${'1'.repeat(Math.min(length, 9))}${repeat(' abcde')(length - Math.min(length, 9))}`;
  return repeat('abcde ')(length - 1) + 'f';
}

// Run from the repository root, by vitest and by `npm run fuzz` alike.
export const basePlan = readFileSync(path.resolve('examples', 'bzk-2026-2029.iplan.md'), 'utf8');

/**
 * The base plan with `line` put where `placement` says. `round` makes the text differ from any
 * earlier one in the same part of the plan, so no cached reading of that part is reused.
 */
export function planWithLine(placement: Placement, line: string, round = 0): { text: string; line: number; character: number } {
  const tag = `Ronde ${round}.`;
  let text: string;
  switch (placement) {
    case 'paragraph':
      text = basePlan.replace('\n## 2. ', `\n${line}\n\n${tag}\n\n## 2. `);
      break;
    case 'heading':
      text = basePlan.replace('## 1. Samenvatting\n', `## 1. Samenvatting${line}\n\n${tag}\n`);
      break;
    case 'costHeader':
      text = basePlan.replace('| Jaar | Vernieuwing |', `| Jaar | Vernieuwing ${line} |`).replace('\n## 8. ', `\n${tag}\n\n## 8. `);
      break;
    case 'costCell':
      text = basePlan.replace('| 2026 | 14.800.000 |', `| 2026 | ${line} |`).replace('\n## 8. ', `\n${tag}\n\n## 8. `);
      break;
    case 'tableCell':
      text = basePlan.replace('| D1 | Alle BZK-onderdelen', `| D1 | ${line} Alle BZK-onderdelen`).replace('\n## 4. ', `\n${tag}\n\n## 4. `);
      break;
    case 'frontMatter':
      text = basePlan.replace('versie: "0.9"\n', `versie: "0.9"\n${line}\n# ${tag}\n`);
      break;
  }
  if (text === basePlan) throw new Error(`the base plan has no place for ${placement}`);
  const offset = text.indexOf(line);
  const before = text.slice(0, offset);
  const lineNumber = before.split('\n').length - 1;
  return { text, line: lineNumber, character: offset - before.lastIndexOf('\n') - 1 + line.length };
}

/** A plan with one hostile line (of up to `maxLength` characters) somewhere sensible, for the fuzzers. */
export function hostilePlan(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...hostileShapes), fc.integer({ min: 1, max: maxLength }), fc.nat())
    .map(([shape, length, round]) => planWithLine(shape.placement, shape.make(Math.max(length, 8)), round).text);
}
