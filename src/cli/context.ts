// What a command gets from the CLI: where it runs and where it writes. Commands never read
// process.* directly, so tests can run them in-process with their own streams and folders.
import type { Readable, Writable } from 'node:stream';

export interface OutputStream extends Writable {
  isTTY?: boolean;
}

export interface InputStream extends Readable {
  isTTY?: boolean;
}

export interface RunOptions {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: InputStream;
}

export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream | undefined;
  /** Colour allowed on stdout (a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
  debug: boolean;
  /** Write to stdout. */
  out(text: string): void;
  /** Write to stderr. */
  err(text: string): void;
}

export function createContext(options: RunOptions, flags: { color: boolean; debug: boolean }): CliContext {
  return {
    cwd: options.cwd,
    env: options.env,
    stdout: options.stdout,
    stderr: options.stderr,
    // A getter, so that making the context does not open stdin (a prompt opens it when it reads).
    get stdin() {
      return options.stdin;
    },
    color: flags.color,
    debug: flags.debug,
    out: (text) => void options.stdout.write(text),
    err: (text) => void options.stderr.write(text),
  };
}

/** Colour is on only for a terminal, and off with NO_COLOR (any value) or --no-color. */
export function colorAllowed(stream: OutputStream, env: NodeJS.ProcessEnv, flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
