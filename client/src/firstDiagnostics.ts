/**
 * How long an author waits for the first findings: from the start of the language client (as the
 * extension activates), or from the opening of the first Markdown document when that came later,
 * until the first diagnostics arrive. Logged once to the I-plan output (the end-to-end run prints it).
 */
import type { LogOutputChannel } from 'vscode';

export class FirstDiagnosticsTiming {
  private readonly startedAt = performance.now();
  private openedAt?: number;
  private logged = false;

  constructor(private readonly output: LogOutputChannel) {}

  opened(): void {
    this.openedAt ??= performance.now();
  }

  arrived(document: string, count: number): void {
    if (this.logged) return;
    this.logged = true;
    const now = performance.now();
    const waited = now - Math.max(this.startedAt, this.openedAt ?? this.startedAt);
    this.output.info(
      `First diagnostics (${document}: ${count}) ${Math.round(waited)} ms after activation or the document's opening, whichever came later (${Math.round(now - this.startedAt)} ms after activation)`,
    );
  }
}
