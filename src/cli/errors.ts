// Typed errors decide presentation: a UsageError is the user's to fix (one line, exit 2);
// anything else is unexpected (short message, stack only with --debug).

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Quiet exit with a code, e.g. after Ctrl-C at a prompt. */
export class ExitSignal extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitSignal';
  }
}
