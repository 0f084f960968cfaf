// How an act of the review log becomes a file. Written with the `yaml` library so any text
// (several lines, quotes, #, :, emoji, <script>) reads back exactly as typed; a file, once
// written, is never edited (a later act is a new file).
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { COMMENTS_DIR } from '../model/locate.js';
import type { Person, StoredAct } from '../model/comment-types.js';

/** Relative to <repo>/guideline/comments/<section>/<id>.yaml, where the shipped repo keeps schemas/ beside guideline/. */
export const COMMENT_MODELINE = '# yaml-language-server: $schema=../../../schemas/comment.schema.json';

/** The stored key order: what the act is, what it is about, its words, then who and when. */
export const KEY_ORDER = [
  'id', 'section', 'act', 'item', 'quote', 'reply_to', 'thread', 'answer', 'objection', 'target', 'type', 'disposition', 'text',
  'proposed_change', 'reason', 'response', 'author', 'recorded_by', 'note', 'imported', 'created', 'commit',
] as const satisfies readonly (keyof StoredAct)[];

const PERSON_ORDER = ['name', 'email', 'affiliation'] as const;
const PERSON_KEYS: ReadonlySet<string> = new Set(['author', 'recorded_by']);

const STRINGIFY = { lineWidth: 0, minContentWidth: 0 } as const;

export function commentPath(root: string, section: string, id: string): string {
  return join(root, COMMENTS_DIR, section, `${id}.yaml`);
}

/** The act with keys in stored order and no undefined values. */
export function ordered(record: StoredAct): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = record[key];
    if (value === undefined) continue;
    if (PERSON_KEYS.has(key)) {
      const person = value as Person;
      const p: Record<string, unknown> = {};
      for (const k of PERSON_ORDER) if (person[k] !== undefined) p[k] = person[k];
      out[key] = p;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The file text of a new act: the schema modeline, then the act as YAML. */
export function actToYaml(record: StoredAct): string {
  const text = `${COMMENT_MODELINE}\n${stringify(ordered(record), STRINGIFY)}`;
  assertRoundTrip(text, ordered(record));
  return text;
}

function assertRoundTrip(text: string, expected: unknown): void {
  const back = parse(text) as unknown;
  if (!isDeepStrictEqual(back, expected)) {
    throw new Error('internal error: the comment would not read back exactly as written; nothing was saved');
  }
}
