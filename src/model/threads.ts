// Comments form threads: a top-level comment and the replies under it (a reply may answer a
// reply). The thread's status is its first comment's; a reply has no status of its own.
import type { CommentRecord, CommentStatus } from './comment-types.js';

export interface ThreadEntry {
  record: CommentRecord;
  /** 0 for the first comment, 1 for a reply to it, and so on. */
  depth: number;
}

export class Threads {
  readonly byId: Map<string, CommentRecord>;
  private readonly children = new Map<string, CommentRecord[]>();

  constructor(readonly comments: readonly CommentRecord[]) {
    this.byId = new Map(comments.map((c) => [c.id, c]));
    for (const c of [...comments].sort(byId)) {
      if (c.reply_to === undefined || !this.byId.has(c.reply_to)) continue;
      const list = this.children.get(c.reply_to);
      if (list) list.push(c);
      else this.children.set(c.reply_to, [c]);
    }
  }

  /** The first comment of the thread holding this one (itself when it is not a reply). */
  rootOf(comment: CommentRecord): CommentRecord {
    let current = comment;
    const seen = new Set<string>([current.id]);
    while (current.reply_to !== undefined) {
      const parent = this.byId.get(current.reply_to);
      if (!parent || seen.has(parent.id)) break; // a dangling or circular reply_to (validate reports it)
      seen.add(parent.id);
      current = parent;
    }
    return current;
  }

  status(comment: CommentRecord): CommentStatus {
    return this.rootOf(comment).status;
  }

  /** The whole thread in reading order: each comment followed by its replies, oldest first. */
  thread(root: CommentRecord): ThreadEntry[] {
    const out: ThreadEntry[] = [];
    const seen = new Set<string>();
    const walk = (c: CommentRecord, depth: number) => {
      if (seen.has(c.id)) return;
      seen.add(c.id);
      out.push({ record: c, depth });
      for (const child of this.children.get(c.id) ?? []) walk(child, depth + 1);
    };
    walk(root, 0);
    return out;
  }

  /** Every comment in reading order, threads ordered by `order` of their first comment. */
  ordered(compareRoots: (a: CommentRecord, b: CommentRecord) => number): ThreadEntry[] {
    const roots = this.comments.filter((c) => this.rootOf(c) === c).sort((a, b) => compareRoots(a, b) || byId(a, b));
    return roots.flatMap((r) => this.thread(r));
  }
}

function byId(a: CommentRecord, b: CommentRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
