// The records people add to a guideline, one file each so that reviewers working in their own
// clones never touch the same file: the review log (<guideline>/comments/<section>/<id>.yaml,
// one file per act: comment, reply, answer, acceptance, …) and review stamps (<guideline>/reviews/<section>/<id>.yaml). Each
// is read once, checked against its schema and for its place (folder = section, file name =
// id); what fails is a finding, never an exception. Reading never writes.
import { join, sep } from 'node:path';
import { relPath } from '../core/paths.js';
import type { Finding } from '../core/findings.js';
import { t } from '../i18n/index.js';
import type { StoredAct } from './comment-types.js';
import { findingAt } from './finding.js';
import { isCommentId } from './ids.js';
import { COMMENTS_DIR } from './locate.js';
import { readManySources } from './read-many.js';
import type { ReviewRecord } from './review-types.js';
import { schemaFindings, validatorFor } from './schema.js';
import { readSource, type FileSource } from './source.js';
import type { SourceFile } from './types.js';

export const REVIEWS_DIR = 'reviews';

export interface Stored<R> {
  record: R;
  file: SourceFile;
}

export interface RecordFiles<R> {
  /** Records that passed their schema and sit where their id and section say, oldest first. */
  entries: Stored<R>[];
  /** File, YAML, schema and placement problems, with positions. */
  findings: Finding[];
}

interface Located {
  path: string;
  /** `path` relative to the guideline folder, with forward slashes. */
  rel: string;
  /** The file's name without `.yaml`. */
  stem: string;
  /** The section folder the file is in; undefined for a file directly in comments/ or reviews/. */
  folder: string | undefined;
}

/** The .yaml files of a records folder (comments/ or reviews/) and of its section folders, sorted. */
async function recordPaths(root: string, dirName: string, source: FileSource): Promise<Located[]> {
  const base = join(root, dirName);
  // A name from a listing is one path segment (never '.' or '..', no separator): joined to its
  // (normalised) folder as join() would, without join's cost per file.
  const baseRel = relPath(root, base);
  const paths: Located[] = [];
  const visible = (name: string) => !name.startsWith('.');
  const stem = (name: string) => name.slice(0, -'.yaml'.length);
  for (const folder of (await source.listFolders(base)).filter(visible)) {
    const dir = join(base, folder);
    for (const name of await source.listFiles(dir)) {
      if (name.endsWith('.yaml') && visible(name)) paths.push({ path: `${dir}${sep}${name}`, rel: `${baseRel}/${folder}/${name}`, stem: stem(name), folder });
    }
  }
  for (const name of await source.listFiles(base)) {
    if (name.endsWith('.yaml') && visible(name)) paths.push({ path: join(base, name), rel: `${baseRel}/${name}`, stem: stem(name), folder: undefined });
  }
  return paths.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The ids of the comment files, from their names alone (cheap: no file is read). */
export async function commentIdsOnDisk(root: string, source: FileSource): Promise<string[]> {
  const ids: string[] = [];
  for (const { stem, folder } of await recordPaths(root, COMMENTS_DIR, source)) {
    if (folder !== undefined && isCommentId(stem)) ids.push(stem);
  }
  return ids;
}

export async function readCommentFiles(root: string, source: FileSource): Promise<RecordFiles<StoredAct>> {
  const located = await recordPaths(root, COMMENTS_DIR, source);
  // Thousands of small files, few with findings: parsed on worker threads when there are many,
  // the data kept and the YAML document parsed again only for a position.
  const read = await readManySources(root, located.map((p) => p.path), { source, listed: true, rels: located.map((p) => p.rel) });
  const validate = validatorFor('comment');
  return placeRecords(located, read, {
    valid: (data) => {
      if (validate(data)) return [];
      // An if/then failure also reports its own summary; the missing fields say it better.
      return (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    },
    ruleId: 'comment-file',
    messages: {
      noFolder: 'comments.file.noFolder',
      idMismatch: 'comments.file.idMismatch',
      sectionMismatch: 'comments.file.sectionMismatch',
      duplicate: 'comments.file.duplicate',
    },
    sectionOf: (r: StoredAct) => r.section,
    idOf: (r: StoredAct) => r.id,
    compare: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  });
}

export async function readReviewFiles(root: string, source: FileSource): Promise<RecordFiles<ReviewRecord>> {
  const located = await recordPaths(root, REVIEWS_DIR, source);
  const read = await Promise.all(located.map(async ({ path, rel }) => {
    const findings: Finding[] = [];
    return { file: await readSource(root, path, findings, source, { listed: true, rel }), findings };
  }));
  const validate = validatorFor('review');
  return placeRecords(located, read, {
    valid: (data) => (validate(data) ? [] : (validate.errors ?? [])),
    ruleId: 'review-file',
    messages: {
      noFolder: 'tracking.reviewFile.noFolder',
      idMismatch: 'tracking.reviewFile.idMismatch',
      sectionMismatch: 'tracking.reviewFile.sectionMismatch',
      duplicate: undefined, // one folder cannot hold the same name twice
    },
    sectionOf: (r: ReviewRecord) => r.section,
    idOf: (r: ReviewRecord) => r.id,
    compare: compareReviews,
  });
}

/** Oldest first: by time, then by id (ids sort by time too, and break ties). */
export function compareReviews(a: ReviewRecord, b: ReviewRecord): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Placement<R> {
  valid(data: unknown): import('ajv/dist/2020.js').ErrorObject[];
  ruleId: string;
  messages: { noFolder: string; idMismatch: string; sectionMismatch: string; duplicate: string | undefined };
  sectionOf(record: R): string;
  idOf(record: R): string;
  compare(a: R, b: R): number;
}

/** `read[i]` is the file at `located[i]`. */
function placeRecords<R>(located: readonly Located[], read: readonly { file: SourceFile; findings: Finding[] }[], how: Placement<R>): RecordFiles<R> {
  const findings: Finding[] = [];
  const byId = new Map<string, Stored<R>>();
  for (let i = 0; i < read.length; i++) {
    const { file, findings: local } = read[i]!;
    const { folder, stem: name } = located[i]!;
    for (const f of local) findings.push(f);
    if (file.data === undefined || (local.length > 0 && local.some((f) => f.severity === 'error'))) continue; // data only when the YAML parsed
    const errors = how.valid(file.data);
    if (errors.length > 0) {
      findings.push(...schemaFindings(errors, file));
      continue;
    }
    const record = file.data as R;
    const id = how.idOf(record);
    const section = how.sectionOf(record);
    if (folder === undefined) {
      findings.push(findingAt(file, [], how.ruleId, 'error', t(how.messages.noFolder, { file: file.rel, section, id })));
      continue;
    }
    if (!isCommentId(name) || name !== id) {
      findings.push(findingAt(file, ['id'], how.ruleId, 'error', t(how.messages.idMismatch, { file: file.rel, id })));
      continue;
    }
    if (folder !== section) {
      findings.push(findingAt(file, ['section'], how.ruleId, 'error', t(how.messages.sectionMismatch, { file: file.rel, section, folder })));
      continue;
    }
    const twin = byId.get(id);
    if (twin) {
      if (how.messages.duplicate) findings.push(findingAt(file, ['id'], how.ruleId, 'error', t(how.messages.duplicate, { id, other: twin.file.rel })));
      continue;
    }
    byId.set(id, { record, file });
  }
  const entries = [...byId.values()].sort((a, b) => how.compare(a.record, b.record));
  return { entries, findings };
}
