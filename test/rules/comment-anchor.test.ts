// validate checks comment files: schema (with positions), where they lie, and what they point at.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';
import type { CommentRecord } from '../../src/model/comment-types.js';

afterEach(cleanupGuidelines);

const A = '01jz3k4m5n6p7q8r9s0t1v2w3a';
const B = '01jz3k4m5n6p7q8r9s0t1v2w3b';
const C = '01jz3k4m5n6p7q8r9s0t1v2w3c';

function comment(over: Partial<CommentRecord> = {}): CommentRecord {
  return {
    id: A,
    section: 'peran',
    item: 'duta-upt',
    type: 'substansi',
    text: 'Tugas perlu diperjelas.',
    author: { name: 'Budi Santoso' },
    created: '2026-07-07T09:30:00.000Z',
    status: 'open',
    ...over,
  };
}

function withComments(...comments: CommentRecord[]) {
  return variant((f) => {
    for (const c of comments) f[`comments/${c.section}/${c.id}.yaml`] = c;
  });
}

describe('comment-anchor', () => {
  it('passes comments on existing sections and items, and replies to existing comments', async () => {
    const result = await check(withComments(
      comment(),
      comment({ id: B, reply_to: A, text: 'Balasan' }),
      comment({ id: C, section: 'pendahuluan', item: undefined, status: 'resolved', disposition: 'dicatat', response: 'ok', resolved_at: '2026-07-08T00:00:00Z' }),
    ));
    expect(result.findings.filter((f) => f.ruleId.startsWith('comment') || f.ruleId === 'schema')).toEqual([]);
  });

  it('warns about an open comment whose item no longer exists, at the item line', async () => {
    const result = await check(withComments(comment({ item: 'duta-kanwil' })));
    const [finding] = result.of('comment-anchor');
    expect(finding).toMatchObject({ severity: 'warning', line: result.lineOf(`comments/peran/${A}.yaml`, 'duta-kanwil'), path: 'item' });
    expect(finding!.message).toContain("item 'duta-kanwil', which no longer exists in section 'peran'");
  });

  it('only notes a resolved comment whose item is gone (deleting it may have been the answer)', async () => {
    const result = await check(withComments(comment({ item: 'duta-kanwil', status: 'resolved', disposition: 'diterima', response: 'Dihapus.', resolved_at: '2026-07-08T00:00:00Z' })));
    expect(result.of('comment-anchor').map((f) => f.severity)).toEqual(['info']);
  });

  it('reports an unknown section and a reply to nothing as errors', async () => {
    const result = await check(withComments(
      comment({ section: 'peranan' }),
      comment({ id: B, reply_to: C, text: 'balasan' }),
    ));
    const errors = result.of('comment-anchor');
    expect(errors.map((f) => `${f.severity} ${f.path}`).sort()).toEqual(['error reply_to', 'error section']);
    expect(errors.find((f) => f.path === 'section')!.message).toBe("comment on unknown section 'peranan'; sections: peran");
    expect(errors.find((f) => f.path === 'reply_to')!.message).toBe(`reply to comment '${C}', which does not exist`);
  });

  it('reports a reply to a newer comment (ids sort by time), which also rules out loops', async () => {
    const result = await check(withComments(comment({ reply_to: B }), comment({ id: B, reply_to: A })));
    expect(result.of('comment-anchor').map((f) => f.message)).toEqual([`reply to comment '${B}', which is not older than the reply; replies always answer an earlier comment`]);
  });

  it('follows the ruleset: a severity set there applies to every report', async () => {
    const files = withComments(comment({ item: 'duta-kanwil' }), comment({ id: B, section: 'nope', item: undefined }));
    (files['pedoman.yaml'] as { rules?: object }).rules = { 'comment-anchor': 'warning' };
    const result = await check(files);
    expect(result.of('comment-anchor').map((f) => f.severity)).toEqual(['warning', 'warning']);
    (files['pedoman.yaml'] as { rules?: object }).rules = { 'comment-anchor': 'off' };
    expect((await check(files)).of('comment-anchor')).toEqual([]);
  });

  it('reports schema errors in comment files with their line', async () => {
    const files = withComments(comment());
    files[`comments/peran/${A}.yaml`] = [
      `id: ${A}`,
      'section: peran',
      'type: kritik',
      'text: x',
      'author:',
      '  nama: Budi',
      'created: 2026-07-07T09:30:00Z',
      'status: resolved',
      '',
    ].join('\n');
    const result = await check(files);
    const schema = result.of('schema').map((f) => [f.line, f.message]);
    expect(schema).toEqual(expect.arrayContaining([
      [3, "'type' must be one of: umum, substansi, redaksional, pertanyaan (it is \"kritik\")"],
      [6, "unknown field 'nama'; did you mean 'name'?"],
      [1, "'disposition' is required in the file but missing; add it"],
    ]));
    expect(result.of('comment-anchor')).toEqual([]);
  });

  it('reports comment files that lie in the wrong place or repeat an id', async () => {
    const files = withComments(comment());
    files[`comments/mekanisme/${A}.yaml`] = comment();
    files[`comments/peran/${B}.yaml`] = comment({ id: C });
    files[`comments/${C}.yaml`] = comment({ id: C });
    files['comments/peran/README.md'] = 'not a comment';
    const messages = (await check(files)).of('comment-file').map((f) => f.message);
    expect(messages).toEqual(expect.arrayContaining([
      `this comment is on section 'peran' but lies in the folder 'mekanisme' (comments/mekanisme/${A}.yaml); move it to comments/peran/`,
      `this comment's id is '${C}' but its file name is not ${C}.yaml (comments/peran/${B}.yaml); the file name must be the id`,
      `comments/${C}.yaml is not inside a section folder; move it to comments/peran/${C}.yaml`,
    ]));
    expect(messages).toHaveLength(3);
  });
});
