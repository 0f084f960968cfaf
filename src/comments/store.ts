// Comment files on disk: <guideline>/comments/<section-id>/<comment-id>.yaml, one per comment
// (a reply is its own file), so reviewers working in their own clones never touch the same
// file and git merges their work without conflicts. Reading never writes.
import { readdirSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { t } from '../i18n/index.js';
import { findingAt } from '../model/finding.js';
import { readManySources } from '../model/read-many.js';
import { COMMENTS_DIR } from '../model/locate.js';
import type { SourceFile } from '../model/types.js';
import { schemaFindings, validatorFor } from '../schema/validate.js';
import { writeFileAtomic, writeNewFileAtomic } from '../util/atomic.js';
import { isCommentId } from './ids.js';
import { applyResolution, commentPath, commentToYaml, type ResolutionChange } from './record.js';
import type { CommentRecord } from './types.js';
import { type Finding } from '../core/findings.js';


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
  // Listed synchronously, so that the files are being parsed before this function first waits.
  for (const entry of listDirSync(base)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      for (const inner of listDirSync(join(base, entry.name))) {
        if (inner.isFile() && inner.name.endsWith('.yaml') && !inner.name.startsWith('.')) {
          paths.push({ path: join(base, entry.name, inner.name), folder: entry.name });
        }
      }
    } else if (entry.isFile() && entry.name.endsWith('.yaml')) {
      paths.push({ path: join(base, entry.name), folder: undefined });
    }
  }
  paths.sort((a, b) => (a.path < b.path ? -1 : 1));

  // Thousands of small files, few with findings: parsed on worker threads when there are many,
  // the data kept and the YAML document parsed again only for a position.
  const read = await readManySources(root, paths.map((p) => p.path));
  const perFile = read.map(({ file, findings: local }, i) => ({ file, folder: paths[i]!.folder, local }));

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
  for (const folder of listDirSync(base)) {
    if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
    for (const file of listDirSync(join(base, folder.name))) {
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
  await writeNewFileAtomic(path, commentToYaml(record), () => new Error(t('comments.write.exists', { file: path })));
  return path;
}

/** Changes only the resolution fields of a comment file, atomically. */
export async function updateComment(path: string, change: ResolutionChange): Promise<void> {
  const text = await readFile(path, 'utf8');
  await writeFileAtomic(path, applyResolution(text, change));
}

function listDirSync(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
