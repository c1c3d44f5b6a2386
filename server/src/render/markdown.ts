/**
 * The plan's Markdown body → sanitized hast, each block marked with the source lines it came
 * from (`data-line`, `data-line-end`, 0-based like LSP).
 *
 * A full parse of its own (remark-parse + remark-gfm), independent of the checker's chunked one:
 * rendering wants the whole document as one tree (footnotes, reference definitions).
 *
 * Raw HTML in the plan is never rendered as HTML: HTML comments are dropped (they carry
 * `iplan-disable` directives and authors' notes), `<br>` becomes a line break and anything else
 * is shown as literal code text, so a reviewer sees that it is there and nothing of it runs.
 * Images are replaced by a textual placeholder: a report must not load anything from outside.
 * After that, rehype-sanitize with GitHub's schema — narrowed (no img/picture/source) and
 * extended only by our `data-line` attributes and our two marker classes — checks the result.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Html, Parent, Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { defuse } from '../core';
import type { Labels } from './i18n';

/** Elements that get `data-line`: the blocks a finding can sit beside and scroll sync can aim at. */
const LINE_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'blockquote', 'pre', 'hr', 'section']);

const RAW_HTML_CLASS = 'iplan-raw-html';
const IMAGE_CLASS = 'iplan-image';

const REMOVED_TAGS = new Set(['img', 'picture', 'source']);

/** GitHub's schema, narrowed and extended as described above. */
function sanitizeSchema(clobberPrefix: string): SanitizeSchema {
  const attributes = defaultSchema.attributes ?? {};
  return {
    ...defaultSchema,
    tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !REMOVED_TAGS.has(tag)),
    attributes: {
      ...attributes,
      '*': [...(attributes['*'] ?? []), 'dataLine', 'dataLineEnd'],
      code: [['className', /^language-[\w+#.-]+$/, RAW_HTML_CLASS]],
      span: [...(attributes.span ?? []), ['className', IMAGE_CLASS]],
    },
    protocols: {
      ...defaultSchema.protocols,
      href: ['http', 'https', 'mailto'],
      cite: ['http', 'https'],
      src: [],
      longDesc: [],
    },
    clobberPrefix,
  };
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const LINE_BREAK = /^<br\s*\/?>$/i;

/** mdast before remark-rehype: raw HTML and images made harmless and visible. */
function neutralize(labels: Labels) {
  const replaceIn = (parent: Parent & { children: RootContent[] }) => {
    const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
    const out: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'html') {
        const replacement = rawHtml(child, flow);
        if (replacement) out.push(replacement);
        continue;
      }
      if (child.type === 'image' || child.type === 'imageReference') {
        const alt = child.alt?.trim();
        const label = `[${labels.image}${alt ? `: ${alt}` : ''} — ${labels.imageNotLoaded}]`;
        out.push({
          type: 'text',
          value: label,
          position: child.position,
          data: { hName: 'span', hProperties: { className: [IMAGE_CLASS] }, hChildren: [{ type: 'text', value: label }] },
        } as RootContent);
        continue;
      }
      if ('children' in child) replaceIn(child as Parent & { children: RootContent[] });
      out.push(child);
    }
    parent.children = out;
  };
  return (tree: MdastRoot) => replaceIn(tree);
}

function rawHtml(node: Html, flow: boolean): RootContent | undefined {
  const rest = node.value.replace(COMMENT, '').trim();
  if (rest === '') return undefined;
  if (LINE_BREAK.test(rest)) return { type: 'break', position: node.position };
  const code: RootContent = { type: 'inlineCode', value: rest, position: node.position, data: { hProperties: { className: [RAW_HTML_CLASS] } } };
  return flow ? { type: 'paragraph', children: [code as never], position: node.position } : code;
}

/** hast after remark-rehype, before sanitizing: source lines on blocks. */
function markLines(firstLine: number) {
  return (tree: HastRoot) => {
    const stack: (HastRoot | HastContent)[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'element' && LINE_BLOCKS.has(node.tagName) && node.position) {
        node.properties.dataLine = firstLine + node.position.start.line - 1;
        node.properties.dataLineEnd = firstLine + node.position.end.line - 1;
      }
      if ('children' in node) for (const child of node.children) stack.push(child);
    }
  };
}

interface BodyOptions {
  labels: Labels;
  /** Prefix of every id the plan's content produces (footnotes); unique per plan in a report. */
  clobberPrefix: string;
}

function bodyProcessor(firstLine: number, options: BodyOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => neutralize(options.labels))
    .use(remarkRehype, {
      allowDangerousHtml: false,
      clobberPrefix: '',
      footnoteLabel: options.labels.footnotes,
      footnoteBackLabel: options.labels.backToContent,
    })
    .use(() => markLines(firstLine))
    .use(rehypeSanitize, sanitizeSchema(options.clobberPrefix))
    .freeze();
}

/** The body (text from `bodyOffset` on) as a sanitized hast tree. */
export function renderBody(text: string, bodyOffset: number, firstLine: number, options: BodyOptions): HastRoot {
  const processor = bodyProcessor(firstLine, options);
  // The same inline-syntax budget as the checker's parse: micromark is quadratic in the
  // constructs of one paragraph, and the preview reads the same untrusted text.
  const mdast = processor.parse(defuse(text.slice(bodyOffset)));
  return processor.runSync(mdast) as HastRoot;
}

/** Processors for parts, by language and prefix: made once, not once per part. */
const partProcessors = new Map<string, ReturnType<typeof bodyProcessor>>();

/** One part of the body (see render/bodyParts.ts) as renderBody makes it, its lines counted from the part's first. */
export function renderPart(text: string, options: BodyOptions): HastRoot {
  const key = `${options.labels.locale}\0${options.clobberPrefix}`;
  let processor = partProcessors.get(key);
  if (!processor) {
    processor = bodyProcessor(0, options);
    partProcessors.set(key, processor);
  }
  return processor.runSync(processor.parse(defuse(text))) as HastRoot;
}

/** Depth-first over elements with their parent, without recursion (deeply nested lists exist). */
export function eachElement(tree: HastRoot | Element, visit: (element: Element, parent: HastRoot | Element, index: number) => void): void {
  const stack: [HastRoot | Element, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [parent, index] = top;
    if (index >= parent.children.length) {
      stack.pop();
      continue;
    }
    top[1] = index + 1;
    const child = parent.children[index];
    if (child.type === 'element') {
      visit(child, parent, index);
      stack.push([child, 0]);
    }
  }
}

