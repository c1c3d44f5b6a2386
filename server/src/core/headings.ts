/**
 * Headings as people write them: "Hoofdstuk 3 – Financiën", "3 Financiën / Finances",
 * "INFORMATIEBEVEILIGING & PRIVACY", "Risico’s en randvoorwaarden:". What is folded away is partly
 * fixed (case, diacritics, typographic quotes and dashes, numbering, trailing dots and colons) and
 * partly the framework's data (chapter words, words that mean the same, separators of titles
 * written in two languages).
 */

/** The framework's `headings` entry, as written in the definition file. */
export interface HeadingFormsDefinition {
  chapterWords?: string[];
  sameWords?: string[][];
  alternativeSeparators?: string[];
}

/** The same, prepared once per framework. */
export interface HeadingForms {
  chapterWords: readonly string[];
  /** Each word of a group → the group's first word. */
  sameWord: ReadonlyMap<string, string>;
  alternativeSeparators: readonly string[];
}

const NO_HEADING_FORMS: HeadingForms = { chapterWords: [], sameWord: new Map(), alternativeSeparators: [] };

export function headingForms(definition: HeadingFormsDefinition | undefined): HeadingForms {
  if (!definition) return NO_HEADING_FORMS;
  const sameWord = new Map<string, string>();
  for (const group of definition.sameWords ?? []) {
    const [canonical] = group.map(fold);
    for (const word of group) sameWord.set(fold(word), canonical);
  }
  return {
    chapterWords: (definition.chapterWords ?? []).map(fold).sort((a, b) => b.length - a.length),
    sameWord,
    alternativeSeparators: (definition.alternativeSeparators ?? []).map((separator) => separator.trim()).filter(Boolean),
  };
}

/**
 * Case, diacritics, apostrophes (straight, curly or left out: Risico's, Risico’s, Risicos),
 * typographic dashes and runs of white space folded.
 */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `3`, `3.`, `3.1`, `3:`, `IV.`, and a dash after the number (`7 - Financiën`). */
const NUMBERING = /^(?:[0-9]+(?:\.[0-9]+)*[.:]?|[ivxlc]+\.) (?:- )?/;
/** The number after a chapter word: `3`, `3.1`, `IV`, with an optional dot. */
const CHAPTER_NUMBER = /^ ?(?:[0-9]+(?:\.[0-9]+)*|[ivxlc]+)\.?(?: ?[:.-])? /;

/** A chapter word with its number in front of the title (`hoofdstuk 3 - `), or nothing. */
function chapterPrefixLength(text: string, words: readonly string[]): number {
  for (const word of words) {
    if (!text.startsWith(word)) continue;
    const number = CHAPTER_NUMBER.exec(text.slice(word.length));
    // "Deelname …" is no chapter: the word must end where a space or the number begins.
    if (number && (number[0].startsWith(' ') || /[0-9]/.test(number[0][0]))) return word.length + number[0].length;
  }
  return 0;
}

/**
 * Heading text → the key titles are matched on. Both the framework's titles and the plan's
 * headings go through it, so the folding needs no list of spellings.
 */
export function normalizeTitle(title: string, forms: HeadingForms = NO_HEADING_FORMS): string {
  let text = fold(title);
  text = text.slice(chapterPrefixLength(text, forms.chapterWords)).replace(NUMBERING, '');
  if (forms.sameWord.size > 0) text = text.split(' ').map((word) => forms.sameWord.get(word) ?? word).join(' ');
  // Spaces, dots and colons at the end, found from the end: as a pattern (`[\s.:]+$`) it was
  // tried from every dot of a heading followed by 100,000 dots and a letter.
  let end = text.length;
  while (end > 0 && ' .:'.includes(text[end - 1])) end--;
  return text.slice(0, end).trim();
}

/**
 * The framework section a heading names, if any: its whole text, or else one of the titles it
 * gives side by side (`Financiën / Finances`), the first that names a section.
 */
export function sectionIdOf(sectionByTitle: ReadonlyMap<string, string>, forms: HeadingForms, title: string): string | undefined {
  const whole = normalizeTitle(title, forms);
  const id = sectionByTitle.get(whole);
  if (id !== undefined) return id;
  for (const separator of forms.alternativeSeparators) {
    if (!whole.includes(separator)) continue;
    for (const part of whole.split(separator)) {
      const partId = sectionByTitle.get(normalizeTitle(part, forms));
      if (partId !== undefined) return partId;
    }
  }
  return undefined;
}
