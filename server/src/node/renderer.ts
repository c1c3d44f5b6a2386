/**
 * The renderer (the page parts, remark-rehype, the sanitizer and the HTML serializer) is needed
 * only for a page: the HTML report, the compare and portfolio pages and the preview. The build
 * (scripts/build.mjs) makes it a bundle of its own, dist/renderer.js, and puts in place of this
 * module a require of that bundle on first use, so a plain check, in the CLI or in the language
 * server's check worker, never loads it. From source (the tests), and in the web bundle, which
 * has no files to require, it is imported here.
 */
import * as renderer from '../render';

export function loadRenderer(): typeof renderer {
  return renderer;
}
