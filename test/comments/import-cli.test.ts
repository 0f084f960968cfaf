// `pedoman comment import` on a temp git copy of the shipped guideline: the acts it writes, one
// commit per reviewer authored by the reviewer and committed by whoever imports, `validate`
// clean afterwards (and a forged import not), nothing new on a second import, nothing written by
// --dry-run or for a bad file.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actToYaml } from '../../src/comments/record.js';
import { newCommentId } from '../../src/model/ids.js';
import { runCli, spawnCli, type CliResult } from '../helpers/cli.js';
import { cleanupTemps, git, GIT_ENV, shippedRepo, storedComments, type Identity } from './helpers.js';
import { docx, REVIEWED_COMMENTS, reviewedBody } from './docx-fixture.js';

const SLOW = 120_000;
const TEAM: Identity = { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' };
const BUDI = { name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id', unit: 'Kanwil Jawa Barat' };

afterEach(cleanupTemps);


async function reviewFile(top: string, name = 'tinjauan-budi.docx', extra: Record<string, string> = {}): Promise<string> {
  const path = join(top, name);
  await writeFile(path, await docx({ body: reviewedBody(), comments: REVIEWED_COMMENTS, parts: extra }));
  return path;
}

function pedoman(top: string, argv: string[]): Promise<CliResult> {
  return runCli(argv, { cwd: join(top, 'guideline'), env: GIT_ENV });
}

function commits(top: string): string[] {
  return git(top, 'log', '--format=%an|%ae|%cn|%ce|%s').trim().split('\n');
}

describe('comment import', () => {
  it('writes the comments of a Word copy, one commit per reviewer, and validates clean', async () => {
    const top = await shippedRepo(TEAM, `\nreviewers:\n  - name: ${BUDI.name}\n    email: ${BUDI.email}\n    unit: ${BUDI.unit}\n`);
    const file = await reviewFile(top);
    const result = await pedoman(top, ['comment', 'import', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/6 act\(s\) imported/);

    const acts = (await storedComments(join(top, 'guideline'))).map((s) => s.record);
    expect(acts).toHaveLength(6);
    const first = acts.find((a) => a.imported?.source_id === 'comment:0')!;
    expect(first).toMatchObject({
      act: 'comment', section: 'kelembagaan', item: 'duta-kerja-sama-upt', quote: 'paling sedikit 1 (satu)', type: 'substansi',
      author: { name: BUDI.name, email: BUDI.email, affiliation: BUDI.unit }, recorded_by: TEAM, created: '2026-07-01T10:00:00.000Z',
      imported: { file: 'tinjauan-budi.docx', source_id: 'comment:0', format: 'docx' },
    });
    const reply = acts.find((a) => a.imported?.source_id === 'comment:1')!;
    expect(reply).toMatchObject({ act: 'reply', reply_to: first.id, author: { name: 'Siti Aminah' } });
    expect(reply.author.email).toBeUndefined();
    expect(acts.find((a) => a.imported?.source_id === 'change:10')).toMatchObject({ type: 'redaksional', quote: 'yang dikelola', proposed_change: 'yang dibina' });
    expect(acts.find((a) => a.imported?.source_id === 'comment:3')?.note).toMatch(/di luar semua butir|outside every item/);

    const log = commits(top);
    expect(log).toHaveLength(3);
    expect(log[1]).toBe(`${BUDI.name}|${BUDI.email}|${TEAM.name}|${TEAM.email}|Impor 4 komentar oleh Budi Santoso dari tinjauan-budi.docx`);
    expect(log[0]).toMatch(new RegExp(`^Siti Aminah\\|\\|${TEAM.name}\\|${TEAM.email}\\|Impor 2 komentar`));
    const body = git(top, 'log', '-1', '--skip=1', '--format=%B');
    expect(body.match(/^Comment-Id: /gm)).toHaveLength(4);

    const validate = await pedoman(top, ['validate']);
    expect(validate.stdout + validate.stderr).not.toMatch(/act-provenance|comment\.schema|schema/);
    expect(validate.code, validate.stdout).toBe(0);

    // The same file again: nothing new. A re-saved copy (other bytes): the same comments are skipped, said.
    const again = await pedoman(top, ['comment', 'import', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing new/);
    const copy = await reviewFile(top, 'tinjauan-budi-2.docx', { 'docProps/app.xml': '<Properties/>' });
    const resaved = await pedoman(top, ['comment', 'import', copy]);
    expect(resaved.code, resaved.stderr).toBe(0);
    expect(resaved.stderr).toMatch(/already holds the same comment/);
    expect(resaved.stdout).toMatch(/nothing new/);
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(6);
    expect(commits(top)).toHaveLength(3);
  }, SLOW);

  it('--dry-run shows the table and writes nothing', async () => {
    const top = await shippedRepo(TEAM, `\nreviewers:\n  - name: ${BUDI.name}\n    email: ${BUDI.email}\n    unit: ${BUDI.unit}\n`);
    const result = await pedoman(top, ['comment', 'import', await reviewFile(top), '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/kelembagaan › duta-kerja-sama-upt\s+substance\s+Budi Santoso\s+paling sedikit 2/);
    expect(result.stdout).toMatch(/6 act\(s\) would be created; nothing was written/);
    expect(existsSync(join(top, 'guideline', 'comments'))).toBe(false);
    expect(commits(top)).toHaveLength(1);
  }, SLOW);

  it('refuses a bad file in one line (exit 2) and writes nothing', async () => {
    const top = await shippedRepo(TEAM, `\nreviewers:\n  - name: ${BUDI.name}\n    email: ${BUDI.email}\n    unit: ${BUDI.unit}\n`);
    const cases: [string, Buffer | string, RegExp][] = [
      ['catatan.docx', 'just text', /catatan\.docx is not a Word/],
      ['terkunci.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /password/],
      ['form.xlsx', 'x', /form\.xlsx is not an Excel/],
      ['form-terkunci.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /password, or is an old \.xls/],
      ['form-bomb.xlsx', await docx({ body: [], parts: { 'xl/worksheets/sheet1.xml': ' '.repeat(20 * 1024 * 1024) } }), /zip bomb/],
      ['form-lol.xlsx', await docx({ body: [], parts: { 'xl/workbook.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>' } }), /DOCTYPE or ENTITY, which Excel never writes/],
      ['bomb.docx', await docx({ body: [], parts: { 'word/comments.xml': ' '.repeat(20 * 1024 * 1024) } }), /zip bomb/],
      ['lol.docx', await docx({ body: [], parts: { 'word/comments.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>' } }), /DOCTYPE or ENTITY/],
    ];
    for (const [name, data, message] of cases) {
      await writeFile(join(top, name), data);
      const result = await pedoman(top, ['comment', 'import', join(top, name)]);
      expect(result.code, name).toBe(2);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(result.stderr, name).toMatch(message);
    }
    const missing = await pedoman(top, ['comment', 'import', 'nope.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.docx: no such file/);
    expect(existsSync(join(top, 'guideline', 'comments'))).toBe(false);
    expect(commits(top)).toHaveLength(1);
  }, SLOW);

  it('a forged import (committed by the team in the reviewer\'s name) fails act-provenance', async () => {
    const top = await shippedRepo(TEAM, `\nreviewers:\n  - name: ${BUDI.name}\n    email: ${BUDI.email}\n    unit: ${BUDI.unit}\n`);
    const id = newCommentId();
    const dir = join(top, 'guideline', 'comments', 'kelembagaan');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${id}.yaml`), actToYaml({
      id, section: 'kelembagaan', act: 'comment', type: 'umum', text: 'Saya tidak pernah menulis ini.',
      author: { name: BUDI.name, email: BUDI.email }, recorded_by: { name: TEAM.name, email: TEAM.email },
      imported: { file: 'x.docx', sha256: 'a'.repeat(64), source_id: 'comment:9', format: 'docx' }, created: '2026-07-01T10:00:00.000Z',
    }));
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', `Impor\n\nComment-Id: ${id}`);
    const validate = await pedoman(top, ['validate']);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/act-provenance/);
    expect(validate.stdout).toMatch(/authored by Tim Penyusun/);
  }, SLOW);

  it("keeps a reviewer's acts on disk and says so when only their commit fails", async () => {
    const top = await shippedRepo(TEAM, `\nreviewers:\n  - name: ${BUDI.name}\n    email: ${BUDI.email}\n    unit: ${BUDI.unit}\n`);
    const hook = join(top, '.git', 'hooks', 'pre-commit');
    await writeFile(hook, '#!/bin/sh\ncase "$GIT_AUTHOR_NAME" in "Siti Aminah") echo "refused by hook" >&2; exit 1;; esac\n', { mode: 0o755 });
    const result = await pedoman(top, ['comment', 'import', await reviewFile(top)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 act\(s\) by Siti Aminah are written but could not be committed/);
    expect(result.stdout).toMatch(/4 act\(s\) by Budi Santoso committed/);
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(6);
    expect(commits(top)).toHaveLength(2);
  }, SLOW);

  it('the built binary imports too', async () => {
    const top = await shippedRepo(TEAM, `\nreviewers:\n  - name: ${BUDI.name}\n    email: ${BUDI.email}\n    unit: ${BUDI.unit}\n`);
    const file = await reviewFile(top);
    const result = spawnCli(['comment', 'import', file, '--dir', join(top, 'guideline')], { cwd: top, env: GIT_ENV });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/6 act\(s\) imported/);
    expect(commits(top)).toHaveLength(3);
    expect(await readFile(join(top, 'guideline', 'pedoman.yaml'), 'utf8')).toMatch(/reviewers:/);
  }, SLOW);
});
