// The round trip of issue 17: the draft rendered as Word (`render --format docx`), a reviewer's
// copy made from it with a Word comment and a tracked change written into the document the way
// Word writes them, then `comment import` of that copy: each lands on the right item, with the
// commented words as its quote and the new wording as its proposed change. The same for the DIM
// form as XLSX (filled with exceljs, as Excel would save it) and as CSV (semicolons, BOM, CRLF,
// as Excel writes it under an Indonesian locale).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { cleanupTemps, git, GIT_ENV, shippedRepo, storedComments, type Identity } from './helpers.js';

const SLOW = 120_000;
const TEAM: Identity = { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' };

afterEach(cleanupTemps);


function pedoman(top: string, argv: string[]): Promise<CliResult> {
  return runCli(argv, { cwd: join(top, 'guideline'), env: GIT_ENV });
}

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Finds the one run whose text holds `phrase` and splits it into the text before, the phrase and
 * the text after, each a run with the same formatting; `wrap` replaces the phrase's run.
 */
function splitRun(xml: string, phrase: string, wrap: (run: (text: string, tag?: string) => string) => string): string {
  const runs = [...xml.matchAll(/<w:r>(?:(?!<w:r>)[\s\S])*?<\/w:r>/g)];
  const target = runs.find((m) => {
    const texts = [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)];
    return texts.length === 1 && texts[0]![1]!.includes(xmlText(phrase));
  });
  if (!target) throw new Error(`no single run holds "${phrase}"`);
  const whole = target[0];
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(whole)?.[0] ?? '';
  const text = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(whole)![1]!;
  const at = text.indexOf(xmlText(phrase));
  const run = (t: string, tag = 'w:t'): string => `<w:r>${rPr}<${tag} xml:space="preserve">${t}</${tag}></w:r>`;
  const before = text.slice(0, at);
  const after = text.slice(at + xmlText(phrase).length);
  const replaced = `${before ? run(before) : ''}${wrap(run)}${after ? run(after) : ''}`;
  return xml.slice(0, target.index) + replaced + xml.slice(target.index! + whole.length);
}

/** A reviewer's copy of `original`: Word comment 0 on `commented`, and a tracked replacement of `old` by `new`. */
async function reviewersCopy(original: Buffer, commented: string, comment: string, old: string, replacement: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(original);
  let xml = await zip.file('word/document.xml')!.async('string');
  xml = splitRun(xml, commented, (run) =>
    `<w:commentRangeStart w:id="0"/>${run(xmlText(commented))}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`);
  const by = 'w:author="Budi Santoso" w:date="2026-12-01T09:00:00Z"';
  xml = splitRun(xml, old, (run) =>
    `<w:del w:id="9001" ${by}>${run(xmlText(old), 'w:delText')}</w:del><w:ins w:id="9002" ${by}>${run(xmlText(replacement))}</w:ins>`);
  zip.file('word/document.xml', xml);
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const entry = `<w:comment w:id="0" w:author="Budi Santoso" w:date="2026-12-01T09:00:00Z" w:initials="BS"><w:p><w:r><w:t xml:space="preserve">${xmlText(comment)}</w:t></w:r></w:p></w:comment>`;
  const existing = zip.file('word/comments.xml');
  if (existing) {
    const comments = await existing.async('string');
    zip.file('word/comments.xml', comments.replace(/<\/w:comments>\s*$/, `${entry}</w:comments>`));
  } else {
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${entry}</w:comments>`);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdReview1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('round trip: render --format docx, a reviewer comments in Word, comment import', () => {
  it('lands the Word comment and the tracked change on their items, with quote and proposed change', async () => {
    const top = await shippedRepo(TEAM);
    const out = join(top, 'out');
    const rendered = await pedoman(top, ['render', '--format', 'docx', '--out', out]);
    expect(rendered.code, rendered.stderr).toBe(0);
    const original = await readFile(join(out, 'pedoman-peran-serta-masyarakat.docx'));

    const copy = join(top, 'tinjauan-budi.docx');
    await writeFile(copy, await reviewersCopy(
      original,
      'UPT Pemasyarakatan menunjuk paling sedikit 1 (satu) dan paling banyak 3 (tiga)',
      'Substansi: paling sedikit 2 (dua) orang, agar ada pengganti.',
      'jumlah mitra yang dikelola',
      'jumlah mitra yang dibina',
    ));

    const dry = await pedoman(top, ['comment', 'import', copy, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(0);

    const imported = await pedoman(top, ['comment', 'import', copy]);
    expect(imported.code, imported.stderr).toBe(0);
    const acts = (await storedComments(join(top, 'guideline'))).map((s) => s.record);
    expect(acts).toHaveLength(2);
    const comment = acts.find((a) => a.imported?.source_id?.startsWith('comment:'))!;
    expect(comment).toMatchObject({
      act: 'comment',
      section: 'kelembagaan',
      item: 'duta-kerja-sama-upt',
      quote: 'UPT Pemasyarakatan menunjuk paling sedikit 1 (satu) dan paling banyak 3 (tiga)',
      type: 'substansi',
      text: 'paling sedikit 2 (dua) orang, agar ada pengganti.',
      author: { name: 'Budi Santoso' },
      imported: { file: 'tinjauan-budi.docx', format: 'docx' },
    });
    const change = acts.find((a) => a.imported?.source_id?.startsWith('change:'))!;
    expect(change).toMatchObject({ act: 'comment', section: 'kelembagaan', item: 'duta-kerja-sama-upt', type: 'redaksional', quote: 'jumlah mitra yang dikelola' });
    expect(change.proposed_change).toContain('jumlah mitra yang dibina');

    const validated = await pedoman(top, ['validate']);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);
    const again = await pedoman(top, ['comment', 'import', copy]);
    expect(again.code, again.stderr).toBe(0);
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(2);

    // The team answers; the draft goes out again as Word with the log in it as Word comments.
    const answered = await pedoman(top, ['comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'Jumlah minimal menjadi 2 (dua) orang.']);
    expect(answered.code, answered.stderr).toBe(0);
    const second = join(top, 'out2');
    const rerendered = await pedoman(top, ['render', '--format', 'docx', '--comments', 'table', '--out', second]);
    expect(rerendered.code, rerendered.stderr).toBe(0);
    const sent = await readFile(join(second, 'pedoman-peran-serta-masyarakat.docx'));
    expect((await JSZip.loadAsync(sent)).file('word/comments.xml')).not.toBeNull();
    // Sent back unchanged: every Word comment in it is already in the log, nothing is recorded twice.
    const back = join(top, 'kembali.docx');
    await writeFile(back, sent);
    const reimported = await pedoman(top, ['comment', 'import', back]);
    expect(reimported.code, reimported.stderr).toBe(0);
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(3);
  }, SLOW);
});

describe('round trip: comment form, a reviewer fills it, comment import', () => {
  it('an XLSX form filled as Excel saves it lands each row on its item, with the reason kept', async () => {
    const top = await shippedRepo(TEAM);
    const form = join(top, 'dim.xlsx');
    const made = await pedoman(top, ['comment', 'form', '--format', 'xlsx', '--output', form]);
    expect(made.code, made.stderr).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(form);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (name: string): number => header.indexOf(name);
    let filled = 0;
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(col('Butir')).text !== 'duta-kerja-sama-upt') return;
      row.getCell(col('Nama peninjau')).value = 'Siti Aminah';
      row.getCell(col('Unit kerja')).value = 'Lapas Kelas I Cipinang';
      row.getCell(col('Jenis')).value = 'substansi';
      row.getCell(col('Masukan')).value = 'Jumlah Duta perlu dikaitkan dengan beban kerja.';
      row.getCell(col('Usulan perubahan')).value = 'paling sedikit 2 (dua) orang';
      row.getCell(col('Alasan')).value = 'Agar ada pengganti saat cuti.';
      filled++;
    });
    expect(filled).toBe(1);
    const copy = join(top, 'dim-siti.xlsx');
    await book.xlsx.writeFile(copy);

    const imported = await pedoman(top, ['comment', 'import', copy]);
    expect(imported.code, imported.stderr).toBe(0);
    const acts = (await storedComments(join(top, 'guideline'))).map((s) => s.record);
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({
      act: 'comment', section: 'kelembagaan', item: 'duta-kerja-sama-upt', type: 'substansi',
      text: 'Jumlah Duta perlu dikaitkan dengan beban kerja.', proposed_change: 'paling sedikit 2 (dua) orang',
      reason: 'Agar ada pengganti saat cuti.', author: { name: 'Siti Aminah', affiliation: 'Lapas Kelas I Cipinang' },
      imported: { file: 'dim-siti.xlsx', format: 'xlsx', source_id: expect.stringMatching(/^row:/) },
    });
    expect(git(top, 'log', '-1', '--format=%an|%cn')).toBe('Siti Aminah|Tim Penyusun\n');
    const shown = await pedoman(top, ['comment', 'show', acts[0]!.id, '--lang', 'en']);
    expect(shown.stdout).toMatch(/Imported: +from dim-siti\.xlsx \(row:\d+\)/);
    expect(shown.stdout).toMatch(/Reason:\n +Agar ada pengganti saat cuti\./);
    const json = JSON.parse((await pedoman(top, ['comment', 'show', acts[0]!.id, '--format', 'json'])).stdout);
    expect(JSON.stringify(json)).toContain('"imported":{"file":"dim-siti.xlsx"');
    expect((await pedoman(top, ['validate'])).code).toBe(0);

    // The tabel masukan on its own, as Word: landscape, with the DIM's Rumusan and Alasan columns.
    const table = join(top, 'tabel.docx');
    const written = await pedoman(top, ['comment', 'table', '--format', 'docx', '--output', table]);
    expect(written.code, written.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(await readFile(table))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/w:orient="landscape"/);
    for (const text of ['Rumusan', 'Alasan', 'Agar ada pengganti saat cuti.', 'Siti Aminah']) expect(xml).toContain(text);
  }, SLOW);

  it('a CSV form saved by Excel under an Indonesian locale (semicolons, BOM, CRLF): invalid rows stop it unless --skip-invalid', async () => {
    const top = await shippedRepo(TEAM);
    const form = join(top, 'dim.csv');
    expect((await pedoman(top, ['comment', 'form', '--format', 'csv', '--output', form])).code).toBe(0);
    const { parse } = await import('csv-parse/sync');
    const { stringify } = await import('csv-stringify/sync');
    const rows = parse(await readFile(form), { bom: true }) as string[][];
    const header = rows[0]!;
    const set = (row: string[], name: string, value: string): void => { row[header.indexOf(name)] = value; };
    for (const row of rows.slice(1)) {
      if (row[header.indexOf('Butir')] === 'duta-kerja-sama-upt') {
        set(row, 'Nama peninjau', 'Siti Aminah');
        set(row, 'Jenis', 'Redaksional');
        set(row, 'Masukan', 'Baris pertama;\nbaris kedua.');
      }
      if (row[header.indexOf('Butir')] === 'latar-belakang') {
        set(row, 'Nama peninjau', 'Siti Aminah');
        set(row, 'Jenis', 'kata');
        set(row, 'Masukan', 'Jenisnya salah.');
      }
    }
    const copy = join(top, 'dim-siti.csv');
    await writeFile(copy, `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n' })}`);

    const refused = await pedoman(top, ['comment', 'import', copy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row \d+ \(Jenis\)/);
    expect(refused.stderr).toContain('--skip-invalid');
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(0);

    const partly = await pedoman(top, ['comment', 'import', copy, '--skip-invalid']);
    expect(partly.code, partly.stderr).toBe(0);
    expect(partly.stderr).toMatch(/skipped \(--skip-invalid\): row \d+ \(Jenis\)/);
    const acts = (await storedComments(join(top, 'guideline'))).map((s) => s.record);
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ item: 'duta-kerja-sama-upt', type: 'redaksional', text: 'Baris pertama;\nbaris kedua.', imported: { format: 'csv' } });
    const again = await pedoman(top, ['comment', 'import', copy, '--skip-invalid']);
    expect(again.code).toBe(0);
    expect(await storedComments(join(top, 'guideline'))).toHaveLength(1);
  }, SLOW);
});
