// Shared by the workspace tests: temp folders, a git that ignores the machine's own config,
// and the CLI run in-process with that git identity.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';

/** git sees no global or system config; the identity comes from the environment. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Tim Penyusun',
  GIT_AUTHOR_EMAIL: 'penyusun@example.go.id',
  GIT_COMMITTER_NAME: 'Tim Penyusun',
  GIT_COMMITTER_EMAIL: 'penyusun@example.go.id',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', LC_ALL: 'C', ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const temps: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pedoman-ws-'));
  temps.push(dir);
  return dir;
}

export async function cleanupTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** The CLI in-process, with the test git identity (and anything else in env). */
export function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCli(argv, { cwd, env: { ...GIT_ENV, ...env } });
}

/** A fresh workspace made by `pedoman init` in a new temp folder. */
export async function initWorkspace(extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const dir = join(await tempDir(), 'pedoman-kami');
  const language = extra.includes('--language') || env.PEDOMAN_LANG ? [] : ['--language', 'id'];
  const result = await cli(['init', dir, '--title', 'Pedoman Uji Coba', ...language, ...extra], process.cwd(), env);
  if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
  return dir;
}
