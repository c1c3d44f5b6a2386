/**
 * Follows Markdown line by line to tell which lines lie at the top level, outside fenced code
 * and HTML blocks, without parsing lists and quotes. The body is cut into parts and tables are
 * read without micromark only at such lines, so the tracker errs one way only: when it cannot
 * be sure, the line counts as inside. A fence or HTML block opened with one to three spaces of
 * indentation may belong to a list item (and end with it) or stand at the top level (and run
 * on); after such a line nothing is trusted any more and every further line counts as inside.
 */
const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** A line that could open a fence or an HTML block in a paragraph a type-7 HTML block may really be. */
const MAY_OPEN_BLOCK = /^ {0,3}[`~<]/;

export class BlockTracker {
  private fence: { char: string; length: number } | undefined;
  private htmlEnd: RegExp | undefined;
  private lost = false;

  /** In no block and still sure: a line that cannot open one is at the top level. */
  get idle(): boolean {
    return !this.fence && !this.htmlEnd && !this.lost;
  }

  /** Nothing further can be trusted. */
  get gaveUp(): boolean {
    return this.lost;
  }

  /** Takes the next line (without its line ending); true when it is at the top level, outside fenced code and HTML blocks. */
  feed(line: string): boolean {
    return this.classify(line) === 'top';
  }

  /**
   * Takes the next line: `top` when it is at the top level, outside fenced code and HTML blocks;
   * `literal` when it is surely inside (or opens or closes) a fenced code or HTML block, which
   * Markdown reads no inline syntax in; `unsure` otherwise.
   */
  classify(line: string): LineClass {
    if (this.lost) return 'unsure';
    if (this.fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === this.fence.char && close[1].length >= this.fence.length) this.fence = undefined;
      return 'literal';
    }
    if (this.htmlEnd === BLANK) {
      // An HTML block that ends at a blank line, or a paragraph holding a tag: in the paragraph a
      // fence or another HTML block could open here, in the block it could not.
      if (BLANK.test(line)) {
        this.htmlEnd = undefined;
        return 'top';
      }
      if (MAY_OPEN_BLOCK.test(line)) this.lost = true;
      return 'unsure';
    }
    if (this.htmlEnd) {
      if (this.htmlEnd.test(line)) this.htmlEnd = undefined;
      return 'literal';
    }
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[2][0] === '`' && line.slice(open[0].length).includes('`'))) {
      if (open[1].length > 0) {
        this.lost = true;
        return 'unsure';
      }
      this.fence = { char: open[2][0], length: open[2].length };
      return 'literal';
    }
    const htmlEnd = htmlBlockEnd(line);
    if (htmlEnd) {
      // Indented, a block that ends at a blank line ends there in a list item too; one that runs
      // to an end marker may not.
      if (htmlEnd !== BLANK && line[0] === ' ') {
        this.lost = true;
        return 'unsure';
      }
      this.htmlEnd = htmlEnd;
      return htmlEnd === BLANK ? 'unsure' : 'literal';
    }
    return 'top';
  }
}

type LineClass = 'top' | 'literal' | 'unsure';

/** For an HTML block opened by this line: the line (or the blank line) that ends it. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const start = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(line);
  // Other HTML blocks run to a blank line. Treating every line that opens with a tag so is
  // conservative: a line that opens a paragraph instead also ends at a blank line.
  if (!start) return /^ {0,3}<[/A-Za-z]/.test(line) ? BLANK : undefined;
  const kind = start[1].toLowerCase();
  const end =
    kind === '!--' ? /-->/ : kind === '?' ? /\?>/ : kind === '![cdata[' ? /\]\]>/ : kind.startsWith('!') ? />/ : new RegExp(`</${kind}>`, 'i');
  // The end marker may be on the opening line itself.
  return end.test(line.slice(start.index + start[0].length)) ? undefined : end;
}
