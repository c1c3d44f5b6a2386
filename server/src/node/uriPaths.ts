/**
 * Path operations on hierarchical URIs (`vscode-remote://host/a/b.md`, `vscode-vfs://github/o/r/x.md`,
 * `file:///a/b.md`), as Node's `path.posix` does them on paths: the scheme and authority are the
 * root, which nothing walks above. The browser server calls its files by their URIs; a path
 * relative to another (what globs match) is decoded, as on disk.
 */
import type { PathApi } from './fileSystem';

const URI_ROOT = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/i;

/** The URI's root (`scheme://authority`) and its path (at least `/`); undefined for a non-hierarchical one. */
export function splitUri(uri: string): { root: string; path: string } | undefined {
  const match = URI_ROOT.exec(uri);
  if (!match) return undefined;
  return { root: match[1], path: match[2] || '/' };
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** A path segment as VS Code writes it in a URI (already encoded segments are kept). */
function encodeSegment(segment: string): string {
  return segment === '..' || segment === '.' ? segment : encodeURIComponent(safeDecode(segment)).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function joinRelative(base: string, relative: string): string {
  const parts = splitUri(base);
  const encoded = relative.replace(/\\/g, '/').split('/').map(encodeSegment).join('/');
  if (!parts) return `${base}/${encoded}`;
  return parts.root + normalize(relative.startsWith('/') ? encoded : `${parts.path}/${encoded}`);
}

export const uriPaths: PathApi = {
  sep: '/',
  dirname(uri) {
    const parts = splitUri(uri);
    if (!parts) return uri;
    const path = normalize(parts.path);
    return parts.root + (path === '/' ? '/' : path.slice(0, path.lastIndexOf('/')) || '/');
  },
  basename(uri) {
    const path = splitUri(uri)?.path ?? uri;
    let end = path.length;
    while (end > 0 && path[end - 1] === '/') end--;
    return safeDecode(path.slice(path.lastIndexOf('/', end - 1) + 1, end));
  },
  join(first, ...rest) {
    return rest.reduce((joined, part) => (part ? joinRelative(joined, part.replace(/^\/+/, '')) : joined), first);
  },
  resolve(...parts) {
    let resolved = '';
    for (const part of parts) {
      if (!part) continue;
      resolved = splitUri(part) ? part : resolved ? joinRelative(resolved, part) : part;
    }
    const split = splitUri(resolved);
    return split ? split.root + normalize(split.path) : resolved;
  },
  relative(from, to) {
    const a = splitUri(from);
    const b = splitUri(to);
    // Another root is as far as another drive on Windows: Node's `relative` then gives the target.
    if (!a || !b || a.root.toLowerCase() !== b.root.toLowerCase()) return to;
    const fromSegments = normalize(a.path).split('/').filter(Boolean);
    const toSegments = normalize(b.path).split('/').filter(Boolean);
    let common = 0;
    while (common < fromSegments.length && common < toSegments.length && fromSegments[common] === toSegments[common]) common++;
    return [...fromSegments.slice(common).map(() => '..'), ...toSegments.slice(common).map(safeDecode)].join('/');
  },
  isAbsolute(uri) {
    return splitUri(uri) !== undefined || uri.startsWith('/');
  },
};
