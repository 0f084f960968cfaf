// Comments form threads: a top-level comment, the replies under it (a reply may answer a reply)
// and the acts on it: the drafting team's answers, the commenter's acceptance or objection,
// reopenings, a withdrawal, corrections, an objection overruled. Every act is its own file and
// none is ever edited, so two clones acting on one thread never conflict; the thread's state is
// derived here by replaying its acts in id order (ids sort by time; equal times by their random
// part, the same everywhere). Contradictory acts stay a sequence: an acceptance of an answer
// that was reopened meanwhile is shown, after the reopening, and does not count.
import type {
  Act, AnswerAct, CommentAct, CommentRecord, CorrectAct, MoveAct, OverruleAct, Person, ReopenAct, StoredAct, ThreadState, VerdictAct,
} from './comment-types.js';

export interface ThreadEntry {
  record: CommentRecord;
  /** 0 for the first comment, 1 for a reply to it, and so on. */
  depth: number;
}

/** Why an act did not change its thread's state. */
export type NotCounted =
  | 'not-commenter' // accept, object, withdraw in the name of someone who is not the commenter
  | 'not-author' // a correction of someone else's words
  | 'superseded' // accept or object of an answer that a later answer replaced
  | 'reopened' // accept or object of an answer after the thread was reopened
  | 'not-answered' // accept or object before any answer
  | 'no-objection' // overrule without an objection in force
  | 'overruled' // an objection after the objection was overruled
  | 'withdrawn'; // accept or object on a withdrawn comment

export interface ThreadEvent {
  act: Act;
  /** The thread's state after the act. */
  state: ThreadState;
  /** Set when the act did not count. */
  notCounted?: NotCounted;
  /** The last act that had changed the state before this one (for "reopened by A after B accepted"). */
  after?: Act;
}

export interface Thread {
  /** The first comment, as it reads now (corrections applied). */
  root: CommentRecord;
  state: ThreadState;
  /** The latest answer (still shown when the thread was reopened). */
  answer?: AnswerAct;
  /** The commenter's acceptance or objection of that answer, when it counts. */
  verdict?: VerdictAct;
  /** The objection overruled, and how, when the state is overruled. */
  overrule?: OverruleAct;
  /** The withdrawal, when the state is withdrawn. */
  withdrawal?: ReopenAct;
  /** Every act but the comments and replies, in order, with what each did. */
  events: ThreadEvent[];
  /** Ids of the comments and replies of the thread that were corrected. */
  corrected: Set<string>;
  /** The time of the thread's latest act. */
  last: string;
}

/** A problem with an act's references, reported by the model as a comment-file finding. */
export interface ActProblem {
  file: string;
  key: 'thread' | 'answer' | 'objection' | 'target' | 'reply_to';
  message: 'unknownThread' | 'notFirst' | 'unknownReply' | 'unknownAnswer' | 'unknownObjection' | 'unknownTarget' | 'otherSection';
  ref: string;
}

/** The typed acts a stored file holds: one for a file of the review log, up to four for a legacy file. */
export function actsOf(stored: StoredAct): Act[] {
  // Built by assignment, not by spreading parts: this runs once per file (28,000 in the bench),
  // and spreading objects of several shapes is slow. The keys come in the same order as ever:
  // file, section, created, id, kind, author, recorded_by, note, then the act's own.
  switch (stored.act) {
    case undefined:
    case 'comment':
    case 'reply': {
      const comment: CommentRecord = { id: stored.id, section: stored.section, type: stored.type ?? 'umum', text: stored.text ?? '', author: stored.author, created: stored.created };
      if (stored.item !== undefined) comment.item = stored.item;
      if (stored.quote !== undefined) comment.quote = stored.quote;
      if (stored.reply_to !== undefined) comment.reply_to = stored.reply_to;
      if (stored.proposed_change !== undefined) comment.proposed_change = stored.proposed_change;
      if (stored.reason !== undefined) comment.reason = stored.reason;
      if (stored.commit !== undefined) comment.commit = stored.commit;
      const act = actHead(stored, 'comment') as CommentAct;
      act.comment = comment;
      if (stored.imported !== undefined) act.imported = stored.imported;
      const acts: Act[] = [act];
      if (stored.act === undefined && stored.reply_to === undefined) acts.push(...legacyResolution(stored));
      return acts;
    }
    case 'answer': {
      const act = actHead(stored, 'answer') as AnswerAct;
      act.thread = stored.thread!;
      act.disposition = stored.disposition!;
      act.response = stored.response!;
      return [act];
    }
    case 'accept':
    case 'object': {
      const act = actHead(stored, stored.act) as VerdictAct;
      act.thread = stored.thread!;
      act.answer = stored.answer;
      if (stored.text !== undefined) act.text = stored.text;
      return [act];
    }
    case 'reopen':
    case 'withdraw': {
      const act = actHead(stored, stored.act) as ReopenAct;
      act.thread = stored.thread!;
      if (stored.text !== undefined) act.text = stored.text;
      return [act];
    }
    case 'correct': {
      const changes: Partial<Pick<CommentRecord, 'text' | 'proposed_change' | 'quote' | 'type'>> = {};
      if (stored.text !== undefined) changes.text = stored.text;
      if (stored.proposed_change !== undefined) changes.proposed_change = stored.proposed_change;
      if (stored.quote !== undefined) changes.quote = stored.quote;
      if (stored.type !== undefined) changes.type = stored.type;
      const act = actHead(stored, 'correct') as CorrectAct;
      act.target = stored.target!;
      act.changes = changes;
      return [act];
    }
    case 'overrule': {
      const act = actHead(stored, 'overrule') as OverruleAct;
      act.thread = stored.thread!;
      act.objection = stored.objection!;
      act.response = stored.response!;
      return [act];
    }
    case 'move': {
      const act = actHead(stored, 'move') as MoveAct;
      act.thread = stored.thread!;
      act.item = stored.item;
      return [act];
    }
  }
}

/** What every act of a stored file starts with: where it is, when, whose. */
function actHead(stored: StoredAct, kind: Act['kind']): ActHead {
  const head: ActHead = { file: stored.id, section: stored.section, created: stored.created, id: stored.id, kind, author: stored.author };
  if (stored.recorded_by) head.recorded_by = stored.recorded_by;
  if (stored.note !== undefined) head.note = stored.note;
  return head;
}

type ActHead = Pick<Act, 'file' | 'section' | 'created' | 'id' | 'kind' | 'author' | 'recorded_by' | 'note'>;

/**
 * A comment file written before the review log kept the drafting team's answer (status,
 * disposition, response, resolved_by, resolved_at) and the commenter's verdict (accepted) in its
 * own fields: read as the acts they stand for, in the order they can only have happened.
 */
function legacyResolution(stored: StoredAct): Act[] {
  const acts: Act[] = [];
  if (stored.disposition === undefined) return acts;
  const at = stored.resolved_at ?? stored.created;
  const answer: AnswerAct = {
    id: `${stored.id}#answer`, file: stored.id, section: stored.section, created: at, legacy: true,
    author: stored.resolved_by, kind: 'answer', thread: stored.id, disposition: stored.disposition, response: stored.response ?? '',
  };
  acts.push(answer);
  if (stored.accepted !== undefined) {
    // Who accepted and when was not recorded: the acceptance counts as the commenter's, marked as legacy.
    acts.push({
      id: `${stored.id}#verdict`, file: stored.id, section: stored.section, created: at, legacy: true,
      author: undefined, kind: stored.accepted ? 'accept' : 'object', thread: stored.id, answer: stored.id,
    });
  }
  if (stored.status === 'open') {
    acts.push({ id: `${stored.id}#reopen`, file: stored.id, section: stored.section, created: at, legacy: true, author: undefined, kind: 'reopen', thread: stored.id });
  }
  return acts;
}

/** The same person: by e-mail when both have one, otherwise by name (any case). */
export function samePerson(a: Person | undefined, b: Person | undefined): boolean {
  if (!a || !b) return false;
  if (a.email && b.email) return a.email.trim().toLowerCase() === b.email.trim().toLowerCase();
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** Whose act it is. */
export function actor(act: Act): Person | undefined {
  return act.author;
}

/** Who recorded the act: the git author its commit should have. */
export function recorder(act: Act): Person | undefined {
  return act.recorded_by ?? act.author;
}

export class Threads {
  /** Every act, in order. */
  readonly acts: readonly Act[];
  /** Every comment and reply as it reads now, in id order. */
  readonly comments: readonly CommentRecord[];
  readonly byId: Map<string, CommentRecord>;
  /** Reference problems: an act naming a thread, answer, objection or comment that is not there. */
  readonly problems: ActProblem[] = [];
  readonly #threads = new Map<string, Thread>();
  readonly #children = new Map<string, CommentRecord[]>();
  readonly #byFile = new Map<string, Act>();
  #moves: Map<string, string[]> | undefined;
  #answers: Set<string> | undefined;
  readonly #commentActs = new Map<string, CommentAct>();

  constructor(stored: readonly StoredAct[]) {
    const acts: Act[] = [];
    for (const s of sortedById(stored)) {
      const own = actsOf(s);
      if (own.length === 1) acts.push(own[0]!);
      else for (const a of own) acts.push(a);
    }
    this.acts = acts;
    const originals = new Map<string, CommentRecord>();
    let anyCorrection = false;
    for (const act of acts) {
      if (!this.#byFile.has(act.file)) this.#byFile.set(act.file, act);
      if (act.kind === 'comment') {
        originals.set(act.comment.id, act.comment);
        this.#commentActs.set(act.comment.id, act);
      } else if (act.kind === 'correct') anyCorrection = true;
    }
    // Corrections first: what a comment says now is its author's latest correction.
    const current = new Map<string, CommentRecord>();
    for (const [id, c] of originals) current.set(id, { ...c });
    const corrections = new Map<string, Set<string>>();
    for (const act of anyCorrection ? acts : []) {
      if (act.kind !== 'correct') continue;
      const target = current.get(act.target);
      if (!target) {
        this.problems.push({ file: act.file, key: 'target', message: 'unknownTarget', ref: act.target });
        continue;
      }
      if (!samePerson(actor(act), originals.get(act.target)!.author)) continue; // shown, not applied
      Object.assign(target, act.changes);
      const set = corrections.get(act.target) ?? new Set<string>();
      set.add(act.id);
      corrections.set(act.target, set);
    }
    this.comments = [...current.values()];
    this.byId = current;
    // Moves: a thread follows its renamed section or item; each comment remembers where it was made.
    const moves = acts.filter((a) => a.kind === 'move');
    const members = new Map<string, CommentRecord[]>();
    if (moves.length > 0) {
      for (const c of this.comments) {
        const root = this.rootOf(c).id;
        const list = members.get(root);
        if (list) list.push(c);
        else members.set(root, [c]);
      }
    }
    for (const act of moves) {
      const root = current.get(act.thread);
      if (!root || root.reply_to !== undefined) continue; // reported with the other acts below
      for (const c of members.get(root.id) ?? []) {
        c.origin ??= { section: c.section, ...(c.item !== undefined ? { item: c.item } : {}) };
        c.section = act.section;
        if (act.item !== undefined) c.item = act.item;
        else delete c.item;
      }
    }
    for (const c of this.comments) {
      if (c.reply_to === undefined) continue;
      if (!this.byId.has(c.reply_to)) continue; // the comment-anchor rule reports it
      const list = this.#children.get(c.reply_to);
      if (list) list.push(c);
      else this.#children.set(c.reply_to, [c]);
    }
    // A reply that does not give its type has its thread's.
    for (const s of stored) {
      if (s.type !== undefined || s.reply_to === undefined) continue;
      const reply = this.byId.get(s.id);
      if (reply) reply.type = this.rootOf(reply).type;
    }
    for (const c of this.comments) {
      if (this.rootOf(c) !== c) continue;
      this.#threads.set(c.id, { root: c, state: 'open', events: [], corrected: new Set(), last: c.created });
    }
    for (const target of corrections.keys()) this.#threads.get(this.rootOf(this.byId.get(target)!).id)?.corrected.add(target);
    for (const act of acts) this.#replay(act);
  }

  #replay(act: Act): void {
    if (act.kind === 'comment') {
      const thread = this.threadOf(act.comment.id);
      if (thread && act.created > thread.last) thread.last = act.created;
      return;
    }
    const rootId = act.kind === 'correct' ? this.rootIdOf(act.target) : act.thread;
    const thread = rootId === undefined ? undefined : this.#threads.get(rootId);
    if (!thread) {
      if (act.kind !== 'correct') this.problems.push({ file: act.file, key: 'thread', message: this.byId.has(act.thread) ? 'notFirst' : 'unknownThread', ref: act.thread });
      return;
    }
    if (act.kind !== 'move' && act.kind !== 'correct' && !this.#wasOn(thread, act.section)) {
      this.problems.push({ file: act.file, key: 'thread', message: 'otherSection', ref: thread.root.id });
    }
    if (act.created > thread.last) thread.last = act.created;
    const before = thread.state;
    const after = lastCounted(thread);
    const notCounted = this.#apply(act, thread);
    // Built by assignment (keys in the same order as ever), not by spreading optional parts.
    const event: ThreadEvent = { act, state: thread.state };
    if (notCounted) event.notCounted = notCounted;
    if (after && (notCounted || before !== thread.state)) event.after = after;
    thread.events.push(event);
  }

  /** What the act does to its thread; why it did not count, when it did not. */
  #apply(act: Exclude<Act, CommentAct>, thread: Thread): NotCounted | undefined {
    const commenter = (a: Act) => a.legacy === true || samePerson(actor(a), thread.root.author);
    switch (act.kind) {
      case 'answer':
        thread.answer = act;
        delete thread.verdict;
        delete thread.overrule;
        delete thread.withdrawal;
        thread.state = 'answered';
        return undefined;
      case 'accept':
      case 'object': {
        if (act.answer !== undefined && !this.#isAnswer(act.answer, thread)) {
          this.problems.push({ file: act.file, key: 'answer', message: 'unknownAnswer', ref: act.answer });
        }
        if (!commenter(act)) return 'not-commenter';
        if (!thread.answer) return 'not-answered';
        if ((act.answer ?? thread.answer.file) !== thread.answer.file) return 'superseded';
        if (thread.state === 'open') return 'reopened';
        if (thread.state === 'withdrawn') return 'withdrawn';
        if (thread.state === 'overruled' && act.kind === 'object') return 'overruled';
        thread.verdict = act;
        delete thread.overrule;
        thread.state = act.kind === 'accept' ? 'accepted' : 'objected';
        return undefined;
      }
      case 'overrule': {
        const objection = thread.verdict?.kind === 'object' ? thread.verdict : undefined;
        if (!this.#byFile.has(act.objection)) this.problems.push({ file: act.file, key: 'objection', message: 'unknownObjection', ref: act.objection });
        if (thread.state !== 'objected' || !objection || objection.file !== act.objection) return 'no-objection';
        thread.overrule = act;
        thread.state = 'overruled';
        return undefined;
      }
      case 'reopen':
        delete thread.withdrawal;
        delete thread.verdict;
        delete thread.overrule;
        thread.state = 'open';
        return undefined;
      case 'withdraw':
        if (!commenter(act)) return 'not-commenter';
        thread.withdrawal = act;
        thread.state = 'withdrawn';
        return undefined;
      case 'move':
        return undefined;
      case 'correct':
        return samePerson(actor(act), this.#commentActs.get(act.target)?.comment.author) ? undefined : 'not-author';
    }
  }

  /** Whether the thread has been on the section: where it was made, or where a move took it. */
  #wasOn(thread: Thread, section: string): boolean {
    if (section === thread.root.section || section === (thread.root.origin?.section ?? thread.root.section)) return true;
    if (!this.#moves) {
      // Every move of every thread, found once (looking through all acts for each act made
      // reading 20,000 comments take a minute).
      this.#moves = new Map();
      for (const a of this.acts) {
        if (a.kind !== 'move') continue;
        const list = this.#moves.get(a.thread);
        if (list) list.push(a.section);
        else this.#moves.set(a.thread, [a.section]);
      }
    }
    return this.#moves.get(thread.root.id)?.includes(section) ?? false;
  }

  /** Whether the file holds an answer in this thread (a legacy comment file holds its own). */
  #isAnswer(file: string, thread: Thread): boolean {
    if (!this.#answers) {
      this.#answers = new Set();
      for (const a of this.acts) if (a.kind === 'answer') this.#answers.add(`${a.file} ${a.thread}`);
    }
    return this.#answers.has(`${file} ${thread.root.id}`);
  }

  /** Id of the first comment of the thread holding this comment or reply. */
  rootIdOf(id: string): string | undefined {
    const comment = this.byId.get(id);
    return comment ? this.rootOf(comment).id : undefined;
  }

  /** The first comment of the thread holding this one (itself when it is not a reply). */
  rootOf(comment: CommentRecord): CommentRecord {
    // Most threads are a few replies deep: walked without remembering, as long as that is
    // surely not a circle (the walk below gives the same answer, remembering what it saw).
    let current = comment;
    for (let steps = 0; steps < SHORT_WALK; steps++) {
      if (current.reply_to === undefined) return current;
      const parent = this.byId.get(current.reply_to);
      if (!parent) return current;
      current = parent;
    }
    current = comment;
    const seen = new Set<string>([current.id]);
    while (current.reply_to !== undefined) {
      const parent = this.byId.get(current.reply_to);
      if (!parent || seen.has(parent.id)) break; // a dangling or circular reply_to (validate reports it)
      seen.add(parent.id);
      current = parent;
    }
    return current;
  }

  /** The thread a comment, reply or other act (by its file id) belongs to. */
  threadOf(id: string): Thread | undefined {
    const comment = this.byId.get(id);
    if (comment) return this.#threads.get(this.rootOf(comment).id);
    const act = this.#byFile.get(id) ?? this.acts.find((a) => a.id === id);
    if (!act) return undefined;
    if (act.kind === 'comment') return undefined;
    const root = act.kind === 'correct' ? this.rootIdOf(act.target) : act.thread;
    return root === undefined ? undefined : this.#threads.get(root);
  }

  /** The act that made a comment or reply (as first written: who recorded it, the words before any correction). */
  commentAct(id: string): CommentAct | undefined {
    return this.#commentActs.get(id);
  }

  /** The state of the thread holding this comment or reply. */
  stateOf(comment: CommentRecord): ThreadState {
    return this.#threads.get(this.rootOf(comment).id)?.state ?? 'open';
  }

  /** Every thread, by the id of its first comment (oldest first). */
  all(): Thread[] {
    return [...this.#threads.values()];
  }

  /** The ids of every file of the log (what short ids and prefixes are made from). */
  fileIds(): string[] {
    return [...new Set(this.acts.map((a) => a.file))];
  }

  /** The whole thread in reading order: each comment followed by its replies, oldest first. */
  thread(root: CommentRecord): ThreadEntry[] {
    const out: ThreadEntry[] = [];
    const seen = new Set<string>();
    const walk = (c: CommentRecord, depth: number) => {
      if (seen.has(c.id)) return;
      seen.add(c.id);
      out.push({ record: c, depth });
      for (const child of this.#children.get(c.id) ?? []) walk(child, depth + 1);
    };
    walk(root, 0);
    return out;
  }

  /** Every comment in reading order, threads ordered by `order` of their first comment. */
  ordered(compareRoots: (a: CommentRecord, b: CommentRecord) => number): ThreadEntry[] {
    const roots = this.comments.filter((c) => this.rootOf(c) === c).sort((a, b) => compareRoots(a, b) || cmp(a.id, b.id));
    return roots.flatMap((r) => this.thread(r));
  }
}

function lastCounted(thread: Thread): Act | undefined {
  for (let i = thread.events.length - 1; i >= 0; i--) {
    const e = thread.events[i]!;
    if (!e.notCounted && e.act.kind !== 'correct') return e.act;
  }
  return undefined;
}

/** Replies deep a thread can be before rootOf remembers the comments it went through. */
const SHORT_WALK = 32;

/** The stored acts in id order; as given when they are in order already (as read from disk). */
function sortedById(stored: readonly StoredAct[]): readonly StoredAct[] {
  for (let i = 1; i < stored.length; i++) {
    if (cmp(stored[i - 1]!.id, stored[i]!.id) > 0) return [...stored].sort((a, b) => cmp(a.id, b.id));
  }
  return stored;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
