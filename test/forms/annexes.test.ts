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
