// What a reader of a reviewer's file (a Word copy of the draft, a filled DIM form as XLSX or CSV)
// hands to `pedoman comment import`: the comments found, each placed on its item or section, with
// where in the file it came from. Readers only read (no write, no git); the command turns the
// candidates into acts of the review log, one commit per reviewer, and skips what an earlier
// import of the same file already recorded (same sha256 and source id).
import type { CommentType } from '../../model/comment-types.js';

export type ImportFormat = 'docx' | 'xlsx' | 'csv';

export interface ImportSource {
  /** The file as the user named it (for messages and the act's record). */
  file: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  format: ImportFormat;
}

export interface ImportPerson {
  name: string;
  email?: string;
  affiliation?: string;
}

export interface ImportCandidate {
  /** Stable within the file: a Word comment's id, a tracked change's id, a form row's key. */
  sourceId: string;
  /** Where in the file, for messages: "komentar Word 3", "baris 7", "perubahan terlacak 12". */
  location: string;
  act: 'comment' | 'reply';
  /** reply: the sourceId of the comment (in the same file) it answers. */
  replyTo?: string;
  section: string;
  /** Absent: the comment is on the whole section. */
  item?: string;
  quote?: string;
  type: CommentType;
  text: string;
  proposedChange?: string;
  /** The reviewer's reason (DIM "alasan"), when the file has one apart from the text. */
  reason?: string;
  author: ImportPerson;
  /** ISO 8601 from the file, when it has one. */
  created?: string;
  /** Said to the user and kept as the act's note: "placed on the section: outside every item". */
  notes: string[];
}

/** A row or comment that cannot be imported: where, which column or part, and what to do. */
export interface ImportProblem {
  location: string;
  column?: string;
  message: string;
}

export interface ImportRead {
  source: ImportSource;
  candidates: ImportCandidate[];
  /** Problems that stop the import (unless --skip-invalid drops those rows). */
  problems: ImportProblem[];
  /** Said, but nothing is dropped. */
  warnings: ImportProblem[];
}
