// Comment files on disk: <guideline>/comments/<section-id>/<comment-id>.yaml, one per comment
// (a reply is its own file), so reviewers working in their own clones never touch the same
// file and git merges their work without conflicts. Reading never writes.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { t } from '../i18n/index.js';
import { findingAt } from '../model/finding.js';
import { readSource } from '../model/load.js';
import { COMMENTS_DIR } from '../model/locate.js';
import type { SourceFile } from '../model/types.js';
import type { Finding } from '../rules/types.js';
import { schemaFindings, validatorFor } from '../schema/validate.js';
import { writeFileAtomic } from '../util/atomic.js';
import { isCommentId } from './ids.js';
import { applyResolution, commentPath, commentToYaml, type ResolutionChange } from './record.js';
import type { CommentRecord } from './types.js';

/** Files read at once; enough to keep the disk busy without running out of file handles. */
const READ_CONCURRENCY = 64;

export interface StoredComment {
  record: CommentRecord;
  file: SourceFile;
}

export interface CommentFiles {
  /** Comments that passed their schema and sit where their id and section say, oldest first. */
  entries: StoredComment[];
  /** File, YAML, schema and placement problems, with positions. */
  findings: Finding[];
}

/** The review comments of a guideline, oldest first, with the problems found reading them. */
export async function loadComments(root: string): Promise<{ comments: CommentRecord[]; findings: Finding[] }> {
  const { entries, findings } = await readCommentFiles(root);
  return { comments: entries.map((e) => e.record), findings };
}

export async function readCommentFiles(root: string): Promise<CommentFiles> {
  const findings: Finding[] = [];
  const base = join(root, COMMENTS_DIR);
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

  const perFile = await mapLimit(paths, READ_CONCURRENCY, async ({ path, folder }) => {
    const local: Finding[] = [];
    // Thousands of small files, few with findings: keep the data, parse again for a position.
    const file = await readSource(root, path, local, undefined, { keepDocument: false });
    return { file, folder, local };
  });

  const validate = validatorFor('comment');
  const byId = new Map<string, StoredComment>();
  for (const { file, folder, local } of perFile) {
    findings.push(...local);
    if (file.data === undefined || local.some((f) => f.severity === 'error')) continue; // data only when the YAML parsed
    if (!validate(file.data)) {
      // An if/then failure also reports its own summary; the missing fields say it better.
      findings.push(...schemaFindings((validate.errors ?? []).filter((e) => e.keyword !== 'if'), file));
      continue;
    }
    const record = file.data as CommentRecord;
    const name = basename(file.path, '.yaml');
    if (folder === undefined) {
      findings.push(findingAt(file, [], 'comment-file', 'error',
        t('comments.file.noFolder', { file: file.rel, section: record.section, id: record.id })));
      continue;
    }
    if (!isCommentId(name) || name !== record.id) {
      findings.push(findingAt(file, ['id'], 'comment-file', 'error', t('comments.file.idMismatch', { file: file.rel, id: record.id })));
      continue;
    }
    if (folder !== record.section) {
      findings.push(findingAt(file, ['section'], 'comment-file', 'error',
        t('comments.file.sectionMismatch', { file: file.rel, section: record.section, folder })));
      continue;
    }
    const twin = byId.get(record.id);
    if (twin) {
      findings.push(findingAt(file, ['id'], 'comment-file', 'error', t('comments.file.duplicate', { id: record.id, other: twin.file.rel })));
      continue;
    }
    byId.set(record.id, { record, file });
  }
  const entries = [...byId.values()].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return { entries, findings };
}

/** The ids of all comment files, from their names alone (cheap: no file is read). */
export async function commentIdsOnDisk(root: string): Promise<string[]> {
  const base = join(root, COMMENTS_DIR);
  const ids: string[] = [];
  for (const folder of await listDir(base)) {
    if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
    for (const file of await listDir(join(base, folder.name))) {
      const id = file.name.replace(/\.yaml$/, '');
      if (file.isFile() && id !== file.name && isCommentId(id)) ids.push(id);
    }
  }
  return ids;
}

/**
 * Writes a new comment file atomically and never over an existing one: the text goes to a
 * temporary file that is then hard-linked into place (which fails if the name is taken).
 */
export async function writeNewComment(root: string, record: CommentRecord): Promise<string> {
  const path = commentPath(root, record.section, record.id);
  await writeExclusive(path, commentToYaml(record));
  return path;
}

/** Changes only the resolution fields of a comment file, atomically. */
export async function updateComment(path: string, change: ResolutionChange): Promise<void> {
  const text = await readFile(path, 'utf8');
  await writeFileAtomic(path, applyResolution(text, change));
}

async function writeExclusive(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    try {
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Error(t('comments.write.exists', { file: path }));
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      // A file system without hard links: check, then rename (atomic, but not exclusive).
      if (await exists(path)) throw new Error(t('comments.write.exists', { file: path }));
      await rename(temp, path);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
