// Runs the CLI in-process (through run()) or as the built binary, with captured output.
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function pipe(text: string): PassThrough {
  const stream = new PassThrough();
  stream.end(text);
  return stream;
}

export const BIN = fileURLToPath(new URL('../../bin/pedoman.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

const BASE_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', PEDOMAN_LANG: 'en', NO_COLOR: '1' };

/** In-process; `stdin`, when given, is what standard input holds (a pipe, not a terminal). */
export async function runCli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await run({
    argv,
    cwd: options.cwd ?? REPO,
    env: { ...BASE_ENV, ...options.env },
    stdout,
    stderr,
    ...(options.stdin !== undefined ? { stdin: pipe(options.stdin) } : {}),
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export function spawnCli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd ?? REPO,
    env: { ...BASE_ENV, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
