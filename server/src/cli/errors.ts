/** A mistake on the command line or in configuration: exit code 2 with one clear line. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly nl: string = message,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
