// A review comment, as stored: one YAML file per comment (a reply is its own file) under
// <guideline>/comments/<section-id>/<comment-id>.yaml. Field names are the stored keys.

export const COMMENT_TYPES = ['umum', 'substansi', 'redaksional', 'pertanyaan'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];

/** Stored as slugs; printed with spaces ("diterima sebagian"). */
export const DISPOSITIONS = ['diterima', 'diterima-sebagian', 'tidak-diterima', 'ditunda', 'dicatat'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export type CommentStatus = 'open' | 'resolved';

export interface Person {
  name: string;
  email?: string;
  affiliation?: string;
}

export interface CommentRecord {
  /** Lower-case ULID: unique without coordination, sorts by creation time. */
  id: string;
  section: string;
  item?: string;
  quote?: string;
  /** Id of the comment this one answers; absent for a top-level comment. */
  reply_to?: string;
  type: CommentType;
  text: string;
  proposed_change?: string;
  author: Person;
  /** ISO 8601 time, UTC. */
  created: string;
  /** The git commit of the draft the comment was made on, when known. */
  commit?: string;
  status: CommentStatus;
  disposition?: Disposition;
  response?: string;
  resolved_by?: Person;
  resolved_at?: string;
  /** Whether the commenter accepted the answer; absent until they say. */
  accepted?: boolean;
}
