// Shared by the comment tests: guidelines in real git repositories, a git that ignores the
// machine's own configuration, and the CLI run in-process with a pretend terminal.
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import type { StoredAct } from '../../src/model/comment-types.js';
import { baseGuideline, writeGuideline, type Files } from '../helpers/fixture.js';
import { REPO } from '../helpers/cli.js';

/** git sees only the repository's own config: no global or system identity. */
export const GIT_ENV: NodeJS.ProcessEnv = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', LC_ALL: 'C', ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface Identity {
  name: string;
  email: string;
}

export const REVIEWER: Identity = { name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id' };

/** A guideline in a new git repository with one commit; identity null leaves git without one. */
export async function guidelineRepo(files: Files = baseGuideline(), identity: Identity | null = REVIEWER): Promise<string> {
  const root = await writeGuideline(files);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'commit.gpgsign', 'false');
  if (identity) setIdentity(root, identity);
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=Setup', '-c', 'user.email=setup@example.org', 'commit', '-q', '-m', 'draft');
  return root;
}

export function setIdentity(root: string, identity: Identity): void {
  git(root, 'config', 'user.name', identity.name);
  git(root, 'config', 'user.email', identity.email);
}

const temps: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pedoman-comments-'));
  temps.push(dir);
  return dir;
}

export async function cleanupTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** Every comment file under the guideline, parsed, oldest first. */
export async function storedComments(root: string): Promise<{ path: string; text: string; record: StoredAct }[]> {
  const out: { path: string; text: string; record: StoredAct }[] = [];
  const base = join(root, 'comments');
  let folders: string[] = [];
  try {
    folders = await readdir(base);
  } catch {
    return out;
  }
  for (const folder of folders) {
    for (const name of await readdir(join(base, folder))) {
      const path = join(base, folder, name);
      const text = await readFile(path, 'utf8');
      out.push({ path, text, record: parse(text) as StoredAct });
    }
  }
  return out.sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
}

export interface TtyRun {
  result: Promise<{ code: number; stdout: string; stderr: string }>;
  stdin: PassThrough & { isTTY?: boolean };
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far (where prompts go when stdout is not a terminal). */
  stderr(): string;
}

/**
 * Runs the CLI in-process as if stdin were a terminal. Inquirer prompts are driven by the
 * @inquirer/testing screen; lines typed without an editor are written to `stdin`.
 * With `terminal`, stderr (where prompts go) claims to be a terminal too.
 */
export function runTty(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; terminal?: boolean }): TtyRun {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  // With `terminal`, the lines typed without an editor are read as in a terminal (Ctrl-C, paste marks).
  const stderr = Object.assign(new PassThrough(), options.terminal ? { isTTY: true } : {});
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const result = run({
    argv,
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', PEDOMAN_LANG: 'en', NO_COLOR: '1', ...GIT_ENV, ...options.env },
    stdout,
    stderr,
    stdin,
  }).then((code) => ({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  return { result, stdin, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}

/**
 * The shipped guideline (and its schemas) copied into a new repository with one commit, made as
 * `identity`, who stays git's identity there; `manifestTail` is appended to pedoman.yaml first.
 * The shipped review log (guideline/comments) is left out: the tests count the acts they record.
 */
export async function shippedRepo(identity: Identity, manifestTail = ''): Promise<string> {
  const top = join(await tempDir(), 'repo');
  const shippedComments = join(REPO, 'guideline', 'comments');
  await cp(join(REPO, 'guideline'), join(top, 'guideline'), { recursive: true, filter: (source) => !source.startsWith(shippedComments) });
  await cp(join(REPO, 'schemas'), join(top, 'schemas'), { recursive: true });
  if (manifestTail !== '') await appendFile(join(top, 'guideline', 'pedoman.yaml'), manifestTail);
  git(top, 'init', '-q', '-b', 'main');
  git(top, 'config', 'commit.gpgsign', 'false');
  setIdentity(top, identity);
  git(top, 'add', '-A');
  git(top, 'commit', '-q', '-m', 'Draf');
  return top;
}
