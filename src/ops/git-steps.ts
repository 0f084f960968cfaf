// Git steps of the workspace commands, on top of src/git/repo.ts: create a repository for
// `init`, and for section and item changes check first that the files to touch hold no
// uncommitted work, move tracked files with `git mv`, and commit exactly the touched paths.
import { gitMessage, openRepo, parseStatusZ, type GitRepo, type Identity } from '../git/repo.js';

export type { GitRepo, Identity } from '../git/repo.js';
export { gitMessage, openRepo } from '../git/repo.js';

/** `git init` in `dir`; returns the new repository, or undefined when git is not available. */
export async function initRepo(dir: string, env: NodeJS.ProcessEnv): Promise<GitRepo | undefined> {
  const { simpleGit } = await import('simple-git');
  try {
    // The user's own environment (config paths, templates); our arguments are fixed.
    await simpleGit({ baseDir: dir, unsafe: { allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true, allowUnsafeTemplateDir: true } })
      .env(gitEnv(env))
      .init();
  } catch {
    return undefined;
  }
  return openRepo(dir, env);
}

function gitEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  out.LC_ALL = 'C';
  return out;
}



export interface PathState {
  path: string;
  /** Not known to git (never added). */
  untracked: boolean;
  /** Staged or unstaged changes. */
  changed: boolean;
}

/** Which of these paths (absolute) are untracked or hold uncommitted changes. */
export async function uncommitted(repo: GitRepo, paths: readonly string[]): Promise<PathState[]> {
  if (paths.length === 0) return [];
  // Absolute paths: git runs in the folder the repository was opened in, not always its top.
  const out = await repo.raw(['status', '--porcelain=v1', '--untracked-files=all', '-z', '--', ...paths]);
  return parseStatusZ(out).map(({ code, path }) => ({ path, untracked: code === '??', changed: code !== '??' }));
}

/** Whether git tracks this file (absolute path). */
export async function tracked(repo: GitRepo, path: string): Promise<boolean> {
  try {
    const out = await repo.raw(['ls-files', '--error-unmatch', '--', path]);
    return out.trim() !== '';
  } catch {
    return false;
  }
}

/** `git mv` for a tracked file (keeps the history readable as a rename). */
export async function move(repo: GitRepo, from: string, to: string): Promise<void> {
  await repo.raw(['mv', '--', from, to]);
}

/** `git rm` for a tracked file; the file stays in the history. */
export async function remove(repo: GitRepo, path: string): Promise<void> {
  await repo.raw(['rm', '--quiet', '--', path]);
}

export async function commit(repo: GitRepo, paths: readonly string[], message: string, author: Identity): Promise<string> {
  return repo.commitPaths(paths, message, author);
}

export function describeGitError(error: unknown): string {
  return gitMessage(error);
}
