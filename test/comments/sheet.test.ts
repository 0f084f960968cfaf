// The DIM spreadsheet both ways: `comment form` writes it, readSheet reads a filled one back;
// `comment table` writes the table of comments and responses in each format.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { draftOf } from '../../src/comments/anchors.js';
import { readSheet } from '../../src/comments/import/sheet.js';
import { openGuideline } from '../../src/model/guideline.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { cleanupTemps, GIT_ENV, shippedRepo } from './helpers.js';

afterAll(cleanupTemps);

const ENV = { ...GIT_ENV, LANG: 'C', PEDOMAN_LANG: 'id' };

/** The shipped guideline in a new repository, committed as Budi (see shippedRepo). */
async function shipped(): Promise<string> {
  return join(await shippedRepo({ name: 'Budi Santoso', email: 'budi@example.org' }), 'guideline');
}

async function read(root: string, file: string, format: 'xlsx' | 'csv', bytes?: Buffer) {
  const draft = await draftOf(openGuideline(root));
  return readSheet({ source: { file, sha256: 'x', format }, bytes: bytes ?? (await readFile(file)), anchors: draft.anchors, current: { guideline: 'pedoman-peran-serta-masyarakat', version: '0.1.0' } });
}

const cli = (root: string, ...argv: string[]) => runCli([...argv, '--lang', 'id'], { cwd: root, env: ENV });

describe('comment form', () => {
  it('writes an XLSX that a reviewer fills and readSheet reads back', async () => {
    const root = await shipped();
    const file = join(root, '..', 'dim.xlsx');
    const r = await cli(root, 'comment', 'form', '--format', 'xlsx', '--output', file);
    expect(r.stderr).toContain('dim.xlsx');
    expect(r.code).toBe(0);
    expect((await cli(root, 'comment', 'form', '--format', 'xlsx', '--output', file)).code).toBe(2);
    expect((await cli(root, 'comment', 'form', '--format', 'xlsx', '--output', file, '--force')).code).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('DIM')!;
    expect(wb.getWorksheet('Petunjuk')!.getCell(1, 1).text).toContain('Cara mengisi');
    expect(wb.getWorksheet('pedoman')!.state).toBe('veryHidden');
    expect(sheet.getRow(1).values).toContain('Rumusan');
    expect(sheet.views[0]!.state).toBe('frozen');
    expect(sheet.getCell(2, 9).dataValidation.formulae).toEqual(['"substansi,redaksional,umum"']);
    const zip = await JSZip.loadAsync(await readFile(file));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(xml).not.toMatch(/<sheetProtection[^>]*password/);
    expect(xml).toContain('<dataValidation type="list"');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('locked="0"');
    expect(sheet.getRow(2).getCell(3).text).not.toBe('');
    // The reviewer fills two rows (the second with only an usulan) and leaves the rest empty.
    const row2 = sheet.getRow(2);
    row2.getCell(6).value = 'Siti Aminah';
    row2.getCell(7).value = 'siti@kanwil.example.go.id';
    row2.getCell(8).value = 'Kanwil Jawa Barat';
    row2.getCell(9).value = 'Substansi';
    row2.getCell(10).value = 'Perlu dijelaskan\nsiapa yang menetapkan.';
    row2.getCell(12).value = 'Agar tidak tumpang tindih.';
    const row3 = sheet.getRow(3);
    row3.getCell(6).value = 'Siti Aminah';
    row3.getCell(11).value = 'Rumusan baru.';
    await wb.xlsx.writeFile(file);

    const result = await read(root, file, 'xlsx');
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.candidates).toHaveLength(2);
    const [a, b] = result.candidates;
    expect(a).toMatchObject({
      sourceId: 'row:2', location: 'baris 2', act: 'comment', section: row2.getCell(2).text, item: row2.getCell(3).text, type: 'substansi',
      text: 'Perlu dijelaskan\nsiapa yang menetapkan.', reason: 'Agar tidak tumpang tindih.',
      author: { name: 'Siti Aminah', email: 'siti@kanwil.example.go.id', affiliation: 'Kanwil Jawa Barat' },
    });
    expect(a!.quote).toBeUndefined();
    expect(b).toMatchObject({ sourceId: 'row:3', text: 'Usulan perubahan', proposedChange: 'Rumusan baru.', type: 'umum' });
  }, 60_000);

  it('says when a form was made from another version or for another guideline', async () => {
    const root = await shipped();
    const file = join(root, '..', 'old.xlsx');
    expect((await cli(root, 'comment', 'form', '-f', 'xlsx', '--section', 'kelembagaan', '-o', file)).code).toBe(0);
    const draft = await draftOf(openGuideline(root));
    const bytes = await readFile(file);
    const at = (current: { guideline: string; version: string }) => readSheet({ source: { file, sha256: 'x', format: 'xlsx' }, bytes, anchors: draft.anchors, current });
    expect((await at({ guideline: 'pedoman-peran-serta-masyarakat', version: '0.2.0' })).warnings).toEqual([{ location: file, message: expect.stringContaining('versi 0.1.0') }]);
    expect((await at({ guideline: 'lain', version: '0.1.0' })).warnings).toEqual([{ location: file, message: expect.stringContaining('bukan lain') }]);
  }, 60_000);

  it('writes a CSV with BOM, CRLF and Indonesian headers', async () => {
    const root = await shipped();
    const file = join(root, '..', 'dim.csv');
    expect((await cli(root, 'comment', 'form', '--format', 'csv', '--section', 'kelembagaan', '--output', file)).code).toBe(0);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('No.,Bagian,Butir,Judul butir,Rumusan,Nama peninjau,E-mail,Unit kerja,Jenis,Masukan,Usulan perubahan,Alasan\r\n');
    expect((await read(root, file, 'csv')).candidates).toEqual([]);
  }, 60_000);
});

describe('the built binary', () => {
  it('writes the form, and refuses to write over it in one line', async () => {
    const root = await shipped();
    const file = join(root, '..', 'dim.csv');
    const first = spawnCli(['comment', 'form', '-f', 'csv', '-o', file, '--lang', 'en'], { cwd: root, env: ENV });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Wrote .*dim\.csv \(\d+ rows\)/);
    const again = spawnCli(['comment', 'form', '-f', 'csv', '-o', file, '--lang', 'en'], { cwd: root, env: ENV });
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('--force');
  }, 60_000);
});

describe('readSheet', () => {
  it('reads a CSV with ; and a BOM, CRLF, quoted newlines, headers in any order and case', async () => {
    const root = await shipped();
    const csv = '\ufeffmasukan;BUTIR;bagian;Nama Peninjau;jenis;Usulan Perubahan\r\n"baris satu\r\nbaris dua";unit-pembina-kerja-sama;kelembagaan;Andi;REDAKSIONAL;\r\n;;;;;\r\n';
    const result = await read(root, 'a.csv', 'csv', Buffer.from(csv));
    expect(result.problems).toEqual([]);
    expect(result.candidates).toEqual([expect.objectContaining({ sourceId: 'row:2', section: 'kelembagaan', item: 'unit-pembina-kerja-sama', type: 'redaksional', text: 'baris satu\nbaris dua', author: { name: 'Andi' } })]);
  });

  it('reads a CSV with , and English headers', async () => {
    const root = await shipped();
    const csv = 'Section,Item,Reviewer name,Type,Comment,Proposed change,Reason\nkelembagaan,,Ann,Substance,"On the whole section, a comment",,because\n';
    const result = await read(root, 'b.csv', 'csv', Buffer.from(csv));
    expect(result.candidates).toEqual([expect.objectContaining({ section: 'kelembagaan', text: 'On the whole section, a comment', reason: 'because', type: 'substansi' })]);
    expect(result.candidates[0]!.item).toBeUndefined();
  });

  it('names the row and column of bad rows', async () => {
    const root = await shipped();
    const csv = 'Bagian,Butir,Nama peninjau,Jenis,Masukan\nkelembagan,x,A,umum,m\nkelembagaan,unit-pembina-kerja-sam,A,umum,m\nkelembagaan,,A,penting,m\nkelembagaan,,,umum,m\n';
    const { problems, candidates } = await read(root, 'c.csv', 'csv', Buffer.from(csv));
    expect(candidates).toEqual([]);
    expect(problems).toEqual([
      { location: 'baris 2', column: 'Bagian', message: expect.stringContaining('kelembagaan') },
      { location: 'baris 3', column: 'Butir', message: expect.stringContaining('unit-pembina-kerja-sama') },
      { location: 'baris 4', column: 'Jenis', message: expect.stringContaining('penting') },
      { location: 'baris 5', column: 'Nama peninjau', message: expect.any(String) },
    ]);
  });

  it('says in one line that a file is not an XLSX', async () => {
    const root = await shipped();
    const result = await read(root, 'x.xlsx', 'xlsx', Buffer.from('not a workbook'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/bukan buku kerja XLSX/);
    expect(result.problems[0]!.message).not.toContain('\n');
  });
});

describe('comment table', () => {
  it('writes md, csv, xlsx and pdf with the Sikap column', async () => {
    const root = await shipped();
    const add = await cli(root, 'comment', 'add', 'kelembagaan', '--item', 'unit-pembina-kerja-sama', '--type', 'substansi', '--text', 'Siapa yang menetapkan?', '--proposed-change', 'Ditetapkan oleh Dirjen.', '--author', 'Siti Aminah', '--email', 'siti@example.org');
    expect(add.code, add.stderr).toBe(0);
    const id = (await cli(root, 'comment', 'list', '--quiet')).stdout.trim().split('\n')[0]!;
    expect((await cli(root, 'comment', 'answer', id, '--disposition', 'tidak-diterima', '--response', 'Sudah diatur.', '--author', 'Tim')).code).toBe(0);
    const obj = await runCli(['comment', 'object', id, '--reason', 'Belum jelas.', '--lang', 'id'], { cwd: root, env: { ...ENV, GIT_AUTHOR_NAME: 'Siti Aminah' } });
    expect(obj.code, obj.stderr).toBeLessThan(2);
    for (const format of ['md', 'csv', 'xlsx', 'pdf']) {
      const out = join(root, '..', `tabel.${format}`);
      const r = await cli(root, 'comment', 'table', '--format', format, '--output', out);
      expect(r.code, r.stderr).toBe(0);
    }
    const md = await readFile(join(root, '..', 'tabel.md'), 'utf8');
    expect(md).toContain('Siapa yang menetapkan?');
    expect(md).not.toContain('MATRIKS PERAN');
    expect(md).toContain('| No. | Bagian | Rumusan |');
    expect(md).toContain('Belum jelas.');
    const csv = await readFile(join(root, '..', 'tabel.csv'), 'utf8');
    expect(csv).toContain('Tanggapan Tim Penyusun');
    expect(csv).toContain('Sikap Pemberi Masukan');
    expect(csv).toContain('Sudah diatur.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, '..', 'tabel.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('Sikap Pemberi Masukan');
    expect(sheet.getRow(2).getCell(3).text).toContain('Direktorat');
    expect((await readFile(join(root, '..', 'tabel.pdf'))).subarray(0, 4).toString()).toBe('%PDF');
    await writeFile(join(root, '..', 'done'), '');
  }, 120_000);
});
