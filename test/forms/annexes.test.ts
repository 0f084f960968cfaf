import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { openGuideline } from '../../src/model/guideline.js';
import { buildDocument } from '../../src/render/model.js';
import { cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { check } from '../rules/run.js';
import { annexGuideline } from './fixture.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

describe('manifest annexes', () => {
  it('loads the annexes after the body, checked clean like sections', async () => {
    const checked = await check(annexGuideline());
    expect(checked.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    const { guideline } = await openGuideline(checked.root).typed();
    expect(guideline.sections.map((s) => [s.id, s.annex === true])).toEqual([
      ['pendahuluan', false], ['pengertian', false], ['peran', false], ['mekanisme', false], ['indikator', false],
      ['lampiran-format', true], ['lampiran-risiko', true],
    ]);
  });

  it('an annex file counts as listed (no section-unlisted)', async () => {
    expect((await check(annexGuideline())).of('section-unlisted')).toEqual([]);
  });

  it('a listed annex without its file is section-missing, at its place in annexes', async () => {
    const checked = await check(annexGuideline((f) => { delete f['sections/lampiran-risiko.yaml']; }));
    const missing = checked.of('section-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.line).toBe(checked.lineOf('pedoman.yaml', '- lampiran-risiko'));
  });

  it('an annex whose id is not its file name is section-id-mismatch', async () => {
    const checked = await check(annexGuideline((f) => { f['sections/lampiran-risiko.yaml'].id = 'risiko'; }));
    expect(checked.of('section-id-mismatch')).toHaveLength(1);
  });

  it('rejects an annex id that is not a slug', async () => {
    const checked = await check(annexGuideline((f) => { f['pedoman.yaml'].annexes.push('Lampiran X'); }));
    expect(checked.of('schema').some((x) => x.file.endsWith('pedoman.yaml'))).toBe(true);
  });

  it('numbers the body BAB and the annexes LAMPIRAN, with the generated appendices after them', async () => {
    const root = await writeGuideline(annexGuideline());
    const { guideline, index } = await openGuideline(root).typed();
    const doc = buildDocument(guideline, index, { final: false, commit: {}, comments: { mode: 'none', threads: undefined } });
    expect(doc.chapters.map((c) => c.number)).toEqual(['BAB I', 'BAB II', 'BAB III', 'BAB IV', 'BAB V', 'LAMPIRAN I', 'LAMPIRAN II']);
    expect(doc.chapters[5]!.heading).toBe('LAMPIRAN I FORMAT ADMINISTRASI');
    expect(doc.appendices[0]!.number).toBe('LAMPIRAN III');
    expect(doc.toc.map((e) => e.heading)).toContain('LAMPIRAN II DAFTAR RISIKO');
  });
});

describe('annexes in Indonesian and in the section commands', () => {
  it('reports a bad used_in in Indonesian', async () => {
    setLanguage('id');
    try {
      const checked = await check(annexGuideline((f) => { f['sections/lampiran-format.yaml'].items[0].used_in = ['tidak-ada']; }));
      expect(checked.of('reference-resolves')[0]!.message).toContain('mekanisme atau peran');
    } finally {
      setLanguage('en');
    }
  });

  it('section list shows annexes as L1, L2 and says which list in JSON', async () => {
    const root = await writeGuideline(annexGuideline());
    const { runCli: run } = await import('../helpers/cli.js');
    const text = await run(['section', 'list', '-d', root]);
    expect(text.stdout).toMatch(/^L1 +lampiran-format +forms/m);
    expect(text.stdout).toMatch(/^L2 +lampiran-risiko +narrative/m);
    const json = JSON.parse((await run(['section', 'list', '--json', '-d', root])).stdout) as { sections: { id: string; list: string; position: number }[] };
    expect(json.sections.slice(-2)).toMatchObject([{ id: 'lampiran-format', list: 'annexes', position: 1 }, { id: 'lampiran-risiko', list: 'annexes', position: 2 }]);
  });

  it('section move reorders an annex within the annexes', async () => {
    const root = await writeGuideline(annexGuideline());
    const { runCli } = await import('../helpers/cli.js');
    const moved = await runCli(['section', 'move', 'lampiran-risiko', '--position', '1', '--no-commit', '-d', root]);
    expect(moved.code).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const manifest = parse(await readFile(`${root}/pedoman.yaml`, 'utf8')) as { sections: string[]; annexes: string[] };
    expect(manifest.annexes).toEqual(['lampiran-risiko', 'lampiran-format']);
    expect(manifest.sections).toEqual(['pendahuluan', 'pengertian', 'peran', 'mekanisme', 'indikator']);
  });
});

describe('sentences of a Markdown table', () => {
  it('are its rows, not one long sentence', async () => {
    const { splitSentences } = await import('../../src/analyze/sentences.js');
    const table = 'Risiko utama:\n\n| Risiko | Kemungkinan | Pengendalian |\n| --- | --- | --- |\n| Kebocoran data | Sedang | Akses dibatasi |\n| Pemerasan | Rendah | Tidak ada uang tunai |\n';
    const sentences = splitSentences(table);
    expect(sentences.map((s) => s.text)).toEqual([
      'Risiko utama:',
      '| Risiko | Kemungkinan | Pengendalian |',
      '| --- | --- | --- |',
      '| Kebocoran data | Sedang | Akses dibatasi |',
      '| Pemerasan | Rendah | Tidak ada uang tunai |',
    ]);
  });
});

describe('an id in both lists', () => {
  it('is an error at its annexes entry, and the section is read once, in the body', async () => {
    const checked = await check(annexGuideline((f) => { f['pedoman.yaml'].annexes.push('pendahuluan'); }));
    const twice = checked.of('schema').filter((x) => x.message.includes('both'));
    expect(twice).toHaveLength(1);
    expect(twice[0]!.message).toBe("section 'pendahuluan' is listed under both 'sections' and 'annexes'; keep it in one of the two lists");
    expect(twice[0]!.line).toBe(checked.lineOf('pedoman.yaml', '- pendahuluan', 1));
    const { guideline } = await openGuideline(checked.root).typed();
    expect(guideline.sections.filter((s) => s.id === 'pendahuluan').map((s) => s.annex === true)).toEqual([false]);
  });
});
