/**
 * The preview pages sent to the editor, remembered so the next answer can be a patch: after an
 * edit most pieces of the page (render/pagePieces.ts) are as they were, and only the others are
 * sent (a 5,000-line plan's page is ~400 KB; serialising, sending and putting it in the webview
 * whole took much of each edit's time). A page that is not remembered (another worker since,
 * or long ago) gets the whole page again.
 */
import { bodyPieces, PAGE_END, topPieces, type PagePieces, type PartPlace } from '../render/pagePieces';
import type { PagePatch, PieceChange } from './protocol';

/** The pieces as the webview has them (marked). */
interface Page {
  id: string;
  article: string;
  top: string[];
  text: string;
  body: string[];
  places: (PartPlace | undefined)[];
}

/** Pages kept per document: the newest, and the one before (an answer may still be on its way). */
const PAGES_PER_DOCUMENT = 2;
/** Documents whose pages are kept. */
const DOCUMENTS = 8;

/**
 * What turns `old` into `next`, piece by piece: the old piece in the same place when it is the
 * same (a plain comparison; most pieces are), else an old piece of the same HTML not used yet,
 * else, given where kept parts stand, the same part from another line (moved by lines), else the
 * new HTML. Only the pieces not in place are hashed.
 */
function changes(old: readonly string[], next: readonly string[], places?: { old: readonly (PartPlace | undefined)[]; next: readonly (PartPlace | undefined)[] }): PieceChange[] {
  const result: PieceChange[] = next.map((piece, i) => (i < old.length && old[i] === piece ? i : piece));
  const used = new Set(result.filter((change): change is number => typeof change === 'number'));
  if (used.size === next.length) return result;
  const unused = new Map<string, number[]>();
  old.forEach((piece, i) => {
    if (used.has(i)) return;
    const list = unused.get(piece);
    if (list) list.push(i);
    else unused.set(piece, [i]);
  });
  const same = result.map((change) => {
    if (typeof change !== 'string') return change;
    const index = unused.get(change)?.shift();
    if (index !== undefined) used.add(index);
    return index ?? change;
  });
  if (!places) return same;
  // The same part elsewhere: only the last piece has no line break after it, so last goes with last.
  const byPart = new Map<object, number[]>();
  places.old.forEach((place, i) => {
    if (!place || used.has(i)) return;
    const list = byPart.get(place.part);
    if (list) list.push(i);
    else byPart.set(place.part, [i]);
  });
  return same.map((change, i) => {
    const place = places.next[i];
    if (typeof change !== 'string' || !place) return change;
    const candidates = byPart.get(place.part) ?? [];
    const at = candidates.findIndex((j) => (j === old.length - 1) === (i === next.length - 1));
    if (at < 0) return change;
    const [j] = candidates.splice(at, 1);
    return [j, place.line - places.old[j]!.line];
  });
}

/** The patch from `old` to `next`; undefined when the plan text's section itself differs (its language). */
function pagePatch(old: Page, next: Page): PagePatch | undefined {
  if (old.text !== next.text) return undefined;
  return { from: old.id, article: next.article, top: changes(old.top, next.top), body: changes(old.body, next.body, { old: old.places, next: next.places }) };
}

/**
 * A patch applied to the pieces it was made from: what the webview does with nodes, with strings.
 * A piece moved by lines is renumbered by `moved` (the webview renumbers its nodes' attributes).
 */
export function applyPagePatch(
  old: Omit<Page, 'id' | 'places'>,
  patch: PagePatch,
  moved: (piece: string, lines: number) => string = () => {
    throw new Error('applyPagePatch: a piece moved by lines, and no way to renumber it');
  },
): Omit<Page, 'id' | 'places'> {
  const pick = (pieces: readonly string[], change: PieceChange) =>
    typeof change === 'string' ? change : typeof change === 'number' ? pieces[change] : moved(pieces[change[0]], change[1]);
  return { article: patch.article, top: patch.top.map((c) => pick(old.top, c)), text: old.text, body: patch.body.map((c) => pick(old.body, c)) };
}

export class PreviewPages {
  private readonly pages = new Map<string, Page[]>();
  /** Ids unique to this worker, so a restarted one never takes an id the editor holds for another page. */
  private readonly run = Math.random().toString(36).slice(2, 10);
  private counter = 0;

  /** The page to send: a patch of the page `shown` when it is remembered, else the whole page. */
  answer(uri: string, pieces: PagePieces, shown: string | undefined): { page: string; html?: string; patch?: PagePatch } {
    const next: Page = {
      id: `${this.run}-${++this.counter}`,
      article: pieces.article,
      top: topPieces(pieces.top, true),
      text: pieces.text,
      body: bodyPieces(pieces.body, true),
      places: pieces.places,
    };
    const kept = this.pages.get(uri) ?? [];
    const old = shown === undefined ? undefined : kept.find((page) => page.id === shown);
    this.pages.delete(uri);
    this.pages.set(uri, [...kept.filter((page) => page !== old), ...(old ? [old] : []), next].slice(-PAGES_PER_DOCUMENT));
    if (this.pages.size > DOCUMENTS) this.pages.delete(this.pages.keys().next().value!);
    const patch = old && pagePatch(old, next);
    return patch ? { page: next.id, patch } : { page: next.id, html: next.article + next.top.join('') + next.text + next.body.join('') + PAGE_END };
  }

  forget(uri: string): void {
    this.pages.delete(uri);
  }
}
