// The git operations pedoman needs, through simple-git (loaded lazily: only commands that
// touch git pay for it). Every call runs in the guideline's folder with the caller's env.
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { t } from '../i18n/index.js';

export interface Identity {
  name: string;
  email?: string;
}

export interface GitRepo {
  /** Absolute path of the working tree's top folder. */
  top: string;
  /** Absolute path of the repository's git folder (`.git`, or a worktree's own git folder). */
  gitDir: string;
  /** The commit HEAD points at, or undefined in a repository with no commit yet. */
  headCommit(): Promise<string | undefined>;
  /** A config value (any scope), or undefined when unset. */
  config(key: string): Promise<string | undefined>;
  /**
   * Commits exactly these paths with this author and message, leaving every other staged or
   * unstaged change of the user as it was. Retries while another git process holds a lock.
   * `committer`, when given, is the commit's committer (an import: authored by the reviewer,
   * committed by whoever imported); else git's own identity, or the author when git has none.
   */
  commitPaths(paths: readonly string[], message: string, author: Identity, committer?: Identity): Promise<string>;
  /** The text of a file at a commit (path relative to the folder the repo was opened in), or undefined. */
  showFile(commit: string, path: string): Promise<string | undefined>;
  /** Runs git with these arguments; rejects with git's message on failure. */
  raw(args: readonly string[]): Promise<string>;
}

/** Lock contention: another git process (e.g. a concurrent `comment add`) is writing. */
const LOCKED = /index\.lock|\.lock'?: File exists|cannot lock ref|Unable to create .*\.lock|unable to lock|could not lock/i;
const RETRIES = 80;
const CACHED = new Set(['user.name', 'user.email', 'pedoman.affiliation']);

/** Opens the repository holding `dir`, or returns undefined when `dir` is not inside one. */
export async function openRepo(dir: string, env: NodeJS.ProcessEnv): Promise<GitRepo | undefined> {
  const git = await gitIn(dir, env);
  let top: string;
  let gitDir: string;
  try {
    [top = '', gitDir = ''] = (await git.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir'])).trim().split('\n');
  } catch {
    return undefined; // not a repository, git missing, or a folder git refuses (safe.directory)
  }
  if (top === '' || gitDir === '') return undefined; // inside .git, or a bare repository
  return makeRepo(git, top, gitDir, env);
}

/** A config value read outside any repository (global and system scope). */
export async function globalConfig(dir: string, env: NodeJS.ProcessEnv, key: string): Promise<string | undefined> {
  try {
    const git = await gitIn(dir, env);
    const value = (await git.raw(['config', '--get', key])).trim();
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

async function gitIn(dir: string, env: NodeJS.ProcessEnv): Promise<SimpleGit> {
  const { simpleGit } = await import('simple-git');
  return simpleGit({
    baseDir: dir,
    maxConcurrentProcesses: 4,
    trimmed: false,
    // The environment is the user's own (their EDITOR, PAGER, GIT_SSH_COMMAND, config paths);
    // our arguments are fixed, never taken from input, so simple-git's env guards do not apply.
    unsafe: {
      allowUnsafeEditor: true,
      allowUnsafePager: true,
      allowUnsafeAskPass: true,
      allowUnsafeSshCommand: true,
      allowUnsafeConfigPaths: true,
      allowUnsafeConfigEnvCount: true,
      allowUnsafeCredentialHelper: true,
      allowUnsafeGitProxy: true,
      allowUnsafeTemplateDir: true,
      allowUnsafeDiffExternal: true,
    },
  }).env(cleanEnv(env));
}

function cleanEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  // Messages we parse must not be translated.
  out.LC_ALL = 'C';
  out.LANGUAGE = 'C';
  out.GIT_TERMINAL_PROMPT = out.GIT_TERMINAL_PROMPT ?? '0';
  return out;
}

function makeRepo(git: SimpleGit, top: string, gitDir: string, env: NodeJS.ProcessEnv): GitRepo {
  // The few settings pedoman reads, fetched with one git call on first use.
  let settings: Promise<Map<string, string>> | undefined;
  const config = async (key: string) => {
    settings ??= git
      .raw(['config', '--get-regexp', '^(user\\.(name|email)|pedoman\\.affiliation)$'])
      .catch(() => '')
      .then((out) => {
        const map = new Map<string, string>();
        for (const line of out.split('\n')) {
          const space = line.indexOf(' ');
          if (space > 0) map.set(line.slice(0, space).toLowerCase(), line.slice(space + 1).trim());
        }
        return map;
      });
    if (CACHED.has(key.toLowerCase())) {
      const value = (await settings).get(key.toLowerCase());
      return value === '' ? undefined : value;
    }
    const value = (await git.raw(['config', '--get', key])).trim();
    return value === '' ? undefined : value;
  };
  return {
    top,
    gitDir,
    async headCommit() {
      try {
        const out = (await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
        return out === '' ? undefined : out;
      } catch {
        return undefined;
      }
    },
    config,
    async commitPaths(paths, message, author, committer) {
      const ident = `${author.name} <${author.email ?? ''}>`;
      // Without a configured identity git refuses to commit; the committer is then the author.
      const extra: Record<string, string> = {};
      if (committer) {
        extra.GIT_COMMITTER_NAME = committer.name;
        extra.GIT_COMMITTER_EMAIL = committer.email ?? '';
      }
      if (!committer && !env.GIT_COMMITTER_NAME && (await config('user.name')) === undefined) extra.GIT_COMMITTER_NAME = author.name;
      if (!committer && !env.GIT_COMMITTER_EMAIL && (await config('user.email')) === undefined) extra.GIT_COMMITTER_EMAIL = author.email ?? '';
      const committing = Object.keys(extra).length > 0 ? (await gitIn(top, { ...env, ...extra })) : git;
      // git's own index.lock does not cover the time between `git add` and `git commit --only`
      // (a concurrent commit can write back an index read before our add), so pedoman
      // processes take turns for the pair.
      const release = await acquireLock(join(gitDir, COMMIT_LOCK));
      try {
        await withLockRetry(() => git.raw(['add', '--', ...paths]));
        await withLockRetry(async () => {
          try {
            // --only: a temporary index holding HEAD plus these paths, so the user's other
            // staged work is neither committed nor unstaged.
            await committing.raw(['commit', '--only', '--no-edit', '-m', message, `--author=${ident}`, '--', ...paths]);
          } catch (error) {
            // A retry after a commit that did land finds nothing left to commit for these paths.
            if (/nothing to commit|no changes added/i.test(String(error)) && (await committed(git, paths))) return;
            throw error;
          }
        });
        return (await git.raw(['rev-parse', 'HEAD'])).trim();
      } finally {
        await release();
      }
    },
    async showFile(commit, path) {
      try {
        return await git.raw(['show', `${commit}:./${path}`]);
      } catch {
        return undefined;
      }
    },
    raw: (args) => git.raw([...args]),
  };
}

/** True when HEAD holds these paths exactly as they are in the working tree. */
async function committed(git: SimpleGit, paths: readonly string[]): Promise<boolean> {
  try {
    for (const path of paths) {
      if ((await git.raw(['log', '-1', '--format=%H', '--', path])).trim() === '') return false;
    }
    const changed = (await git.raw(['diff', '--name-only', 'HEAD', '--', ...paths])).trim();
    return changed === '';
  } catch {
    return false;
  }
}

/** Held by a pedoman process while it commits, in the repository's .git folder. */
export const COMMIT_LOCK = 'pedoman-commit.lock';
/** A lock older than this, or whose process is gone, was left by a crash and is taken over. */
const STALE_LOCK_MS = 120_000;
const LOCK_WAIT_MS = 120_000;

async function acquireLock(path: string): Promise<() => Promise<void>> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await staleLock(path)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) throw new Error(t('git.lockBusy', { file: path }));
    await sleep(10 + Math.random() * 60);
  }
}

async function staleLock(path: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(path), readFile(path, 'utf8')]);
    if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(text.trim());
    if (!Number.isInteger(pid) || pid <= 0) return false; // being written right now
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    return false; // gone already, or unreadable: try again
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function withLockRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= RETRIES || !LOCKED.test(String(error))) throw error;
      // Random backoff so that many waiting processes do not retry in lockstep.
      await sleep(20 + Math.random() * (40 + attempt * 10));
    }
  }
}

/** The entries of `git status --porcelain=v1 -z`: two-letter code and path (a rename's new path). */
export function parseStatusZ(out: string): { code: string; path: string }[] {
  const entries = out.split('\0').filter((e) => e !== '');
  const parsed: { code: string; path: string }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const code = entry.slice(0, 2);
    if (code[0] === 'R' || code[0] === 'C') i++; // the next entry is the rename's source
    parsed.push({ code, path: entry.slice(3) });
  }
  return parsed;
}

/** git's own message, without simple-git's wrapping, on one or a few lines. */
export function gitMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split('\n').filter((l) => l.trim() !== '' && !/^hint:/.test(l)).slice(0, 6).join('\n');
}
