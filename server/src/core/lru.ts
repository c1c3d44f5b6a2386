/**
 * A cache that forgets its least recently used entries beyond a limit, keyed by text. An entry
 * keeps the key it was stored with: looking it up with a slice of a larger string must not make
 * that slice the key, or the larger string (a whole document version) would stay alive with it.
 */
export class TextLru<V> {
  private readonly entries = new Map<string, { key: string; value: V }>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Moved to the most recently used end.
    this.entries.delete(key);
    this.entries.set(entry.key, entry);
    return entry.value;
  }

  /** `key` should be a string of its own (see `detached`), not a slice of a document. */
  set(key: string, value: V): void {
    this.entries.set(key, { key, value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}
