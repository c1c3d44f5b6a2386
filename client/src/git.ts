/**
 * What we use of VS Code's built-in git extension (`vscode.git`, API version 1): the repository
 * of a file, its branches and tags, and a file's text at a revision. Declared here, in our own
 * words, for the few members we call; the extension may be disabled or absent, and then none of
 * this is offered.
 */
import { extensions, type Event, type Uri } from 'vscode';

/** The kinds of a ref, as the git extension numbers them. */
export const enum RefType {
  Head = 0,
  RemoteHead = 1,
  Tag = 2,
}

interface GitRef {
  readonly type: RefType;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export interface GitRepository {
  readonly rootUri: Uri;
  readonly state: { readonly HEAD?: GitRef; readonly refs?: readonly GitRef[] };
  /** Newer versions of the API; older ones only have `state.refs`. */
  getRefs?(query: { sort?: 'alphabetically' | 'committerdate' }): Promise<GitRef[]>;
  /** The text of a file (an absolute path inside the repository) at a revision. */
  show(ref: string, path: string): Promise<string>;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: Event<'uninitialized' | 'initialized'>;
  getRepository(uri: Uri): GitRepository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** How long to wait for the git extension to find the repositories when it has only just started. */
const DISCOVERY_MS = 5000;

/** The git repository that holds a file, or undefined (no git extension, git disabled, not in a repository). */
export async function repositoryOf(file: Uri): Promise<GitRepository | undefined> {
  const extension = extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate().then(undefined, () => undefined);
  if (!exports?.enabled) return undefined;
  const api = exports.getAPI(1);
  if (api.state !== 'initialized') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, DISCOVERY_MS);
      const listener = api.onDidChangeState((state) => state === 'initialized' && done());
      function done() {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  }
  return api.getRepository(file) ?? undefined;
}

/** The branches (local first, then remote) and tags, newest commit first where the API can sort. */
export async function refsOf(repository: GitRepository): Promise<GitRef[]> {
  const refs = repository.getRefs ? await repository.getRefs({ sort: 'committerdate' }) : [...(repository.state.refs ?? [])];
  const order = [RefType.Head, RefType.RemoteHead, RefType.Tag];
  return refs.filter((ref) => ref.name && !ref.name.endsWith('/HEAD')).sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}
