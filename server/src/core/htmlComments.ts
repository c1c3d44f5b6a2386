/**
 * Text with its HTML comments (`<!-- … -->`) left out: what a reader of the rendered plan sees. An
 * unclosed comment runs to the end, as in HTML. By position rather than a lazy pattern, so a text
 * of many unclosed `<!--` costs one pass.
 */
export function withoutHtmlComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  let kept = '';
  let from = 0;
  while (open >= 0) {
    kept += `${text.slice(from, open)} `;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return kept;
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return kept + text.slice(from);
}
