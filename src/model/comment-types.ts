// The review log, as stored: one YAML file per act under
// <guideline>/comments/<section-id>/<act-id>.yaml, never edited once written. An act is a
// comment, a reply, the drafting team's answer, the commenter's acceptance or objection, a
// reopening, a withdrawal, a correction of one's own words, or an objection overruled. A
// thread's state is derived by replaying its acts (src/model/threads.ts). Field names are the
// stored keys.

export const COMMENT_TYPES = ['umum', 'substansi', 'redaksional', 'pertanyaan'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];

/**
 * The drafting team's decision, stored as slugs and printed with spaces ("diterima sebagian").
 * `dijawab` (answered) is for a question (pertanyaan).
 */
export const DISPOSITIONS = ['diterima', 'diterima-sebagian', 'tidak-diterima', 'ditunda', 'dicatat', 'dijawab'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** The kinds of act, as stored in `act`. A file without `act` is a comment or, with `reply_to`, a reply. */
export const ACT_KINDS = ['comment', 'reply', 'answer', 'accept', 'object', 'reopen', 'withdraw', 'correct', 'overrule', 'move'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

/**
 * A thread's state, derived from its acts: open (waiting for the drafting team), answered
 * (waiting for the commenter), accepted, objected (back with the drafting team; blocks the final
 * text), overruled (the objection recorded and answered with a rationale), withdrawn.
 */
export const THREAD_STATES = ['open', 'answered', 'accepted', 'objected', 'overruled', 'withdrawn'] as const;
export type ThreadState = (typeof THREAD_STATES)[number];

/** States in which the drafting team still owes an answer (they block `finalize`). */
export const AWAITING_TEAM: readonly ThreadState[] = ['open', 'objected'];

export interface Person {
  name: string;
  email?: string;
  affiliation?: string;
}

/** The reviewer's file an imported comment or reply came from. */
export interface ImportedFrom {
  /** The file's name, without its folder. */
  file: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  /** The comment's id within the file (a Word comment or tracked change, a form row). */
  source_id: string;
  format: 'docx' | 'xlsx' | 'csv';
}

/** One file of the review log, as stored (legacy resolution fields included). */
export interface StoredAct {
  /** Lower-case ULID: unique without coordination, sorts by creation time; the file name. */
  id: string;
  section: string;
  /** Absent in files written before the review log: a comment, or a reply with `reply_to`. */
  act?: ActKind;
  /** comment, reply: the item commented on; move: the item the thread is on now (absent: the whole section). */
  item?: string;
  quote?: string;
  reply_to?: string;
  type?: CommentType;
  /** comment, reply: the words; object, reopen, withdraw: the reason; correct: the corrected text. */
  text?: string;
  proposed_change?: string;
  /** comment: why the commenter proposes it (the DIM's alasan). */
  reason?: string;
  /** answer, accept, object, reopen, withdraw, overrule: the thread's first comment. */
  thread?: string;
  /** accept, object: the answer accepted or objected to. */
  answer?: string;
  /** overrule: the objection overruled. */
  objection?: string;
  /** correct: the comment or reply corrected. */
  target?: string;
  disposition?: Disposition;
  /** answer, overrule: the rationale. */
  response?: string;
  /** Whose act it is: the commenter of a comment or an acceptance, the team member of an answer. */
  author: Person;
  /** ISO 8601 time, UTC. */
  created: string;
  /** The git commit of the draft the act was made on, when known. */
  commit?: string;
  /** Who recorded the act when not its author (a comment sent on paper, an acceptance given in a meeting). */
  recorded_by?: Person;
  /** How an act recorded for its author was given ("accepted in the meeting of 14 July"). */
  note?: string;
  /** comment, reply: where `pedoman comment import` read it (the author is the reviewer, recorded_by who imported). */
  imported?: ImportedFrom;
  // Files written before the review log kept the resolution in the comment's own file:
  status?: 'open' | 'resolved';
  resolved_by?: Person;
  resolved_at?: string;
  accepted?: boolean;
}

/** A comment or a reply, as it reads now (corrections applied). */
export interface CommentRecord {
  id: string;
  section: string;
  item?: string;
  quote?: string;
  /** Id of the comment this one answers; absent for a top-level comment. */
  reply_to?: string;
  type: CommentType;
  text: string;
  proposed_change?: string;
  /** Why the commenter proposes it (the DIM's alasan). */
  reason?: string;
  author: Person;
  /** ISO 8601 time, UTC. */
  created: string;
  /** The git commit of the draft the comment was made on, when known. */
  commit?: string;
  /** Where the comment was made, when its section or item was renamed since (what `commit` holds). */
  origin?: { section: string; item?: string };
}

interface ActBase {
  /** The act's id: its file's id, or `<file id>#answer|#reopen|#verdict` for what a legacy file holds. */
  id: string;
  /** The file the act is stored in (its id). */
  file: string;
  section: string;
  /** Whose act it is; undefined where a legacy file did not say (its acceptance). */
  author: Person | undefined;
  created: string;
  /** Who recorded it for its author (then `note` says how). */
  recorded_by?: Person;
  note?: string;
  /** Read from the resolution fields of a file written before the review log. */
  legacy?: true;
}

export interface CommentAct extends ActBase {
  kind: 'comment';
  comment: CommentRecord;
  /** Where `pedoman comment import` read it, when it was imported. */
  imported?: ImportedFrom;
}
export interface AnswerAct extends ActBase { kind: 'answer'; thread: string; disposition: Disposition; response: string }
export interface VerdictAct extends ActBase { kind: 'accept' | 'object'; thread: string; answer: string | undefined; text?: string }
export interface ReopenAct extends ActBase { kind: 'reopen' | 'withdraw'; thread: string; text?: string }
export interface CorrectAct extends ActBase {
  kind: 'correct';
  target: string;
  changes: Partial<Pick<CommentRecord, 'text' | 'proposed_change' | 'quote' | 'type'>>;
}
export interface OverruleAct extends ActBase { kind: 'overrule'; thread: string; objection: string; response: string }
/** A thread moved with a renamed section or item: `section` and `item` are where it is now. */
export interface MoveAct extends ActBase { kind: 'move'; thread: string; item: string | undefined }

/** One act of the log, typed (a comment and a reply are both `comment`). */
export type Act = CommentAct | AnswerAct | VerdictAct | ReopenAct | CorrectAct | OverruleAct | MoveAct;

/** The commit that added a file of the review log, as git knows it (see tracking/history.ts). */
export interface ActCommit {
  commit: string;
  /** The commit's author. */
  name: string;
  email: string;
  /** The commit's committer. */
  committer: string;
  committerEmail: string;
  /** The commit's `Comment-Id:` trailer names the file: pedoman recorded it. */
  byPedoman: boolean;
  /** Added in the oldest commit of a shallow clone: it may be older, and who added it is not known. */
  shallowBoundary: boolean;
}

/** Who added each file of the review log (by file id), for `validate`'s provenance check. */
export interface ActHistory {
  added: Map<string, ActCommit>;
  /** The clone is shallow: the history before its oldest commit is missing. */
  shallow: boolean;
}
