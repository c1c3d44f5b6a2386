/** Input the importer cannot read: the CLI exits 2 with this one line and writes nothing. */
export class ImportError extends Error {
  constructor(
    readonly code: 'empty' | 'not-docx' | 'corrupt' | 'encrypted',
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ImportError';
  }
}
