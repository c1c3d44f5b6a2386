/** Which names a folder walk takes (walk.ts on disk; the browser server's walk through the editor). */
const MARKDOWN = /\.(?:md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export const isMarkdownName = (name: string): boolean => MARKDOWN.test(name);

/** Whether a walk goes into a folder of this name. */
export const walksInto = (name: string): boolean => !SKIPPED_FOLDERS.has(name) && !name.startsWith('.');
