// How a comment record becomes a file and back. Written with the `yaml` library so any text
// (several lines, quotes, #, :, emoji, <script>) reads back exactly as typed; changes to an
// existing file edit the parsed document, so the author's part stays byte-for-byte the same.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseDocument, stringify } from 'yaml';
import { COMMENTS_DIR } from '../model/locate.js';
import { DISPOSITIONS, type CommentRecord, type Disposition, type Person } from '../model/comment-types.js';

/** Relative to <repo>/guideline/comments/<section>/<id>.yaml, where the shipped repo keeps schemas/ beside guideline/. */
export const COMMENT_MODELINE = '# yaml-language-server: $schema=../../../schemas/comment.schema.json';

/** The stored key order: the comment as written, then the drafting team's resolution. */
export const KEY_ORDER = [
  'id', 'section', 'item', 'quote', 'reply_to', 'type', 'text', 'proposed_change', 'author', 'created', 'commit',
  'status', 'disposition', 'response', 'resolved_by', 'resolved_at', 'accepted',
] as const satisfies readonly (keyof CommentRecord)[];

const PERSON_ORDER = ['name', 'email', 'affiliation'] as const;

/** The fields resolve, reopen and accept may change; everything else is the commenter's. */
export const RESOLUTION_KEYS = ['status', 'disposition', 'response', 'resolved_by', 'resolved_at', 'accepted'] as const;
export type ResolutionKey = (typeof RESOLUTION_KEYS)[number];
export type ResolutionChange = { [K in ResolutionKey]?: CommentRecord[K] | null };

const STRINGIFY = { lineWidth: 0, minContentWidth: 0 } as const;

export function commentPath(root: string, section: string, id: string): string {
  return join(root, COMMENTS_DIR, section, `${id}.yaml`);
}

/** The record with keys in stored order and no undefined values. */
export function ordered(record: CommentRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = record[key];
    if (value === undefined) continue;
    if (key === 'author' || key === 'resolved_by') {
      const person = value as CommentRecord['author'];
      const p: Record<string, unknown> = {};
      for (const k of PERSON_ORDER) if (person[k] !== undefined) p[k] = person[k];
      out[key] = p;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The file text of a new comment: the schema modeline, then the record as YAML. */
export function commentToYaml(record: CommentRecord): string {
  const text = `${COMMENT_MODELINE}\n${stringify(ordered(record), STRINGIFY)}`;
  assertRoundTrip(text, ordered(record));
  return text;
}

/**
 * Applies a resolution change to a comment file's text, editing the parsed document so the
 * rest of the file keeps its bytes. `null` removes a key. Throws if the result would not read
 * back as intended (then nothing is written).
 */
export function applyResolution(text: string, change: ResolutionChange): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  const before = doc.toJS() as Record<string, unknown>;
  const expected: Record<string, unknown> = { ...before };
  for (const key of RESOLUTION_KEYS) {
    if (!(key in change)) continue;
    const value = change[key];
    if (value === null || value === undefined) {
      doc.delete(key);
      delete expected[key];
    } else if (typeof value === 'object') {
      const given = value as Person;
      const person: Record<string, unknown> = {};
      for (const k of PERSON_ORDER) if (given[k] !== undefined) person[k] = given[k];
      doc.set(key, doc.createNode(person));
      expected[key] = person;
    } else {
      doc.set(key, value);
      expected[key] = value;
    }
  }
  const out = doc.toString(STRINGIFY);
  assertRoundTrip(out, expected);
  return out;
}

function assertRoundTrip(text: string, expected: unknown): void {
  const back = parse(text) as unknown;
  if (!isDeepStrictEqual(back, expected)) {
    throw new Error('internal error: the comment would not read back exactly as written; nothing was saved');
  }
}

/** Accepts a disposition as stored (diterima-sebagian) or as printed (diterima sebagian), any case. */
export function parseDisposition(input: string): Disposition | undefined {
  const slug = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return (DISPOSITIONS as readonly string[]).includes(slug) ? (slug as Disposition) : undefined;
}

/** As printed: "diterima sebagian". */
export function dispositionLabel(disposition: Disposition): string {
  return disposition.replace(/-/g, ' ');
}
