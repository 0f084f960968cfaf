// Writing review comments, through the one write path: a new comment (or reply) is a new file,
// created exclusively (never over another); an answer, a reopening or the commenter's verdict
// changes only the resolution fields of the thread's first file. Each is committed alone, as the
// person acting. A comment is a person's words: when only its commit fails it stays on disk and
// the failure is said, rather than being undone.
import type { GitRepo } from '../git/repo.js';
import type { CommentRecord, Person } from '../model/comment-types.js';
import type { Stored } from '../model/records.js';
import { applyResolution, commentPath, commentToYaml, type ResolutionChange } from '../comments/record.js';
import { applyChange, type Applied, type Change } from './apply.js';

/** Where a new comment goes and what it holds. */
export function newComment(root: string, record: CommentRecord, message: string): { path: string; change: Change } {
  const path = commentPath(root, record.section, record.id);
  return { path, change: { message, creates: new Map([[path, commentToYaml(record)]]) } };
}

/** The thread's first file with its resolution fields changed, nothing else (its bytes stay as written). */
export function resolutionChange(stored: Stored<CommentRecord>, change: ResolutionChange, message: string): { path: string; text: string; change: Change } {
  const text = applyResolution(stored.file.text, change);
  return { path: stored.file.path, text, change: { message, writes: new Map([[stored.file.path, text]]) } };
}

export interface Saved {
  /** The commit made, when one was. */
  commit?: string;
  /** Why nothing was committed. */
  reason?: 'no-commit' | 'not-a-repo' | 'failed';
  error?: string;
}

/** Applies a comment's change and commits it (unless told not to or outside git). */
export async function saveComment(where: { root: string; env: NodeJS.ProcessEnv; repo: GitRepo | undefined }, change: Change, author: Person, commit: boolean): Promise<Saved> {
  const applied: Applied = await applyChange(change, { ...where, commit, author, keepIfCommitFails: true });
  if (applied.commit) return { commit: applied.commit };
  const why = applied.notCommitted;
  if (why?.reason === 'failed') return { reason: 'failed', error: why.error };
  return { reason: why?.reason ?? 'not-a-repo' };
}
