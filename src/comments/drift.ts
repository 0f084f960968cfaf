// Has the passage a comment is about changed since the comment was made? Compares the item
// (or, for a comment on a whole section, the section) as it is now with the same item in the
// commit the comment records. Comments made on the same commit share one `git show` per file.
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { GitRepo } from '../git/repo.js';
import type { SectionAnchor } from './anchors.js';
import type { CommentRecord } from '../model/comment-types.js';
import { containsQuote } from './quotes.js';

export type Drift =
  /** Same as in the commit the comment was made on. */
  | 'unchanged'
  /** Different now. */
  | 'changed'
  /** The item (or section) no longer exists. */
  | 'removed'
  /** Cannot tell: no commit recorded, not a git repository, or the commit is not known here. */
  | 'unknown';

export interface AnchorState {
  drift: Drift;
  /** The quoted passage is no longer found in the item's (or section's) text. */
  quoteMissing: boolean;
}

export async function anchorStates(
  comments: readonly CommentRecord[],
  anchors: readonly SectionAnchor[],
  repo: GitRepo | undefined,
): Promise<Map<string, AnchorState>> {
  const sections = new Map(anchors.map((s) => [s.id, s]));
  // Items by id per section: looked up once per comment, never scanned.
  const items = new Map(anchors.map((s) => [s.id, new Map(s.items.map((i) => [i.id, i]))]));
  const states = new Map<string, AnchorState>();
  const wanted = new Map<string, { commit: string; rel: string }>();
  const targets = new Map<string, unknown>();

  for (const comment of comments) {
    const section = sections.get(comment.section);
    const current = section === undefined ? undefined : comment.item === undefined ? section.data : items.get(section.id)?.get(comment.item)?.data;
    targets.set(comment.id, current);
    const quoteMissing = comment.quote !== undefined && current !== undefined && !containsQuote(current, comment.quote);
    states.set(comment.id, { drift: current === undefined ? 'removed' : 'unknown', quoteMissing });
    if (current !== undefined && repo && comment.commit && section) {
      // Where the comment was made: its section's file then (before any rename moved the thread).
      const rel = thenPath(comment, section);
      wanted.set(`${comment.commit}\0${rel}`, { commit: comment.commit, rel });
    }
  }
  if (!repo || wanted.size === 0) return states;

  const then = new Map<string, unknown>();
  await Promise.all(
    [...wanted].map(async ([key, { commit, rel }]) => {
      const text = await repo.showFile(commit, rel);
      if (text === undefined) return;
      try {
        then.set(key, parse(text) as unknown);
      } catch {
        // The file did not parse at that commit: cannot compare.
      }
    }),
  );
  for (const comment of comments) {
    const state = states.get(comment.id)!;
    if (state.drift === 'removed' || !comment.commit) continue;
    const section = sections.get(comment.section)!;
    const old = then.get(`${comment.commit}\0${thenPath(comment, section)}`);
    if (old === undefined) continue;
    const item = comment.origin ? comment.origin.item : comment.item;
    const before = item === undefined ? old : findItem(old, item);
    if (before === undefined) continue; // the item did not exist yet at that commit
    // A renamed id is not a change of what the comment is about.
    state.drift = isDeepStrictEqual(withoutId(before), withoutId(targets.get(comment.id))) ? 'unchanged' : 'changed';
  }
  return states;
}

/** The section file the comment was made on, relative to the guideline: where its thread was then. */
function thenPath(comment: CommentRecord, section: SectionAnchor): string {
  if (!comment.origin || comment.origin.section === comment.section) return section.file.rel;
  return section.file.rel.replace(/[^/]+\.yaml$/, `${comment.origin.section}.yaml`);
}

function withoutId(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { id: _id, ...rest } = value as Record<string, unknown>;
  return rest;
}

function findItem(section: unknown, id: string): unknown {
  if (!section || typeof section !== 'object') return undefined;
  const items = (section as Record<string, unknown>).items;
  if (!Array.isArray(items)) return undefined;
  return items.find((i) => i && typeof i === 'object' && (i as Record<string, unknown>).id === id);
}
