// Edits of the draft itself (sections and items: manifest, section files, and the threads that
// follow a renamed section or item, each by a new `move` act of the review log: no comment file
// is rewritten), applied through the one write path: computed in full first, refused while a
// touched file holds uncommitted work, committed as one commit by git's identity, undone
// entirely when a step fails.
import { userInfo } from 'node:os';
import { UserError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../git/repo.js';
import { ApplyError, applyChange, type Change } from './apply.js';
import { actingPerson, committer } from './identity.js';
import { newCommentId } from '../model/ids.js';
import type { Person, StoredAct } from '../model/comment-types.js';
import { ACT_TRAILER, newAct } from './comments.js';

/** A thread that follows its renamed section or item: where it is now. */
export interface ThreadMove {
  thread: string;
  section: string;
  item?: string;
}

export interface Edit {
  /** Files to move first (absolute paths); their content may then be rewritten by `writes`. */
  moves: { from: string; to: string }[];
  /** New full texts (absolute path → text), for new and existing files. */
  writes: Map<string, string>;
  /** Files to delete (absolute paths). */
  removals: string[];
  /** The commit message, one line. */
  message: string;
  /** Threads that follow the edit (a `move` act each, written when the edit is applied). */
  threadMoves?: ThreadMove[];
}

export interface Edited {
  /** Touched files, relative to the guideline root. */
  files: string[];
  /** The new commit, when one was made. */
  commit?: string;
  /** Set when inside a repository but not committed (--no-commit). */
  uncommitted?: boolean;
}

export function emptyEdit(message: string): Edit {
  return { moves: [], writes: new Map(), removals: [], message };
}

export async function applyEdit(root: string, env: NodeJS.ProcessEnv, edit: Edit, options: { commit: boolean }): Promise<Edited> {
  const repo = await openRepo(root, env);
  let author;
  if (repo && options.commit) {
    author = await committer(repo, env);
    if (!author) throw new UserError(t('workspace.git.noIdentity'));
  }
  const creates = new Map<string, string>();
  const trailers: string[] = [];
  if (edit.threadMoves && edit.threadMoves.length > 0) {
    const who: Person = author ?? (await whoEdits(root, repo, env));
    const created = new Date().toISOString();
    const commit = repo ? await repo.headCommit() : undefined;
    for (const move of edit.threadMoves) {
      const act: StoredAct = {
        id: newCommentId(), section: move.section, act: 'move', thread: move.thread, ...(move.item !== undefined ? { item: move.item } : {}),
        author: who, created, ...(commit ? { commit } : {}),
      };
      const { path, text } = newAct(root, act, '');
      creates.set(path, text);
      trailers.push(`${ACT_TRAILER}: ${act.id}`);
    }
  }
  const message = trailers.length > 0 ? `${edit.message}\n\n${trailers.join('\n')}` : edit.message;
  const change: Change = { message, moves: edit.moves, writes: edit.writes, removals: edit.removals, creates };
  try {
    const applied = await applyChange(change, { root, env, repo, commit: options.commit, requireClean: true, ...(author ? { author } : {}) });
    if (applied.commit) return { files: applied.files, commit: applied.commit };
    return applied.notCommitted?.reason === 'no-commit' ? { files: applied.files, uncommitted: true } : { files: applied.files };
  } catch (error) {
    if (!(error instanceof ApplyError)) throw error;
    const files = [...new Set([...edit.moves.flatMap((m) => [m.from, m.to]), ...edit.writes.keys(), ...creates.keys(), ...edit.removals])].join(', ');
    if (error.leftOver.length > 0) throw new UserError(t('workspace.git.undoFailed', { files, reason: error.message, problems: error.leftOver.join('; ') }));
    throw new UserError(t('workspace.git.commitFailed', { files, reason: error.message }));
  }
}

/** Who records a move outside git or with --no-commit: git's configured name, else the login name. */
async function whoEdits(root: string, repo: Awaited<ReturnType<typeof openRepo>>, env: NodeJS.ProcessEnv): Promise<Person> {
  const person = await actingPerson({ root, repo, env }, {});
  if (person.name !== undefined) return person as Person;
  let login = env.USER ?? env.USERNAME;
  try {
    login ??= userInfo().username;
  } catch {
    // no login name either
  }
  return { name: login && login.trim() !== '' ? login : 'pedoman' };
}
