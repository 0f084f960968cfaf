// The review log's files: one file per act, written through the one write path (created
// exclusively, never over another file, never edited), read by the model in parallel and checked
// against the schema and for the threads, answers and objections they name.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newCommentId } from '../../src/model/ids.js';
import { commentPath } from '../../src/comments/record.js';
import { applyChange } from '../../src/ops/apply.js';
import { newAct } from '../../src/ops/comments.js';
import { openGuideline } from '../../src/model/guideline.js';
import type { StoredAct } from '../../src/model/comment-types.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';

afterEach(cleanupGuidelines);

/** A new act file, as the comment commands write it (outside git: no commit). */
async function writeNewComment(root: string, record: StoredAct): Promise<string> {
  const { path, change } = newAct(root, record, 'Komentar');
  await applyChange(change, { root, env: {}, commit: false });
  return path;
}

/** The comments as the model reads them. */
async function loadComments(root: string) {
  const { records, findings } = await openGuideline(root).comments();
  return { comments: records, findings };
}

function record(over: Partial<StoredAct> = {}): StoredAct {
  return {
    id: newCommentId(),
    section: 'peran',
    act: 'comment',
    type: 'umum',
    text: 'Komentar',
    author: { name: 'Budi' },
    created: new Date().toISOString(),
    ...over,
  };
}

/** What the model makes of a comment act: the comment as it reads. */
function asComment({ act: _act, ...rest }: StoredAct) {
  return rest;
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
    expect(comments).toEqual(written.map(asComment));
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
    await writeFile(commentPath(root, 'peran', bad.id), `id: ${bad.id}\nsection: peran\nact: comment\ntype: umum\ntext: ""\nauthor: {name: X}\ncreated: kemarin\n`);
    const { comments, findings } = await loadComments(root);
    expect(comments).toEqual([asComment(good)]);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['schema', 5], ['schema', 7]]);
  });

  it('reports an act naming a thread or answer that is not there, at its key', async () => {
    const root = await writeGuideline(baseGuideline());
    const comment = record();
    await writeNewComment(root, comment);
    const answer = record({ act: 'answer', type: undefined, text: undefined, thread: newCommentId(), disposition: 'dicatat', response: 'x' });
    await writeNewComment(root, answer);
    const accept = record({ act: 'accept', type: undefined, text: undefined, thread: comment.id, answer: newCommentId() });
    await writeNewComment(root, accept);
    const { findings } = await openGuideline(root).comments();
    expect(findings.map((f) => [f.ruleId, f.file.endsWith(`${answer.id}.yaml`) ? 'answer' : 'accept', f.line, f.message.split(' ')[0]])).toEqual([
      ['comment-file', 'answer', 5, 'thread'],
      ['comment-file', 'accept', 6, 'answer'],
    ]);
  });

  it('reads every act as a new file: an answer never touches the comment it answers', async () => {
    const root = await writeGuideline(baseGuideline());
    const r = record({ text: 'a: b # c\n\nd 🎉' });
    const path = await writeNewComment(root, r);
    const before = await readFile(path, 'utf8');
    await writeNewComment(root, record({ act: 'answer', type: undefined, text: undefined, thread: r.id, disposition: 'ditunda', response: 'Rapat berikutnya.' }));
    expect(await readFile(path, 'utf8')).toBe(before);
    const { threads } = await openGuideline(root).comments();
    expect(threads.all()[0]).toMatchObject({ state: 'answered', answer: { disposition: 'ditunda', response: 'Rapat berikutnya.' } });
  });
});
