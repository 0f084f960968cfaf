// `pedoman render --format docx` as a user runs it: in-process and as the built binary.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { comment } from './helpers.js';

afterAll(cleanupGuidelines);

const BUILT = existsSync(new URL('../../dist/cli/main.js', import.meta.url));

describe('pedoman render --format docx', () => {
  it('writes only the .docx asked for, the same bytes twice with SOURCE_DATE_EPOCH', async () => {
    const root = await writeGuideline(baseGuideline());
    const env = { SOURCE_DATE_EPOCH: '1790000000' };
    const a = await runCli(['render', root, '--format', 'docx', '--out', join(root, 'a')], { env });
    const b = await runCli(['render', root, '--format', 'docx', '--out', join(root, 'b')], { env });
    expect([a.code, b.code], a.stderr).toEqual([0, 0]);
    expect(readdirSync(join(root, 'a'))).toEqual(['pedoman-uji.docx']);
    expect(a.stderr).toContain(`wrote ${join(root, 'a', 'pedoman-uji.docx')}`);
    const first = readFileSync(join(root, 'a', 'pedoman-uji.docx'));
    expect(readFileSync(join(root, 'b', 'pedoman-uji.docx')).equals(first)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2026-09-21T14:13:20Z');
    expect(await zip.file('customXml/item1.xml')!.async('string')).toContain('guideline="pedoman-uji"');
  });

  it('is not in the default set; all writes it too', async () => {
    const root = await writeGuideline(baseGuideline());
    expect((await runCli(['render', root, '--format', 'md', '--out', join(root, 'd')])).code).toBe(0);
    expect(readdirSync(join(root, 'd'))).toEqual(['pedoman-uji.md']);
    const all = await runCli(['render', root, '--format', 'all', '--out', join(root, 'all')]);
    expect(all.code, all.stderr).toBe(0);
    expect(readdirSync(join(root, 'all')).sort()).toEqual(['pedoman-uji.docx', 'pedoman-uji.html', 'pedoman-uji.md', 'pedoman-uji.pdf']);
  }, 60_000);

  it('with --comments, each thread is a Word comment with its reply; --final has no watermark', async () => {
    const id = '01jc0000000000000000000001';
    const reply = '01jc0000000000000000000002';
    const root = await writeGuideline({
      ...baseGuideline(),
      [`comments/pengertian/${id}.yaml`]: comment({ id, section: 'pengertian', item: 'pemasyarakatan', text: 'Rujuk **Pasal 1**.' }),
      [`comments/pengertian/${reply}.yaml`]: comment({ id: reply, section: 'pengertian', reply_to: id, text: 'Setuju.', author: { name: 'Budi' }, created: '2026-11-21T09:00:00Z' }),
    });
    const result = await runCli(['render', root, '--format', 'docx', '--comments', 'table', '--out', join(root, 'c')]);
    expect(result.code, result.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(root, 'c', 'pedoman-uji.docx')));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('w:author="Rina (UNODC)"');
    expect(comments).toContain('Setuju.');
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('TABEL MASUKAN DAN TANGGAPAN');
    expect(body).toContain('<w:commentRangeStart w:id="0"/>');
    expect(await zip.file('word/header1.xml')!.async('string')).toContain('DRAF');

    const none = await runCli(['render', root, '--format', 'docx', '--comments', 'none', '--final', '--out', join(root, 'f')]);
    expect(none.code, none.stderr).toBe(0);
    const final = await JSZip.loadAsync(readFileSync(join(root, 'f', 'pedoman-uji.docx')));
    expect(final.file('word/comments.xml')).toBeNull();
    expect((await final.file('word/header1.xml')?.async('string')) ?? '').not.toContain('DRAF');
  });

  it('names docx in the error for an unknown format (exit 2)', async () => {
    const root = await writeGuideline(baseGuideline());
    const result = await runCli(['render', root, '--format', 'word']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown format 'word'; use md, html, pdf, docx or all");
  });

  it.skipIf(!BUILT)('works from the built binary, with the same bytes in every time zone', async () => {
    const root = await writeGuideline(baseGuideline());
    const utc = spawnCli(['render', root, '--format', 'docx', '--out', join(root, 'o')], { env: { TZ: 'UTC', SOURCE_DATE_EPOCH: '1790000000' } });
    expect(utc.code, utc.stderr).toBe(0);
    const first = readFileSync(join(root, 'o', 'pedoman-uji.docx'));
    expect(first.subarray(0, 2).toString()).toBe('PK');
    const wib = spawnCli(['render', root, '--format', 'docx', '--out', join(root, 'p')], { env: { TZ: 'Asia/Jakarta', SOURCE_DATE_EPOCH: '1790000000' } });
    expect(wib.code, wib.stderr).toBe(0);
    expect(readFileSync(join(root, 'p', 'pedoman-uji.docx')).equals(first)).toBe(true);
  });
});
