// The one way pedoman writes: an operation says what it wants (a Change: new records, new texts,
// moves, removals, the commit message, a tag) and this applies it in one transaction. Everything
// is computed before anything is written; inside git, the touched files must hold no one's
// unfinished work when asked (edits), the commit takes exactly the touched paths, and a tag goes
// on that commit. When a step fails, what was done is undone, newest first, so a failure leaves
// the files and the repository as they were. One exception, on purpose: a record a person
// wrote (a comment) stays on disk when only its commit fails, since their words must not be lost.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../core/errors.js';
import { relPath } from '../core/paths.js';
import { gitMessage, openRepo, type GitRepo, type Identity } from '../git/repo.js';
import { t } from '../i18n/index.js';
import { writeFileAtomic, writeNewFileAtomic } from '../util/atomic.js';
import { move, remove, tracked, uncommitted } from './git-steps.js';

export interface Change {
  /** The commit message (subject, blank line, body and trailers). */
  message: string;
  /** New files that must not exist yet (records: comments, reviews), created exclusively. */
  creates?: Map<string, string | Buffer>;
  /** New full contents of new or existing files. */
  writes?: Map<string, string | Buffer>;
  /** Files moved first (a rename in git when they are tracked); `writes` may then rewrite them. */
  moves?: { from: string; to: string }[];
  removals?: string[];
  /** An annotated tag on the commit. */
  tag?: { name: string; message: string };
}

export interface ApplyOptions {
  /** The guideline folder, for the paths reported back. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** False with --no-commit. */
  commit: boolean;
  /** Who commits (and tags): needed when committing inside git. */
  author?: Identity;
  /** The commit's committer when not git's own identity (an import: committed by who imports). */
  committer?: Identity;
  /** The repository, when the caller has opened it already. */
  repo?: GitRepo | undefined;
  /** Refuse, before writing anything, when a touched file holds uncommitted work (edits of the draft). */
  requireClean?: boolean;
  /** Keep the written files when only the commit fails (a record a person wrote), reported in `notCommitted`. */
  keepIfCommitFails?: boolean;
  /** The commit must differ from HEAD (finalize: something was issued). */
  requireNewCommit?: boolean;
}

export interface Applied {
  /** Every touched file, relative to the guideline folder, sorted. */
  files: string[];
  /** Absolute paths of the files written or created, in order. */
  written: string[];
  commit?: string;
  tag?: string;
  /** Why there is no commit: --no-commit, outside git, or (with keepIfCommitFails) the commit failed. */
  notCommitted?: { reason: 'no-commit' | 'not-a-repo' } | { reason: 'failed'; error: string };
}

/** A failure of one step; everything before it was undone, unless `leftOver` says what could not be. */
export class ApplyError extends Error {
  constructor(
    readonly step: 'write' | 'commit' | 'tag',
    override readonly cause: unknown,
    readonly leftOver: string[],
  ) {
    super(gitMessage(cause));
    this.name = 'ApplyError';
  }
}

export async function applyChange(change: Change, options: ApplyOptions): Promise<Applied> {
  const repo = options.repo ?? (await openRepo(options.root, options.env));
  const moves = change.moves ?? [];
  const creates = change.creates ?? new Map<string, string | Buffer>();
  const writes = change.writes ?? new Map<string, string | Buffer>();
  const removals = change.removals ?? [];
  const touched = [...new Set([...moves.flatMap((m) => [m.from, m.to]), ...creates.keys(), ...writes.keys(), ...removals])];
  const committing = repo !== undefined && options.commit;

  if (committing) {
    if (!options.author) throw new UserError(t('workspace.git.noIdentity'));
    if (options.requireClean) {
      const states = await uncommitted(repo, touched.filter((p) => existsSync(p)));
      if (states.length > 0) {
        const list = states.map((s) => `${s.path}${s.untracked ? ` (${t('workspace.git.untracked')})` : ''}`).join(', ');
        throw new UserError(t('workspace.git.dirty', { files: list }));
      }
    }
  }

  const tx = new Transaction(repo);
  let step: ApplyError['step'] = 'write';
  try {
    // Without a commit, git mv / git rm keep the index telling the story; with one, the commit
    // stages the paths itself (a moved-away or removed path stages as a deletion).
    const viaGit = async (path: string) => repo !== undefined && !options.commit && (await tracked(repo, path));
    for (const { from, to } of moves) await tx.move(from, to, await viaGit(from));
    for (const [path, text] of creates) await tx.create(path, text);
    for (const [path, data] of writes) await tx.write(path, data);
    for (const path of removals) await tx.remove(path, await viaGit(path));

    const applied: Applied = { files: touched.map((p) => relPath(options.root, p)).sort(), written: [...creates.keys(), ...writes.keys()] };
    if (!repo) return { ...applied, notCommitted: { reason: 'not-a-repo' } };
    if (!options.commit) return { ...applied, notCommitted: { reason: 'no-commit' } };
    step = 'commit';
    const paths = await committable(repo, touched);
    let commit: string;
    try {
      commit = await tx.commit(paths, change.message, options.author!, options.requireNewCommit === true, options.committer);
    } catch (error) {
      if (options.keepIfCommitFails) return { ...applied, notCommitted: { reason: 'failed', error: gitMessage(error) } };
      throw error;
    }
    if (!change.tag) return { ...applied, commit };
    step = 'tag';
    await tx.tag(change.tag.name, change.tag.message, options.author!);
    return { ...applied, commit, tag: change.tag.name };
  } catch (error) {
    throw new ApplyError(step, error, await tx.rollback());
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

/** Every step taken, so that a failure can undo exactly those. */
class Transaction {
  /** Files as they were before (undefined: the file did not exist), in the order first touched. */
  private readonly before = new Map<string, Buffer | undefined>();
  private readonly madeDirs: string[] = [];
  private readonly gitMoves: { from: string; to: string }[] = [];
  private readonly gitRemovals: string[] = [];
  private head: string | undefined;
  private committed: { commit: string; paths: string[] } | undefined;
  /** Paths a commit was tried for: `git add` staged them even when the commit then failed. */
  private attempted: string[] | undefined;
  private tagged: string | undefined;

  constructor(private readonly repo: GitRepo | undefined) {}

  private async remember(path: string): Promise<void> {
    if (this.before.has(path)) return;
    this.before.set(path, await readFile(path).catch(() => undefined));
    for (let dir = dirname(path); !existsSync(dir) && dirname(dir) !== dir; dir = dirname(dir)) this.madeDirs.push(dir);
  }

  async create(path: string, text: string | Buffer): Promise<void> {
    const dirs: string[] = [];
    for (let dir = dirname(path); !existsSync(dir) && dirname(dir) !== dir; dir = dirname(dir)) dirs.push(dir);
    // Exclusive: a file of that name (someone else's record) is never touched, not even by an undo.
    await writeNewFileAtomic(path, text, () => new UserError(t('io.exists', { path })));
    this.madeDirs.push(...dirs);
    if (!this.before.has(path)) this.before.set(path, undefined);
  }

  async write(path: string, data: string | Buffer): Promise<void> {
    await this.remember(path);
    await writeFileAtomic(path, data);
  }

  async move(from: string, to: string, viaGit: boolean): Promise<void> {
    await this.remember(from);
    await this.remember(to);
    await mkdir(dirname(to), { recursive: true });
    if (viaGit && this.repo) {
      await move(this.repo, from, to);
      this.gitMoves.push({ from, to });
    } else {
      await rename(from, to);
    }
    await removeEmptyFolder(dirname(from));
  }

  async remove(path: string, viaGit: boolean): Promise<void> {
    await this.remember(path);
    if (viaGit && this.repo) {
      await remove(this.repo, path);
      this.gitRemovals.push(path);
    } else {
      await unlink(path);
    }
    await removeEmptyFolder(dirname(path));
  }

  async commit(paths: string[], message: string, author: Identity, requireNew: boolean, committer?: Identity): Promise<string> {
    const repo = this.repo!;
    this.head = await repo.headCommit();
    this.attempted = paths;
    const commit = await repo.commitPaths(paths, message, author, committer);
    if (commit === this.head) {
      if (requireNew) throw new Error(t('finalize.error.nothingCommitted'));
      // HEAD did not move: right when the files already were as committed, a failure otherwise
      // (git can fail, a refusing hook for one, without saying anything).
      const left = await uncommitted(repo, paths.filter((p) => existsSync(p)));
      if (left.length > 0) throw new Error(t('io.notCommitted'));
      return commit;
    }
    this.committed = { commit, paths };
    return commit;
  }

  async tag(name: string, message: string, author: Identity): Promise<void> {
    if (!this.committed) throw new Error('internal error: tag before commit');
    const ident = ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email ?? ''}`];
    await this.repo!.raw([...ident, 'tag', '-a', name, '-m', message, this.committed.commit]);
    this.tagged = name;
  }

  /** Undoes what was done, newest first; returns what could not be undone (empty when all was). */
  async rollback(): Promise<string[]> {
    const problems: string[] = [];
    const repo = this.repo;
    if (this.tagged && repo) await repo.raw(['tag', '-d', this.tagged]).catch((e) => problems.push(gitMessage(e)));
    if (this.committed && repo) {
      try {
        // Only if HEAD is still our commit: move it back, and put the index entries of our paths
        // back as they were; every other staged or unstaged change of the user stays.
        if (this.head) {
          await repo.raw(['update-ref', '-m', 'pedoman: undo', 'HEAD', this.head, this.committed.commit]);
          await repo.raw(['reset', '-q', this.head, '--', ...this.committed.paths]);
        } else {
          problems.push(t('finalize.error.firstCommit'));
        }
      } catch (error) {
        problems.push(gitMessage(error));
      }
    }
    // git add (of a commit that failed), git mv and git rm changed the index: put those entries
    // back as HEAD has them.
    if (repo && !this.committed) {
      const paths = [...(this.attempted ?? []), ...this.gitMoves.flatMap((m) => [m.from, m.to]), ...this.gitRemovals];
      if (paths.length > 0) await repo.raw(['reset', '-q', '--', ...new Set(paths)]).catch((e) => problems.push(gitMessage(e)));
    }
    for (const [path, bytes] of [...this.before].reverse()) {
      try {
        if (bytes === undefined) await unlink(path);
        else {
          await mkdir(dirname(path), { recursive: true });
          await writeFileAtomic(path, bytes);
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${path}: ${gitMessage(error)}`);
      }
    }
    for (const dir of this.madeDirs) await rmdir(dir).catch(() => undefined); // only when left empty
    return problems;
  }
}

async function removeEmptyFolder(dir: string): Promise<void> {
  try {
    await rmdir(dir); // only succeeds when empty
  } catch {
    // not empty, or already gone
  }
}
