// `pedoman render --changes-since REV`: the rendered draft marks inserted and deleted text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptMarks, DEL_END, DEL_START, INS_END, INS_START, markWords, redlineHtml } from '../../src/render/redline.js';
import { proseBlocks } from '../../src/render/typst-prose.js';
import { flat, pdfBookmarks, pdfPages, POPPLER } from '../render/poppler.js';
import { cleanupRepos, guidelineRepo } from './helpers.js';

afterEach(cleanupRepos);

const MARKS = /[\uE000-\uE003]/;

describe('pedoman render --changes-since', () => {
  it('marks words inserted and deleted, items added and removed, in Markdown and HTML', async () => {
    const repo = await guidelineRepo();
    repo.git('tag', '-a', 'v0.1', '-m', 'v0.1');
    await repo.edit('sections/pengertian.yaml', (d) => {
      d.items[0].term = 'Partisipasi Masyarakat';
      d.items[0].definition = 'keikutsertaan aktif masyarakat dalam penyelenggaraan fungsi Pemasyarakatan.';
    });
    await repo.edit('sections/peran.yaml', (d) => { d.items[1].duties = ['melaksanakan program di UPT', 'melaporkan kegiatan']; });
    await repo.edit('sections/pendahuluan.yaml', (d) => {
      d.items = [{ id: 'maksud', title: 'Maksud dan Tujuan', text: 'Pedoman ini dimaksudkan sebagai acuan.' }];
    });
    const result = await repo.cli(['render', '--changes-since', 'v0.1', '--out', 'out', '--force']);
    expect(result.code).toBe(0);
    // The PDF got runs, not the marks (which the font has no glyph for and would print blank).
    expect(result.stderr).not.toMatch(/U\+E00[0-3]/);
    expect((await readFile(join(repo.root, 'out/pedoman-uji.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    const md = await readFile(join(repo.root, 'out/pedoman-uji.md'), 'utf8');
    const html = await readFile(join(repo.root, 'out/pedoman-uji.html'), 'utf8');
    expect(md).not.toMatch(MARKS);
    expect(html).not.toMatch(MARKS);

    expect(md).toContain('<del>Peran Serta</del><ins>Partisipasi</ins> Masyarakat');
    expect(md).toContain('keikutsertaan <ins>aktif</ins> masyarakat');
    expect(md).toContain('<ins>melaporkan kegiatan</ins>');
    // The removed part comes back struck through; the new one is marked inserted.
    expect(md).toMatch(/<del>Latar Belakang<\/del>/);
    expect(md).toMatch(/<ins>Maksud dan Tujuan<\/ins>/);

    expect(html).toContain('<del class="redline">Peran Serta</del><ins class="redline">Partisipasi</ins> Masyarakat');
    expect(html).toContain('del.redline{');
    // Inside a tag (an attribute) the text reads as it is now, unmarked.
    expect(html).not.toMatch(/<[^>]*<(ins|del)/);

    // Every format says what it compares against, and how changes look.
    expect(md).toMatch(/^## Perubahan sejak v0\.1 \(\d{1,2} [A-Z][a-z]+ 20\d\d\)$/m);
    expect(md).toContain('Naskah ini menandai perubahan terhadap versi v0.1. Keterangan tanda:\n\n- <ins>teks yang ditambahkan</ins>\n- <del>teks yang dihapus</del>');
    expect(md).toMatch(/- \[Perubahan sejak v0\.1 \([^)]*\)\]\(#perubahan-sejak-v01-/);
    expect(html).toMatch(/<h2><span class="title">Perubahan sejak v0\.1 \(\d{1,2} [A-Z][a-z]+ 20\d\d\)<\/span><\/h2>/);
    expect(html).toContain('<li><ins class="redline">teks yang ditambahkan</ins></li>');
    if (POPPLER) {
      const pdf = await readFile(join(repo.root, 'out/pedoman-uji.pdf'));
      const text = flat(pdfPages(pdf));
      expect(text.match(/.{0,40}[\uE000-\uE003].{0,40}/g)).toBeNull();
      expect(text).toMatch(/Perubahan sejak v0\.1 \(\d{1,2} [A-Z][a-z]+ 20\d\d\) Naskah ini menandai perubahan terhadap versi v0\.1\. Keterangan tanda: • teks yang ditambahkan • teks yang dihapus/);
      expect(text).toContain('Peran SertaPartisipasi Masyarakat');
      const marks = pdfBookmarks(pdf).map((b) => b.title);
      expect(marks[0]).toMatch(/^Perubahan sejak v0\.1/);
      expect(marks.join('|')).not.toMatch(MARKS);
    }
  });

  it('explains a revision git does not know, and works only in git', async () => {
    const repo = await guidelineRepo();
    const unknown = await repo.cli(['render', '--changes-since', 'v7', '--format', 'md', '--out', 'out']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("git does not know the revision 'v7'");
  });
});

describe('redline marks', () => {
  it('wrap changed words but never a line break or the Markdown that opens a line', () => {
    const marked = markWords('Langkah:\n- satu\n- dua\n', 'Langkah:\n- satu\n- tiga\n- empat\n');
    // The deleted entry reads "dua" struck through, then the new words; the lines are those of the new text.
    expect(marked).toBe(`Langkah:\n- satu\n- ${DEL_START}dua${DEL_END} ${INS_START}tiga${INS_END}\n- ${INS_START}empat${INS_END}\n`);
    expect(marked.split('\n').every((line) => !line.startsWith(INS_START) && !line.startsWith(DEL_START))).toBe(true);
    expect(acceptMarks(marked).replace(/ +/g, ' ')).toBe('Langkah:\n- satu\n- tiga\n- empat\n');
  });

  it('become ins and del runs in the PDF\'s structured prose, also across emphasis', () => {
    expect(proseBlocks(`a ${DEL_START}lama${DEL_END}${INS_START}baru **tebal${INS_END} sekali** b`)).toEqual([
      { t: 'par', c: ['a ', { t: 'del', c: ['lama'] }, { t: 'ins', c: ['baru '] }, { t: 'b', c: [{ t: 'ins', c: ['tebal'] }, ' sekali'] }, ' b'] },
    ]);
  });

  it('leave the <title> and attributes with the new text', () => {
    const html = redlineHtml(`<html><head><title>A ${INS_START}B${INS_END}</title><style>x{}</style></head><abbr title="${DEL_START}X${DEL_END}Y">z</abbr></html>`);
    expect(html).toContain('<title>A B</title>');
    expect(html).toContain('<abbr title="Y">');
  });
});
