// The DIM spreadsheets as LibreOffice sees them: our form and our table convert to PDF, and a
// workbook or CSV that LibreOffice wrote (a third-party writer) reads back through readSheet.
// Skips, saying so, where soffice or poppler is not installed.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { draftOf } from '../../src/comments/anchors.js';
import { readSheet } from '../../src/comments/import/sheet.js';
import { openGuideline } from '../../src/model/guideline.js';
import { runCli } from '../helpers/cli.js';
import { flat, pdfPages, POPPLER } from '../render/poppler.js';

const pdfText = (pdf: Buffer): string => flat(pdfPages(pdf));
import { cleanupTemps, GIT_ENV, shippedRepo } from './helpers.js';

const TOOL_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
const SOFFICE = spawnSync('soffice', ['--version'], { env: TOOL_ENV, timeout: 60_000 }).status === 0;
if (!SOFFICE || !POPPLER) console.warn('LibreOffice tests of the DIM spreadsheets skipped: soffice (LibreOffice calc) or poppler-utils is not installed.');

afterAll(cleanupTemps);

const ENV = { ...GIT_ENV, LANG: 'C', PEDOMAN_LANG: 'id' };

/** soffice with a profile of its own, converting `file` into `dir`; returns the file written. */
function convert(dir: string, file: string, to: string, ext: string, infilter?: string): string {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', dir, file], { env: TOOL_ENV, encoding: 'utf8', timeout: 120_000 });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  return join(dir, file.split('/').pop()!.replace(/\.[^.]+$/, `.${ext}`));
}

/** The shipped guideline in a new repository, committed as Budi (see shippedRepo); `dir` holds it. */
async function shipped(): Promise<{ root: string; dir: string }> {
  const dir = await shippedRepo({ name: 'Budi Santoso', email: 'budi@example.org' });
  return { root: join(dir, 'guideline'), dir };
}

const cli = (root: string, ...argv: string[]) => runCli([...argv, '--lang', 'id'], { cwd: root, env: ENV });

async function read(root: string, file: string, format: 'xlsx' | 'csv') {
  const draft = await draftOf(openGuideline(root));
  return readSheet({ source: { file, sha256: 'x', format }, bytes: await readFile(file), anchors: draft.anchors });
}

describe.skipIf(!SOFFICE || !POPPLER)('the DIM spreadsheets in LibreOffice', () => {
  it('converts our form and our table to PDF, with the column names', async () => {
    const { root, dir } = await shipped();
    const form = join(dir, 'dim.xlsx');
    expect((await cli(root, 'comment', 'form', '-f', 'xlsx', '--section', 'kelembagaan', '-o', form)).code).toBe(0);
    expect(await cli(root, 'comment', 'add', 'kelembagaan', '--item', 'unit-pembina-kerja-sama', '--text', 'Perlu jelas.', '--type', 'umum', '--author', 'Siti Aminah', '--email', 's@example.org')).toMatchObject({ code: 0 });
    const table = join(dir, 'tabel.xlsx');
    expect((await cli(root, 'comment', 'table', '-f', 'xlsx', '-o', table)).code).toBe(0);
    const formText = pdfText(await readFile(convert(dir, form, 'pdf', 'pdf')));
    for (const h of ['No.', 'Bagian', 'Butir', 'Rumusan', 'Masukan', 'Alasan']) expect(formText).toContain(h);
    const tableText = pdfText(await readFile(convert(dir, table, 'pdf', 'pdf')));
    for (const h of ['Rumusan', 'Tanggapan Tim', 'Sikap Pemberi', 'Perlu jelas.']) expect(tableText).toContain(h);
  }, 180_000);

  it('reads back a CSV and an XLSX that LibreOffice wrote', async () => {
    const { root, dir } = await shipped();
    const form = join(dir, 'dim.xlsx');
    expect((await cli(root, 'comment', 'form', '-f', 'xlsx', '--section', 'kelembagaan', '-o', form)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const row = wb.getWorksheet('DIM')!.getRow(2);
    row.getCell(6).value = 'Siti Aminah';
    row.getCell(9).value = 'redaksional';
    row.getCell(10).value = 'Kata "ditetapkan"; diganti,\nbaris dua.';
    await wb.xlsx.writeFile(form);
    // Semicolons and UTF-8, as Calc under an Indonesian locale saves it.
    const csv = convert(dir, form, 'csv:Text - txt - csv (StarCalc):59,34,76,1', 'csv');
    expect((await readFile(csv, 'utf8')).split('\n')[0]).toContain(';');
    const fromCsv = await read(root, csv, 'csv');
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.candidates).toEqual([expect.objectContaining({ section: 'kelembagaan', item: row.getCell(3).text, type: 'redaksional', text: 'Kata "ditetapkan"; diganti,\nbaris dua.' })]);
    // A filled CSV made into a workbook by LibreOffice.
    const filled = join(dir, 'isian.csv');
    await writeFile(filled, `\ufeffBagian,Butir,Nama peninjau,Jenis,Masukan,Usulan perubahan\r\nkelembagaan,${row.getCell(3).text},Andi,substansi,"Dua\r\nbaris",Rumusan lain\r\n`);
    const xlsx = convert(dir, filled, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', 'Text - txt - csv (StarCalc):44,34,76,1');
    const fromXlsx = await read(root, xlsx, 'xlsx');
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.candidates).toEqual([expect.objectContaining({ item: row.getCell(3).text, text: 'Dua\nbaris', proposedChange: 'Rumusan lain', author: { name: 'Andi' } })]);
  }, 180_000);
});
