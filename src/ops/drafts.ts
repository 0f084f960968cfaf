// What a person had answered when they pressed Ctrl-C in `comment add`, kept so that the next
// `comment add` can resume it. Drafts live in the repository's git folder (.git/pedoman/drafts/),
// never in the guideline's tree: they are one person's unfinished work, not to be committed or
// pushed. Written atomically; a draft that cannot be read is treated as none.
import { readFile, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { GitRepo } from '../git/repo.js';
import { writeFileAtomic } from '../util/atomic.js';

export interface CommentDraft {
  version: 1;
  /** When it was kept (ISO 8601, UTC). */
  saved: string;
  section: string;
  /** The item's id; absent for the whole section or when the item was not chosen yet. */
  item?: string;
  /** The names of the questions already answered (an answer may be "skipped"). */
  answered: DraftField[];
  quote?: string;
  type?: string;
  text?: string;
  proposed_change?: string;
  /** A text being typed when Ctrl-C came, to be continued. */
  partial?: { field: 'text' | 'proposed_change'; value: string; /** Its last line was still being typed. */ open?: boolean };
}

export type DraftField = 'item' | 'quote' | 'type' | 'text' | 'proposed_change';

/** The draft file of `comment add` for the guideline at `root` (one per guideline of the repository). */
export function draftPath(repo: GitRepo, root: string): string {
  const rel = relative(repo.top, root).replace(/[\\/]+/g, '--').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(repo.gitDir, 'pedoman', 'drafts', rel === '' ? 'comment-add.json' : `comment-add.${rel}.json`);
}

export async function readDraft(path: string): Promise<CommentDraft | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const draft = JSON.parse(text) as CommentDraft;
    if (draft?.version !== 1 || typeof draft.section !== 'string' || !Array.isArray(draft.answered)) return undefined;
    return draft;
  } catch {
    return undefined;
  }
}

export async function writeDraft(path: string, draft: CommentDraft): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(draft, null, 2)}\n`);
}

export async function removeDraft(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
