// Writing the review log, through the one write path: every act (a comment, a reply, an answer,
// an acceptance or objection, a reopening, a withdrawal, a correction, an overruling) is a new
// file, created exclusively (never over another) and never edited afterwards. Each is committed
// alone, as the person who recorded it, with a `Comment-Id:` trailer naming the file (how
// `validate` tells an act pedoman recorded from one added by hand). An act is a person's words:
// when only its commit fails it stays on disk and the failure is said, rather than being undone.
import type { GitRepo } from '../git/repo.js';
import type { Person, StoredAct } from '../model/comment-types.js';
import { actToYaml, commentPath } from '../comments/record.js';
import { applyChange, type Applied, type Change } from './apply.js';

/** The trailer every act's commit carries: the id of the file it adds. */
export const ACT_TRAILER = 'Comment-Id';

/** Where a new act goes and what it holds. */
export function newAct(root: string, record: StoredAct, message: string): { path: string; text: string; change: Change } {
  const path = commentPath(root, record.section, record.id);
  const text = actToYaml(record);
  return { path, text, change: { message, creates: new Map([[path, text]]) } };
}

/** Several acts in one change (one commit): an import's acts of one reviewer. */
export function newActs(root: string, records: readonly StoredAct[], message: string): { paths: string[]; change: Change } {
  const creates = new Map<string, string>();
  for (const record of records) creates.set(commentPath(root, record.section, record.id), actToYaml(record));
  return { paths: [...creates.keys()], change: { message, creates } };
}

export interface Saved {
  /** The commit made, when one was. */
  commit?: string;
  /** Why nothing was committed. */
  reason?: 'no-commit' | 'not-a-repo' | 'failed';
  error?: string;
}

/**
 * Applies an act's change and commits it (unless told not to or outside git) as `recorder`;
 * with `committer`, the commit is authored by `recorder` and committed by `committer` (acts
 * imported from a reviewer's file: the reviewer's words, brought in by someone else).
 */
export async function saveAct(
  where: { root: string; env: NodeJS.ProcessEnv; repo: GitRepo | undefined },
  change: Change,
  recorder: Person,
  commit: boolean,
  committer?: Person,
): Promise<Saved> {
  const applied: Applied = await applyChange(change, { ...where, commit, author: recorder, keepIfCommitFails: true, ...(committer ? { committer } : {}) });
  if (applied.commit) return { commit: applied.commit };
  const why = applied.notCommitted;
  if (why?.reason === 'failed') return { reason: 'failed', error: why.error };
  return { reason: why?.reason ?? 'not-a-repo' };
}
