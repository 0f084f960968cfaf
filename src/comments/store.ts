// Writing comment files: <guideline>/comments/<section-id>/<comment-id>.yaml, one per comment (a
// reply is its own file), so that reviewers working in their own clones never touch the same
// file. Reading them is the model's (src/model/records.ts).
import { readFile } from 'node:fs/promises';
import { t } from '../i18n/index.js';
import type { CommentRecord } from '../model/comment-types.js';
import type { Stored } from '../model/records.js';
import { writeFileAtomic, writeNewFileAtomic } from '../util/atomic.js';
import { applyResolution, commentPath, commentToYaml, type ResolutionChange } from './record.js';

export type StoredComment = Stored<CommentRecord>;

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
