// A Word copy re-saved by LibreOffice (which renumbers comments, may drop the custom XML part
// holding the bookmark map, and writes its own XML) still imports onto the right items. Skips,
// saying so, where LibreOffice (soffice) is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/comments/import/docx.js';
import { itemBookmark, sectionBookmark } from '../../src/model/bookmarks.js';
import { docx, REVIEWED_COMMENTS, reviewedBody } from './docx-fixture.js';

const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
if (!SOFFICE) console.warn('LibreOffice tests skipped: soffice is not installed (`apt-get install libreoffice-writer`).');

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe.skipIf(!SOFFICE)('a Word copy re-saved by LibreOffice', () => {
  it('imports its comments and tracked changes onto the right items', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pedoman-lo-'));
    dirs.push(dir);
    const map = { guideline: 'pedoman-peran-serta-masyarakat', bookmarks: [[sectionBookmark('kelembagaan'), 'kelembagaan'], [itemBookmark('duta-kerja-sama-upt'), 'kelembagaan', 'duta-kerja-sama-upt']] as [string, string, string?][] };
    await writeFile(join(dir, 'tinjauan.docx'), await docx({ body: reviewedBody(), comments: REVIEWED_COMMENTS, map }));
    const out = join(dir, 'out');
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'docx', '--outdir', out, join(dir, 'tinjauan.docx')], {
      encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH, HOME: dir, LANG: 'C.UTF-8' },
    });
    expect(result.status, result.stderr).toBe(0);
    const resaved = await readFile(join(out, 'tinjauan.docx'));
    const read = await readDocx(resaved, 'tinjauan.docx', {
      sections: [{ id: 'kelembagaan', title: 'Kelembagaan', items: [{ id: 'duta-kerja-sama-upt' }] }],
      reviewers: [],
      language: 'id',
    });
    const comments = read.candidates.filter((c) => c.sourceId.startsWith('comment:'));
    const main = comments.find((c) => c.text.startsWith('paling sedikit 2'));
    expect(main).toMatchObject({ section: 'kelembagaan', item: 'duta-kerja-sama-upt', quote: 'paling sedikit 1 (satu)', type: 'substansi', author: { name: 'Budi Santoso' } });
    const outside = comments.find((c) => c.text.startsWith('Perlu dijelaskan'));
    expect(outside?.section).toBe('kelembagaan');
    expect(outside?.item).toBeUndefined();
    // LibreOffice drops word/commentsExtended.xml: the reply comes back as a comment on the same words.
    const reply = comments.find((c) => c.text.startsWith('Setuju'));
    expect(reply?.item).toBe('duta-kerja-sama-upt');
    const changes = read.candidates.filter((c) => c.sourceId.startsWith('change:'));
    expect(changes.map((c) => [c.item, c.quote, c.proposedChange?.replace(/^(hapus|delete): .*/, 'DEL')])).toEqual(expect.arrayContaining([
      ['duta-kerja-sama-upt', 'yang dikelola', 'yang dibina'],
      ['duta-kerja-sama-upt', 'berasal dari Pembimbing Kemasyarakatan', 'yang bersertifikat'],
      ['duta-kerja-sama-upt', '2 (dua) tahun', 'DEL'],
    ]));
  }, 120_000);
});
