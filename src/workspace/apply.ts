// Applies one change to a guideline (new texts, moved and removed files) and, inside a git
// repository, commits exactly the touched paths in one commit. Every new text is computed
// before anything is written; with git, the touched files must hold no uncommitted work, so
// the commit never sweeps up someone's unfinished edits.
import { existsSync } from 'node:fs';
import { mkdir, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { relPath } from '../core/paths.js';
import { t } from '../i18n/index.js';
import { writeFileAtomic } from '../util/atomic.js';
import { commit, committer, describeGitError, move, openRepo, remove, tracked, uncommitted, type GitRepo } from './git.js';
import { UserError } from '../core/errors.js';

export interface ChangeSet {
  /** Files to move first (absolute paths); their content may then be rewritten by `writes`. */
  moves: { from: string; to: string }[];
  /** New full texts (absolute path → text), for new and existing files. */
  writes: Map<string, string>;
  /** Files to delete (absolute paths). */
  removals: string[];
  /** The commit message, one line. */
  message: string;
}

export interface Applied {
  /** Touched files, relative to the guideline root. */
  files: string[];
  /** The new commit, when one was made. */
  commit?: string;
  /** Set when inside a repository but not committed (--no-commit). */
  uncommitted?: boolean;
}

export function emptyChange(message: string): ChangeSet {
  return { moves: [], writes: new Map(), removals: [], message };
}

export async function applyChange(root: string, env: NodeJS.ProcessEnv, change: ChangeSet, options: { commit: boolean }): Promise<Applied> {
  const repo = await openRepo(root, env);
  const touched = [...new Set([...change.moves.flatMap((m) => [m.from, m.to]), ...change.writes.keys(), ...change.removals])];
  const before = touched.filter((p) => existsSync(p));

  let author;
  if (repo && options.commit) {
    const states = await uncommitted(repo, before);
    if (states.length > 0) {
      const list = states.map((s) => `${s.path}${s.untracked ? ` (${t('workspace.git.untracked')})` : ''}`).join(', ');
      throw new UserError(t('workspace.git.dirty', { files: list }));
    }
    author = await committer(repo, env);
    if (!author) throw new UserError(t('workspace.git.noIdentity'));
  }

  // Without a commit, git mv / git rm keep the index telling the story; with one, the
  // commit stages the paths itself (a moved-away or removed path stages as a deletion).
  const viaGit = async (path: string) => repo !== undefined && !options.commit && (await tracked(repo, path));
  for (const { from, to } of change.moves) {
    await mkdir(dirname(to), { recursive: true });
    if (await viaGit(from)) await move(repo!, from, to);
    else await rename(from, to);
    await removeEmptyFolder(dirname(from));
  }
  for (const [path, text] of change.writes) await writeFileAtomic(path, text);
  for (const path of change.removals) {
    if (await viaGit(path)) await remove(repo!, path);
    else await unlink(path);
    await removeEmptyFolder(dirname(path));
  }

  const files = touched.map((p) => relPath(root, p)).sort();
  if (!repo) return { files };
  if (!options.commit) return { files, uncommitted: true };
  const paths = await committable(repo, touched);
  try {
    return { files, commit: await commit(repo, paths, change.message, author!) };
  } catch (error) {
    throw new UserError(t('workspace.git.commitFailed', { files: files.join(', '), reason: describeGitError(error) }));
  }
}

/** Paths git can add: those on disk, and tracked ones that were moved away or removed. */
async function committable(repo: GitRepo, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (existsSync(path) || (await inHead(repo, path))) out.push(path);
  }
  return out;
}

async function inHead(repo: GitRepo, path: string): Promise<boolean> {
  try {
    return (await repo.raw(['ls-tree', '--name-only', 'HEAD', '--', path])).trim() !== '';
  } catch {
    return false;
  }
}

async function removeEmptyFolder(dir: string): Promise<void> {
  try {
    await rmdir(dir); // only succeeds when empty
  } catch {
    // not empty, or already gone
  }
}

