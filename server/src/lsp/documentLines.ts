/**
 * A document's lines the way LSP counts them, read one by one when asked for: completion and
 * hover look at a few lines near the cursor and the front matter, and splitting a document of
 * 100,000 lines on every keystroke would cost more than everything else they do.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';

export function documentLines(document: TextDocument): readonly string[] {
  const lineText = (line: number) => document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(?:\r\n|\r|\n)$/, '');
  return new Proxy([] as string[], {
    get(target, property, receiver) {
      if (property === 'length') return document.lineCount;
      if (typeof property === 'string' && /^(?:0|[1-9][0-9]*)$/.test(property)) {
        const line = Number(property);
        return line < document.lineCount ? lineText(line) : undefined;
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
