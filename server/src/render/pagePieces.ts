/**
 * The preview's page in pieces, so that the editor sends its webview only the pieces that changed
 * after an edit: the article's parts before the plan text (header, contents, general findings,
 * scorecard, costs, portfolio, landscape), each one element, and the plan text's parts. Plain
 * strings and no dependencies: the language server compares pieces, the webview's script finds
 * them by the comment that starts each one.
 */
export interface PagePieces {
  /** `<article …>`, whose attributes count the findings. */
  article: string;
  /** The article's parts before the plan text, each one element. */
  top: string[];
  /** The plan text's section up to its content: `<section …><h2 …>…</h2><div class="iplan-markdown" …>`. */
  text: string;
  /** The plan text's content in parts (one when it is rendered whole). */
  body: string[];
  /** Of each part of `body`, when it is a kept part filled in at a line (see PartPlace). */
  places: (PartPlace | undefined)[];
}

/**
 * A part of the plan text put on the page from its kept HTML (bodyParts.ts) at a line: put at
 * another line, the same part differs only in its lines (`data-line`, `data-line-end`, and its
 * headings' ids, which end in their line), so a webview may move its nodes and renumber them.
 */
export interface PartPlace {
  /** The kept part (by identity). */
  part: object;
  line: number;
}

/**
 * Starts each piece in the webview's page: a comment, so nothing shows and no style applies
 * (`:first-child` and `+` do not see comments). The renderer writes no comment of its own: the
 * sanitizer drops the plan's.
 */
export const PIECE_MARK = 'iplan-piece';

/** What closes the plan text's section and the article. */
export const PAGE_END = '</div></section></article>';

/** The pieces of the plan text as the page has them: parts apart by a line break (as remark-rehype puts blocks). */
export function bodyPieces(parts: readonly string[], marked: boolean): string[] {
  return parts.map((part, i) => `${marked ? `<!--${PIECE_MARK}-->` : ''}${part}${i < parts.length - 1 ? '\n' : ''}`);
}

export function topPieces(top: readonly string[], marked: boolean): string[] {
  return marked ? top.map((piece) => `<!--${PIECE_MARK}-->${piece}`) : [...top];
}

/**
 * The article as one string. `marked`: with a mark before each piece, as the preview's webview
 * gets it; else the very HTML of the article rendered at once (the render tests compare them).
 */
export function piecesHtml(pieces: PagePieces, marked: boolean): string {
  return pieces.article + topPieces(pieces.top, marked).join('') + pieces.text + bodyPieces(pieces.body, marked).join('') + PAGE_END;
}
