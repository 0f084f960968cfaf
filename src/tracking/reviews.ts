// Review stamps as files: <guideline>/reviews/<section-id>/<review-id>.yaml, one file per
// review, so that reviewers working in their own clones never touch the same file and git
// merges their stamps without conflicts. A stamp is never edited: a new review is a new file.
// Reading them is the model's (src/model/records.ts); writing them goes through ops/apply.ts.
import { join } from 'node:path';
import { stringify } from 'yaml';
import { REVIEWS_DIR } from '../model/records.js';
import type { ReviewRecord } from '../model/review-types.js';

export { REVIEWS_DIR } from '../model/records.js';

/** Relative to <repo>/guideline/reviews/<section>/<id>.yaml, where the shipped repo keeps schemas/ beside guideline/. */
export const REVIEW_MODELINE = '# yaml-language-server: $schema=../../../schemas/review.schema.json';

const KEY_ORDER = ['id', 'section', 'reviewer', 'at', 'approve', 'note', 'fingerprint', 'commit'] as const satisfies readonly (keyof ReviewRecord)[];
const PERSON_ORDER = ['name', 'email', 'affiliation'] as const;

export function reviewPath(root: string, section: string, id: string): string {
  return join(root, REVIEWS_DIR, section, `${id}.yaml`);
}

/** The file text of a review: the schema modeline, then the record as YAML in stored key order. */
export function reviewToYaml(record: ReviewRecord): string {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = record[key];
    if (value === undefined) continue;
    if (key === 'reviewer') {
      const p: Record<string, unknown> = {};
      for (const k of PERSON_ORDER) if (record.reviewer[k] !== undefined) p[k] = record.reviewer[k];
      out[key] = p;
    } else {
      out[key] = value;
    }
  }
  return `${REVIEW_MODELINE}\n${stringify(out, { lineWidth: 0, minContentWidth: 0 })}`;
}

