// Review stamps on disk: <guideline>/reviews/<section-id>/<review-id>.yaml, one file per
// review, so that reviewers working in their own clones never touch the same file and git
// merges their stamps without conflicts. A stamp is never edited: a new review is a new file.
// Reading never writes.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { isCommentId } from '../comments/ids.js';
import { t } from '../i18n/index.js';
import { findingAt } from '../model/finding.js';
import { readSource } from '../model/load.js';
import type { SourceFile } from '../model/types.js';
import { schemaFindings, validatorFor } from '../schema/validate.js';
import { writeNewFileAtomic } from '../util/atomic.js';
import type { ReviewRecord } from './types.js';
import { type Finding } from '../core/findings.js';

export const REVIEWS_DIR = 'reviews';

/** Relative to <repo>/guideline/reviews/<section>/<id>.yaml, where the shipped repo keeps schemas/ beside guideline/. */
export const REVIEW_MODELINE = '# yaml-language-server: $schema=../../../schemas/review.schema.json';

const KEY_ORDER = ['id', 'section', 'reviewer', 'at', 'approve', 'note', 'fingerprint', 'commit'] as const satisfies readonly (keyof ReviewRecord)[];
const PERSON_ORDER = ['name', 'email', 'affiliation'] as const;

export interface StoredReview {
  record: ReviewRecord;
  file: SourceFile;
}

export interface ReviewFiles {
  /** Stamps that passed their schema and sit where their id and section say, oldest first. */
  entries: StoredReview[];
  findings: Finding[];
}

export function reviewPath(root: string, section: string, id: string): string {
  return join(root, REVIEWS_DIR, section, `${id}.yaml`);
}

export async function readReviewFiles(root: string): Promise<ReviewFiles> {
  const findings: Finding[] = [];
  const base = join(root, REVIEWS_DIR);
  const paths: { path: string; folder: string | undefined }[] = [];
  for (const entry of await listDir(base)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      for (const inner of await listDir(join(base, entry.name))) {
        if (inner.isFile() && inner.name.endsWith('.yaml') && !inner.name.startsWith('.')) {
          paths.push({ path: join(base, entry.name, inner.name), folder: entry.name });
        }
      }
    } else if (entry.isFile() && entry.name.endsWith('.yaml')) {
      paths.push({ path: join(base, entry.name), folder: undefined });
    }
  }
  paths.sort((a, b) => (a.path < b.path ? -1 : 1));

  const read = await Promise.all(paths.map(async ({ path, folder }) => {
    const local: Finding[] = [];
    return { file: await readSource(root, path, local), folder, local };
  }));

  const validate = validatorFor('review');
  const byId = new Map<string, StoredReview>();
  for (const { file, folder, local } of read) {
    findings.push(...local);
    if (!file.doc || file.data === undefined || local.some((f) => f.severity === 'error')) continue;
    if (!validate(file.data)) {
      findings.push(...schemaFindings(validate.errors ?? [], file));
      continue;
    }
    const record = file.data as ReviewRecord;
    const name = basename(file.path, '.yaml');
    if (folder === undefined) {
      findings.push(findingAt(file, [], 'review-file', 'error', t('tracking.reviewFile.noFolder', { file: file.rel, section: record.section, id: record.id })));
      continue;
    }
    if (!isCommentId(name) || name !== record.id) {
      findings.push(findingAt(file, ['id'], 'review-file', 'error', t('tracking.reviewFile.idMismatch', { file: file.rel, id: record.id })));
      continue;
    }
    if (folder !== record.section) {
      findings.push(findingAt(file, ['section'], 'review-file', 'error', t('tracking.reviewFile.sectionMismatch', { file: file.rel, section: record.section, folder })));
      continue;
    }
    if (byId.has(record.id)) continue; // the same name in one folder cannot happen twice
    byId.set(record.id, { record, file });
  }
  const entries = [...byId.values()].sort((a, b) => compareReviews(a.record, b.record));
  return { entries, findings };
}

/** Oldest first: by time, then by id (ids sort by time too, and break ties). */
export function compareReviews(a: ReviewRecord, b: ReviewRecord): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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

/**
 * Writes a new review file atomically and never over an existing one: the text goes to a
 * temporary file that is then hard-linked into place (which fails if the name is taken).
 */
export async function writeNewReview(root: string, record: ReviewRecord): Promise<string> {
  const path = reviewPath(root, record.section, record.id);
  await writeNewFileAtomic(path, reviewToYaml(record), () => new Error(t('tracking.reviewFile.exists', { file: path })));
  return path;
}

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
