import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { baseGuideline, cleanupGuidelines, toYaml, variant, writeGuideline } from '../helpers/fixture.js';
import { comment } from './helpers.js';

afterAll(cleanupGuidelines);

describe('pedoman render', () => {
  it('writes md, html and pdf named after the guideline id, and leaves the rest of the folder alone', async () => {
    const root = await writeGuideline(baseGuideline());
    const out = join(root, 'dist');
    mkdirSync(join(out, 'cli'), { recursive: true });
    writeFileSync(join(out, 'cli', 'main.js'), '// build output');
    writeFileSync(join(out, 'pedoman-uji.txt'), 'catatan');
    const result = await runCli(['render', '--dir', root, '--out', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cli', 'pedoman-uji.html', 'pedoman-uji.md', 'pedoman-uji.pdf', 'pedoman-uji.txt']);
    expect(readFileSync(join(out, 'cli', 'main.js'), 'utf8')).toBe('// build output');
    expect(result.stderr).toContain(`wrote ${join(out, 'pedoman-uji.pdf')}`);
    expect(result.stdout).toBe('');
    // Not a terminal: no status line.
    expect(result.stderr).not.toMatch(/\r|Writing/);
  });

  it('writes only the formats asked for', async () => {
    const root = await writeGuideline(baseGuideline());
    const result = await runCli(['render', root, '--format', 'md,html', '--out', join(root, 'o')]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(root, 'o')).sort()).toEqual(['pedoman-uji.html', 'pedoman-uji.md']);
  });

  it('defaults to rendered/ in the guideline folder, wherever it runs from', async () => {
    const root = await writeGuideline(baseGuideline());
    const result = await runCli(['render', '--format', 'md'], { cwd: join(root, 'sections') });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(root, 'rendered', 'pedoman-uji.md'))).toBe(true);
    expect(existsSync(join(root, 'sections', 'rendered'))).toBe(false);
  });

  it('defaults to rendered/ beside guideline/ in a workspace, never to the build folder dist/', async () => {
    const workspace = await writeGuideline({});
    const guideline = join(workspace, 'guideline');
    for (const [rel, content] of Object.entries(baseGuideline())) {
      mkdirSync(join(guideline, rel, '..'), { recursive: true });
      writeFileSync(join(guideline, rel), toYaml(content, rel));
    }
    const result = await runCli(['render', '--format', 'md'], { cwd: guideline });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(workspace, 'rendered'))).toEqual(['pedoman-uji.md']);
    expect(result.stderr).toContain(`wrote ${join(workspace, 'rendered', 'pedoman-uji.md')}`);
    expect(existsSync(join(workspace, 'dist'))).toBe(false);
  });

  it('refuses a guideline with errors, saying why, unless --force', async () => {
    const root = await writeGuideline(variant((f) => (f['sections/mekanisme.yaml'].items[0].responsible = ['tidak-ada'])));
    const refused = await runCli(['render', root, '--format', 'md', '--out', join(root, 'o')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/sections\/mekanisme\.yaml\n.*error/);
    expect(refused.stderr).toMatch(/pedoman: not rendered: the guideline has 1 error\(s\)/);
    expect(existsSync(join(root, 'o'))).toBe(false);
    const forced = await runCli(['render', root, '--format', 'md', '--force', '--out', join(root, 'o')]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('rendering despite 1 error(s)');
    expect(readFileSync(join(root, 'o', 'pedoman-uji.md'), 'utf8')).toContain('tidak-ada');
  });

  it.each([
    [['--format', 'word'], "unknown format 'word'"],
    [['--paper', 'letter'], "unknown paper size 'letter'"],
    [['--comments', 'all'], "unknown --comments value 'all'"],
    [['--date', '2026-02-30'], "--date '2026-02-30' is not a date"],
  ])('rejects %j with exit 2', async (args, message) => {
    const root = await writeGuideline(baseGuideline());
    const result = await runCli(['render', root, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('rejects a malformed SOURCE_DATE_EPOCH', async () => {
    const root = await writeGuideline(baseGuideline());
    const result = await runCli(['render', root, '--format', 'pdf'], { env: { SOURCE_DATE_EPOCH: 'kemarin' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SOURCE_DATE_EPOCH');
  });

  it('adds the comment summary to a draft, the comment table when asked, and neither to the final text', async () => {
    const id = '01jc0000000000000000000001';
    const reply = '01jc0000000000000000000002';
    const root = await writeGuideline({
      ...baseGuideline(),
      [`comments/pengertian/${id}.yaml`]: comment({ id, section: 'pengertian', item: 'pemasyarakatan', text: 'Rujuk **Pasal 1**.', proposed_change: 'Tambah rujukan.' }),
      [`comments/pengertian/${reply}.yaml`]: comment({ id: reply, section: 'pengertian', reply_to: id, text: 'Setuju.', author: { name: 'Budi' }, created: '2026-11-21T09:00:00Z' }),
    });
    const draft = await runCli(['render', root, '--format', 'md', '--out', join(root, 'a')]);
    expect(draft.code).toBe(0);
    const summary = readFileSync(join(root, 'a', 'pedoman-uji.md'), 'utf8');
    expect(summary).toContain('## LAMPIRAN III RINGKASAN MASUKAN');
    expect(summary).toMatch(/\| BAB II Pengertian \| 1 \| 1 \| 0 \|/);
    expect(summary).not.toContain('TABEL MASUKAN');

    await runCli(['render', root, '--format', 'md,html', '--comments', 'table', '--out', join(root, 'b')]);
    const table = readFileSync(join(root, 'b', 'pedoman-uji.md'), 'utf8');
    expect(table).toContain('## LAMPIRAN IV TABEL MASUKAN DAN TANGGAPAN');
    expect(table).toMatch(/\| 1 \| BAB II Pengertian — Pemasyarakatan \| Rina \(UNODC\) \| substansi \| Rujuk \*\*Pasal 1\*\*\.<br><br>\*\*Balasan — Budi, 2026-11-21:\*\* Setuju\. \| Tambah rujukan\. \| {2}\| belum diputuskan \|/);
    expect(readFileSync(join(root, 'b', 'pedoman-uji.html'), 'utf8')).toContain('<p class="reply-head">Balasan — Budi, 2026-11-21</p>');

    await runCli(['render', root, '--format', 'md', '--final', '--out', join(root, 'c')]);
    expect(readFileSync(join(root, 'c', 'pedoman-uji.md'), 'utf8')).not.toContain('MASUKAN');
  });

  it('says how many open questions --final leaves out', async () => {
    const root = await writeGuideline(variant((f) => (f['sections/pendahuluan.yaml'].items[0].open_questions = ['Satu?', 'Dua?'])));
    const result = await runCli(['render', root, '--format', 'md', '--final', '--out', join(root, 'o')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('--final leaves out 2 open question(s)');
  });

  it('shows progress on a terminal', async () => {
    const root = await writeGuideline(baseGuideline());
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: string[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const code = await run({
      argv: ['render', root, '--out', join(root, 'o'), '--lang', 'id'],
      cwd: root,
      env: { NO_COLOR: '1' },
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    const text = chunks.join('');
    expect(text).toContain('\r\x1b[KMenyusun Markdown…');
    expect(text).toMatch(/\r\x1b\[KMenyusun PDF…/);
    expect(text).toContain('ditulis: o/pedoman-uji.pdf');
  });

  it('documents its options in both languages', async () => {
    const en = await runCli(['render', '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/--format <formats>[\s\S]*--out <dir>[\s\S]*--paper <size>[\s\S]*--comments <mode>[\s\S]*--final[\s\S]*--date <YYYY-MM-DD>[\s\S]*--force/);
    const id = await runCli(['render', '--help'], { env: { PEDOMAN_LANG: 'id' } });
    expect(id.stdout).toContain('menyusun naskah konsolidasi');
  });

  it('runs from the built binary', async () => {
    const root = await writeGuideline(baseGuideline());
    const result = spawnCli(['render', root, '--format', 'md', '--out', join(root, 'o')]);
    expect(result.stderr).toContain('pedoman-uji.md');
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'o', 'pedoman-uji.md'), 'utf8')).toContain('# Pedoman Uji');
  });
});
