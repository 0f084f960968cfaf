// Edits of the draft itself (sections and items: manifest, section files, the comments that
// follow a renamed section or item), applied through the one write path: computed in full
// first, refused while a touched file holds uncommitted work, committed as one commit by git's
// identity, undone entirely when a step fails.
import { UserError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../git/repo.js';
import { ApplyError, applyChange, type Change } from './apply.js';
import { committer } from './identity.js';

export interface Edit {
  /** Files to move first (absolute paths); their content may then be rewritten by `writes`. */
  moves: { from: string; to: string }[];
  /** New full texts (absolute path → text), for new and existing files. */
  writes: Map<string, string>;
  /** Files to delete (absolute paths). */
  removals: string[];
  /** The commit message, one line. */
  message: string;
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
  const change: Change = { message: edit.message, moves: edit.moves, writes: edit.writes, removals: edit.removals };
  try {
    const applied = await applyChange(change, { root, env, repo, commit: options.commit, requireClean: true, ...(author ? { author } : {}) });
    if (applied.commit) return { files: applied.files, commit: applied.commit };
    return applied.notCommitted?.reason === 'no-commit' ? { files: applied.files, uncommitted: true } : { files: applied.files };
  } catch (error) {
    if (!(error instanceof ApplyError)) throw error;
    const files = [...new Set([...edit.moves.flatMap((m) => [m.from, m.to]), ...edit.writes.keys(), ...edit.removals])].join(', ');
    if (error.leftOver.length > 0) throw new UserError(t('workspace.git.undoFailed', { files, reason: error.message, problems: error.leftOver.join('; ') }));
    throw new UserError(t('workspace.git.commitFailed', { files, reason: error.message }));
  }
}
