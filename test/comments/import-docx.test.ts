// The Word reader: comments on the item whose bookmark holds them, replies, tracked changes as
// redaksional comments, a comment outside every item, a Word file that is not pedoman's, and the
// files it refuses (each one line, nothing read).
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readDocx, normalTitle, type ImportGuideline } from '../../src/comments/import/docx.js';
import { formatOf } from '../../src/comments/import/index.js';
import { ZIP_LIMITS } from '../../src/comments/import/zip.js';
import { itemBookmark, sectionBookmark } from '../../src/model/bookmarks.js';
import { UserError } from '../../src/core/errors.js';
import { cEnd, cStart, docx, heading, p, r, REVIEWED_COMMENTS, reviewedBody } from './docx-fixture.js';

const GUIDELINE: ImportGuideline = {
  id: 'pedoman-peran-serta-masyarakat',
  sections: [
    { id: 'pendahuluan', title: 'Pendahuluan', items: [{ id: 'latar-belakang' }] },
    { id: 'kelembagaan', title: 'Kelembagaan', items: [{ id: 'duta-kerja-sama-kanwil' }, { id: 'duta-kerja-sama-upt' }] },
  ],
  reviewers: [{ name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id', unit: 'Kanwil Jawa Barat' }],
  language: 'id',
};

const MAP = {
  guideline: 'pedoman-peran-serta-masyarakat',
  bookmarks: [[sectionBookmark('kelembagaan'), 'kelembagaan'], [itemBookmark('duta-kerja-sama-upt'), 'kelembagaan', 'duta-kerja-sama-upt']] as [string, string, string?][],
};

async function oneLine(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

describe('readDocx', () => {
  it('places comments, replies and tracked changes on the item whose bookmark holds them', async () => {
    const bytes = await docx({ body: reviewedBody(), comments: REVIEWED_COMMENTS, map: MAP });
    const read = await readDocx(bytes, 'dir/review-budi.docx', GUIDELINE);
    expect(read.source).toMatchObject({ file: 'review-budi.docx', format: 'docx' });
    expect(read.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(read.warnings).toEqual([]);
    const byId = new Map(read.candidates.map((c) => [c.sourceId, c]));

    const first = byId.get('comment:0')!;
    expect(first).toMatchObject({
      act: 'comment', section: 'kelembagaan', item: 'duta-kerja-sama-upt', quote: 'paling sedikit 1 (satu)', type: 'substansi',
      text: 'paling sedikit 2 (dua) orang, agar ada pengganti.', created: '2026-07-01T10:00:00.000Z',
      author: { name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id', affiliation: 'Kanwil Jawa Barat' },
    });
    expect(byId.get('comment:1')).toMatchObject({ act: 'reply', replyTo: 'comment:0', section: 'kelembagaan', item: 'duta-kerja-sama-upt', author: { name: 'Siti Aminah' } });
    expect(byId.get('comment:1')!.author.email).toBeUndefined();

    const outside = byId.get('comment:3')!;
    expect(outside.item).toBeUndefined();
    expect(outside).toMatchObject({ section: 'kelembagaan', type: 'umum', quote: 'Pelaksanaan Pedoman ini tidak membentuk satuan organisasi baru.' });
    expect(outside.notes.join(' ')).toMatch(/di luar semua butir|outside every item/);

    const replaced = byId.get('change:10')!;
    expect(replaced).toMatchObject({ type: 'redaksional', item: 'duta-kerja-sama-upt', quote: 'yang dikelola', proposedChange: 'yang dibina' });
    const inserted = byId.get('change:12')!;
    expect(inserted).toMatchObject({ quote: 'berasal dari Pembimbing Kemasyarakatan', proposedChange: 'yang bersertifikat' });
    expect(inserted.notes.join(' ')).toMatch(/5/);
    const deleted = byId.get('change:13')!;
    expect(deleted).toMatchObject({ quote: '2 (dua) tahun', author: { name: 'Siti Aminah' } });
    expect(deleted.proposedChange).toMatch(/^(hapus|delete): 2 \(dua\) tahun$/);
    expect(byId.has('change:11')).toBe(false); // the insertion of the replacement is part of it
    expect(read.candidates).toHaveLength(6);
  });

  it('rebuilds the map from the guideline when the file lost its custom XML part', async () => {
    const read = await readDocx(await docx({ body: reviewedBody(), comments: REVIEWED_COMMENTS }), 'x.docx', GUIDELINE);
    expect(read.warnings).toEqual([]);
    expect(read.candidates.find((c) => c.sourceId === 'comment:0')).toMatchObject({ item: 'duta-kerja-sama-upt' });
  });

  it('takes the type word in any case, and --affiliation for every reviewer', async () => {
    const comments = [{ id: 0, author: 'budi santoso', text: 'REDAKSIONAL : kata "paling" diganti.' }];
    const read = await readDocx(await docx({ body: reviewedBody(), comments }), 'x.docx', { ...GUIDELINE, affiliation: 'UPT Bandung' });
    expect(read.candidates[0]).toMatchObject({ type: 'redaksional', text: 'kata "paling" diganti.', author: { name: 'budi santoso', email: 'budi@kanwil-jabar.example.go.id', affiliation: 'UPT Bandung' } });
  });

  it('places the comments of a foreign Word file by its headings and warns about the rest', async () => {
    const body = [
      p(cStart(5), r('Sampul'), cEnd(5)),
      heading('BAB I  PENDAHULUAN'),
      p(cStart(6), r('Latar belakang'), cEnd(6)),
      heading('3. Kelembagaan', 2),
      p(cStart(7), r('Duta Kerja Sama'), cEnd(7)),
    ];
    const comments = [
      { id: 5, author: 'Ani', text: 'Sampulnya kurang rapi.' },
      { id: 6, author: 'Ani', text: 'Tambahkan data.' },
      { id: 7, author: 'Ani', text: 'Berapa orang?' },
    ];
    const read = await readDocx(await docx({ body, comments }), 'asing.docx', GUIDELINE);
    expect(read.candidates.map((c) => [c.sourceId, c.section, c.item])).toEqual([['comment:6', 'pendahuluan', undefined], ['comment:7', 'kelembagaan', undefined]]);
    expect(read.candidates[0]!.notes.join(' ')).toMatch(/PENDAHULUAN/);
    const messages = read.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/bookmark/);
    expect(read.warnings.find((w) => w.location.includes('5'))?.message).toMatch(/pedoman comment add/);
  });

  it('knows heading styles by their definition in styles.xml', async () => {
    const styles = '<w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="Bab"><w:name w:val="Bab Pedoman"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="a1"><w:name w:val="heading 1"/></w:style></w:styles>';
    const body = [
      '<w:p><w:pPr><w:pStyle w:val="Bab"/></w:pPr><w:r><w:t>BAB I Pendahuluan</w:t></w:r></w:p>',
      p(cStart(1), r('a'), cEnd(1)),
      '<w:p><w:pPr><w:pStyle w:val="a1"/></w:pPr><w:r><w:t>Kelembagaan</w:t></w:r></w:p>',
      p(cStart(2), r('b'), cEnd(2)),
    ];
    const comments = [{ id: 1, author: 'Ani', text: 'Satu.' }, { id: 2, author: 'Ani', text: 'Dua.' }];
    const read = await readDocx(await docx({ body, comments, parts: { 'word/styles.xml': styles } }), 'asing.docx', GUIDELINE);
    expect(read.candidates.map((c) => c.section)).toEqual(['pendahuluan', 'kelembagaan']);
  });

  it('reads an author set as "Name <e-mail>", and warns when the file is of another guideline', async () => {
    const comments = [{ id: 0, author: 'Rina Wulandari <rina@upt.example.go.id>', text: 'Catatan.' }];
    const read = await readDocx(await docx({ body: reviewedBody(), comments, map: { ...MAP, guideline: 'pedoman-lain' } }), 'x.docx', GUIDELINE);
    expect(read.candidates[0]!.author).toEqual({ name: 'Rina Wulandari', email: 'rina@upt.example.go.id' });
    expect(read.warnings.map((w) => w.message).join('\n')).toMatch(/pedoman-lain/);
  });

  it('ignores numbering, case and spacing when matching headings', () => {
    expect(normalTitle('BAB III  KELEMBAGAAN')).toBe('kelembagaan');
    expect(normalTitle('3.2. Program  Sahabat Pemasyarakatan')).toBe('program sahabat pemasyarakatan');
    expect(normalTitle('Pemantauan dan Evaluasi')).toBe('pemantauan dan evaluasi');
  });
});

describe('bad files', () => {
  it('refuses what is not a zip', async () => {
    expect(await oneLine(readDocx(Buffer.from('hello, this is text'), 'notes.docx', GUIDELINE))).toMatch(/^notes\.docx .*(docx|Word)/);
  });

  it('recognises a password-protected file (OLE compound file)', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await oneLine(readDocx(cfb, 'secret.docx', GUIDELINE))).toMatch(/secret\.docx .*(password|kata sandi)/);
    expect(formatOf('secret.bin', cfb)).toBe('docx');
  });

  it('stops a zip bomb (a highly compressible large entry) early', async () => {
    const bytes = await docx({ body: [p(r('x'))], parts: { 'word/comments.xml': Buffer.alloc(20 * 1024 * 1024, 0x20) } });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(await oneLine(readDocx(bytes, 'bomb.docx', GUIDELINE))).toMatch(/bomb\.docx .*(zip bomb|bom zip)/);
  });

  it('refuses XML entity expansion', async () => {
    const billion = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:comments xmlns:w="x">&lol2;</w:comments>';
    const bytes = await docx({ body: [p(r('x'))], parts: { 'word/comments.xml': billion } });
    expect(await oneLine(readDocx(bytes, 'lol.docx', GUIDELINE))).toMatch(/lol\.docx: word\/comments\.xml .*(DOCTYPE|ENTITY)/);
  });

  it('refuses a huge file before reading it', async () => {
    const small = await docx({ body: [p(r('x'))] });
    const limits = { ...ZIP_LIMITS, fileBytes: small.length - 1 };
    expect(await oneLine(readDocx(small, 'huge.docx', GUIDELINE, limits))).toMatch(/huge\.docx .*MB/);
  });

  it('refuses a zip that is not a Word document, and too many entries', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await oneLine(readDocx(await zip.generateAsync({ type: 'nodebuffer' }), 'a.docx', GUIDELINE))).toMatch(/word\/document\.xml/);
    for (let i = 0; i < 30; i++) zip.file(`f${i}.txt`, 'x');
    expect(await oneLine(readDocx(await zip.generateAsync({ type: 'nodebuffer' }), 'b.docx', GUIDELINE, { ...ZIP_LIMITS, entries: 10 }))).toMatch(/b\.docx .*10/);
  });
});
