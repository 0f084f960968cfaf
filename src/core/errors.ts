// Typed errors decide presentation: a UserError is the user's to fix (one line, exit 2);
// anything else is unexpected (a short message, the stack only with --debug). Thrown anywhere,
// mapped to an exit code by the CLI alone.

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A problem the user can fix: a bad argument, a missing folder, a file that cannot be written. */
export class UserError extends Error {
  readonly exitCode = EXIT_USAGE;
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Quiet exit with a code, e.g. after Ctrl-C at a prompt. `partial` is what was typed at that
 * prompt; `open` when its last line was still being typed (no Enter yet).
 */
export class ExitSignal extends Error {
  constructor(readonly exitCode: number, readonly partial?: { text: string; open: boolean }) {
    super(`exit ${exitCode}`);
    this.name = 'ExitSignal';
  }
}
