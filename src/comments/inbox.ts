// What the review log holds for one person: answers to their comments waiting for their
// acceptance or objection, replies to them not yet taken up, objections to the answers they gave,
// and their threads still with the drafting team. Pure functions of the threads; `pedoman inbox`
// shows them and `pedoman sync` counts what just arrived.
import type { Act, CommentRecord, Person } from '../model/comment-types.js';
import { samePerson, type Thread, type Threads } from '../model/threads.js';

export interface Inbox {
  /** Threads of theirs answered and waiting for them to accept or object. */
  toAccept: Thread[];
  /** Replies by others to their comments or replies, newer than anything they did in the thread. */
  replies: { thread: Thread; reply: CommentRecord }[];
  /** Threads whose latest answer they gave, and whose commenter objected to it. */
  objections: Thread[];
  /** Their threads waiting for the drafting team (open or objected). */
  waiting: Thread[];
  /** Their threads that are closed (accepted, overruled, withdrawn), for the count. */
  closed: number;
}

export function inboxOf(threads: Threads, me: Person): Inbox {
  const inbox: Inbox = { toAccept: [], replies: [], objections: [], waiting: [], closed: 0 };
  for (const thread of threads.all()) {
    const mine = samePerson(thread.root.author, me);
    if (mine) {
      if (thread.state === 'answered') inbox.toAccept.push(thread);
      else if (thread.state === 'open' || thread.state === 'objected') inbox.waiting.push(thread);
      else inbox.closed++;
    }
    if (thread.state === 'objected' && thread.answer && samePerson(thread.answer.author, me)) inbox.objections.push(thread);
    const entries = threads.thread(thread.root);
    const lastMine = latestBy(thread, entries.map((e) => e.record), me);
    for (const { record } of entries) {
      if (record.reply_to === undefined || samePerson(record.author, me)) continue;
      const parent = threads.byId.get(record.reply_to);
      if (!parent || !samePerson(parent.author, me)) continue;
      if (lastMine !== undefined && lastMine >= record.id) continue; // they acted in the thread since
      inbox.replies.push({ thread, reply: record });
    }
  }
  return inbox;
}

/** The id of the latest comment, reply or act by `me` in the thread (ids sort by time). */
function latestBy(thread: Thread, comments: readonly CommentRecord[], me: Person): string | undefined {
  let latest: string | undefined;
  for (const c of comments) if (samePerson(c.author, me) && (latest === undefined || c.id > latest)) latest = c.id;
  for (const e of thread.events) if (samePerson(e.act.author, me) && (latest === undefined || e.act.file > latest)) latest = e.act.file;
  return latest;
}

/** What arrived for `me` among the acts with these file ids (what a pull brought in). */
export interface Arrived {
  /** Answers (and overrulings) to their comments. */
  answered: number;
  /** Replies to their comments or replies. */
  replies: number;
  /** Acceptances and objections of answers they gave. */
  verdicts: number;
}

export function arrivedFor(threads: Threads, me: Person, files: ReadonlySet<string>): Arrived {
  const out: Arrived = { answered: 0, replies: 0, verdicts: 0 };
  const answeredThreads = new Set<string>();
  for (const act of threads.acts) {
    if (!files.has(act.file) || samePerson(act.author, me)) continue;
    const thread = threadOfAct(threads, act);
    if (!thread) continue;
    if ((act.kind === 'answer' || act.kind === 'overrule') && samePerson(thread.root.author, me)) answeredThreads.add(thread.root.id);
    else if (act.kind === 'comment' && act.comment.reply_to !== undefined) {
      const parent = threads.byId.get(act.comment.reply_to);
      if (parent && samePerson(parent.author, me)) out.replies++;
    } else if ((act.kind === 'accept' || act.kind === 'object') && thread.answer && samePerson(thread.answer.author, me)) out.verdicts++;
  }
  out.answered = answeredThreads.size;
  return out;
}

function threadOfAct(threads: Threads, act: Act): Thread | undefined {
  return threads.threadOf(act.kind === 'comment' ? act.comment.id : act.file);
}
