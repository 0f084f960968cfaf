// Comment files: one file per comment, written through the one write path (created
// exclusively, never over another file), read by the model in parallel and checked against the
// schema.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newCommentId } from '../../src/model/ids.js';
import { commentPath } from '../../src/comments/record.js';
import { applyChange } from '../../src/ops/apply.js';
import { newComment, resolutionChange } from '../../src/ops/comments.js';
import type { ResolutionChange } from '../../src/comments/record.js';
import { openGuideline } from '../../src/model/guideline.js';
import type { CommentRecord } from '../../src/model/comment-types.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';

afterEach(cleanupGuidelines);

/** A new comment file, as `comment add` writes it (outside git: no commit). */
async function writeNewComment(root: string, record: CommentRecord): Promise<string> {
  const { path, change } = newComment(root, record, 'Komentar');
  await applyChange(change, { root, env: {}, commit: false });
  return path;
}

/** The resolution fields changed, as `comment resolve` does. */
async function updateComment(root: string, id: string, change: ResolutionChange): Promise<void> {
  const stored = (await openGuideline(root).comments()).entries.find((e) => e.record.id === id)!;
  await applyChange(resolutionChange(stored, change, 'Selesai').change, { root, env: {}, commit: false });
}

/** The comments as the model reads them. */
async function loadComments(root: string) {
  const { records, findings } = await openGuideline(root).comments();
  return { comments: records, findings };
}

function record(over: Partial<CommentRecord> = {}): CommentRecord {
  return {
    id: newCommentId(),
    section: 'peran',
    type: 'umum',
    text: 'Komentar',
    author: { name: 'Budi' },
    created: new Date().toISOString(),
    status: 'open',
    ...over,
  };
}

describe('comment store', () => {
  it('reads nothing, without complaint, when there are no comments', async () => {
    const root = await writeGuideline(baseGuideline());
    expect(await loadComments(root)).toEqual({ comments: [], findings: [] });
  });

  it('writes one file per comment and reads them back oldest first', async () => {
    const root = await writeGuideline(baseGuideline());
    const written = [record({ section: 'peran' }), record({ section: 'pendahuluan' }), record({ section: 'peran', item: 'duta-upt' })];
    for (const r of [...written].reverse()) await writeNewComment(root, r);
    const { comments, findings } = await loadComments(root);
    expect(findings).toEqual([]);
    expect(comments).toEqual(written);
    expect((await openGuideline(root).commentIds()).sort()).toEqual(written.map((r) => r.id).sort());
    expect(await readdir(join(root, 'comments', 'peran'))).toEqual(expect.arrayContaining([`${written[0]!.id}.yaml`]));
  });

  it('reads many files in parallel', async () => {
    const root = await writeGuideline(baseGuideline());
    const many = Array.from({ length: 300 }, (_, i) => record({ text: `komentar ${i}` }));
    await Promise.all(many.map((r) => writeNewComment(root, r)));
    const { comments, findings } = await loadComments(root);
    expect(findings).toEqual([]);
    expect(comments.map((c) => c.id)).toEqual(many.map((c) => c.id));
  });

  it('never writes over an existing comment file, and leaves no temporary file behind', async () => {
    const root = await writeGuideline(baseGuideline());
    const first = record({ text: 'asli' });
    await writeNewComment(root, first);
    await expect(writeNewComment(root, { ...first, text: 'tiruan' })).rejects.toThrow('exists already; nothing was written over it');
    expect(await readFile(commentPath(root, 'peran', first.id), 'utf8')).toContain('asli');
    expect(await readdir(join(root, 'comments', 'peran'))).toEqual([`${first.id}.yaml`]);
  });

  it('leaves out files that fail their schema, reporting them with positions', async () => {
    const root = await writeGuideline(baseGuideline());
    const good = record();
    await writeNewComment(root, good);
    const bad = record();
    await writeFile(commentPath(root, 'peran', bad.id), `id: ${bad.id}\nsection: peran\ntype: umum\ntext: ""\nauthor: {name: X}\ncreated: kemarin\nstatus: open\n`);
    const { comments, findings } = await loadComments(root);
    expect(comments).toEqual([good]);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['schema', 4], ['schema', 6]]);
  });

  it('changes only the resolution fields of a file', async () => {
    const root = await writeGuideline(baseGuideline());
    const r = record({ text: 'a: b # c\n\nd 🎉' });
    const path = await writeNewComment(root, r);
    const before = await readFile(path, 'utf8');
    await updateComment(root, r.id, { status: 'resolved', disposition: 'ditunda', response: 'Rapat berikutnya.', resolved_at: '2026-07-08T00:00:00.000Z' });
    const after = await readFile(path, 'utf8');
    expect(after.startsWith(before.slice(0, before.indexOf('status: open')))).toBe(true);
    const { entries } = await openGuideline(root).comments();
    expect(entries[0]!.record).toEqual({ ...r, status: 'resolved', disposition: 'ditunda', response: 'Rapat berikutnya.', resolved_at: '2026-07-08T00:00:00.000Z' });
  });
});
