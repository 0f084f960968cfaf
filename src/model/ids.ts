// Comment ids: lower-case ULIDs, made without coordination and sorting by time, so many
// reviewers can add comments in their own clones and never collide. Shown by their shortest
// unique prefix of at least 12 characters (the time to the millisecond and two characters of the
// random part, so that an id printed today is not made ambiguous by a comment someone else made
// in the same quarter second) and accepted by any unique prefix, as git does.
import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/** A lower-case ULID: 26 Crockford base-32 characters (no i, l, o, u). */
export const COMMENT_ID = /^[0-9a-hjkmnp-tv-z]{26}$/;
export const SHORT_ID_MIN = 12;

// Monotonic within this process: two ids made in the same millisecond still sort in order.
// node:crypto directly, as ulid's own detection starts the slower Web Crypto API.
const next = monotonicFactory(() => randomBytes(1).readUInt8() / 256);

export function newCommentId(now: number = Date.now()): string {
  return next(now).toLowerCase();
}

export function isCommentId(value: string): boolean {
  return COMMENT_ID.test(value);
}

/** For every id, its shortest prefix of at least SHORT_ID_MIN characters that no other id shares. */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const out = new Map<string, string>();
  sorted.forEach((id, i) => {
    // In sorted order the longest shared prefix is with a neighbour.
    const shared = Math.max(commonPrefix(id, sorted[i - 1]), commonPrefix(id, sorted[i + 1]));
    out.set(id, id.slice(0, Math.min(id.length, Math.max(SHORT_ID_MIN, shared + 1))));
  });
  return out;
}

function commonPrefix(a: string, b: string | undefined): number {
  if (b === undefined) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export type PrefixMatch =
  | { kind: 'found'; id: string }
  | { kind: 'none' }
  | { kind: 'ambiguous'; ids: string[] };

/** Resolves an id or unique prefix (any case) against the known ids. */
export function matchPrefix(input: string, ids: readonly string[]): PrefixMatch {
  const prefix = input.trim().toLowerCase();
  if (prefix === '') return { kind: 'none' };
  if (ids.includes(prefix)) return { kind: 'found', id: prefix };
  const matches = [...new Set(ids.filter((id) => id.startsWith(prefix)))].sort();
  if (matches.length === 1) return { kind: 'found', id: matches[0]! };
  if (matches.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', ids: matches };
}
