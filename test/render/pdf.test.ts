import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type PdfResult } from '../../src/render/pdf.js';
import { woffToSfnt, fontFiles } from '../../src/render/fonts.js';
import { readFileSync } from 'node:fs';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { extractPdfText, flatText, type PdfText } from './pdf-text.js';
import { build, type Built } from './helpers.js';

afterAll(cleanupGuidelines);

const DATE = new Date('2026-11-27T00:00:00Z');

async function pdfOf(built: Built, paper: 'a4' | 'f4' = 'a4'): Promise<{ result: PdfResult; text: PdfText; all: string }> {
  const result = await renderPdf(built.doc, { paper, creationDate: DATE });
  const text = extractPdfText(result.pdf);
  return { result, text, all: flatText(text) };
}

describe('PDF of a small guideline', () => {
  let built: Built;
  let pdf: Awaited<ReturnType<typeof pdfOf>>;

  beforeAll(async () => {
    const files = variant((f) => {
      f['pedoman.yaml'].issuer = 'Direktorat Jenderal Pemasyarakatan';
      f['pedoman.yaml'].date = '2026-11-27';
      f['sections/pengertian.yaml'].items[1].open_questions = ['Apakah definisi ini **cukup**?'];
    });
    built = await build(files);
    pdf = await pdfOf(built);
  }, 30000);

  it('parses back with the title on the cover and in the running header', () => {
    expect(pdf.result.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.text.pages[0]).toContain('PEDOMAN UJI');
    expect(pdf.text.pages[0]).toContain('27 November 2026');
    expect(pdf.text.pages[0]).toContain('abc1234');
    expect(pdf.text.pages[0]).toContain('DIREKTORAT JENDERAL PEMASYARAKATAN');
    for (const page of pdf.text.pages.slice(1)) expect(page).toContain('Pedoman Uji');
  });

  it('numbers every page after the cover "Halaman X dari Y"', () => {
    const total = pdf.text.pages.length;
    expect(total).toBeGreaterThanOrEqual(7);
    expect(pdf.text.pages[0]).not.toContain('Halaman');
    pdf.text.pages.slice(1).forEach((page, i) => expect(page).toContain(`Halaman ${i + 2} dari ${total}`));
  });

  it('prints every term, in the numbered glossary', () => {
    for (const { item } of built.outcome.index.terms) expect(pdf.all).toContain(item.term);
    expect(pdf.all).toMatch(/1\. ?Peran Serta Masyarakat adalah keikutsertaan masyarakat/);
    expect(pdf.all).toMatch(/2\. ?Pemasyarakatan adalah subsistem/);
    expect(pdf.all).toContain('Sumber: UU 22/2022 Pasal 1 angka 1 (dikutip sesuai dengan rumusan aslinya)');
  });

  it('has a table of contents whose page numbers point at the chapters', () => {
    const toc = pdf.text.pages[1]!;
    expect(toc).toContain('DAFTAR ISI');
    for (const chapter of built.doc.chapters) {
      const match = new RegExp(`${chapter.heading}(\\d+)`).exec(toc);
      expect(match, chapter.heading).not.toBeNull();
      const page = pdf.text.pages[Number(match![1]) - 1]!;
      expect(page).toContain(`${chapter.number}\n${chapter.title}`);
    }
  });

  it('marks every page of a draft DRAF and shows the open questions', () => {
    for (const page of pdf.text.pages) expect(page).toContain('DRAF');
    expect(pdf.all).toContain('Catatan untuk grup tindak lanjut Apakah definisi ini cukup?');
  });

  it('prints the indicator table and the traceability matrix', () => {
    expect(pdf.all).toMatch(/Kode ?Indikator ?Satuan ?Baseline ?Target ?Frekuensi ?Sumber Data ?Penanggung Jawab/);
    expect(pdf.all).toMatch(/IK-01 ?Jumlah usul program yang diterima ?usulan ?0 \(2025\) ?2027: 20 ?triwulanan/);
    expect(pdf.all).toContain('MATRIKS KETERLACAKAN');
  });

  it('embeds Merriweather and records the pinned creation date', () => {
    const raw = pdf.result.pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Merriweather-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Merriweather-Bold/);
    expect(raw).toContain('(D:20261127000000Z)');
    expect(pdf.result.missingGlyphs).toEqual([]);
  });
});

describe('PDF options', () => {
  it('leaves the DRAF mark and the notes out of the final text', async () => {
    const files = variant((f) => (f['sections/pengertian.yaml'].items[1].open_questions = ['Masih terbuka?']));
    const { all } = await pdfOf(await build(files, { final: true }));
    expect(all).not.toContain('DRAF');
    expect(all).not.toContain('Catatan untuk grup tindak lanjut');
    expect(all).toContain('Pemasyarakatan');
  });

  it('prints on F4 (21 × 33 cm)', async () => {
    const { result } = await pdfOf(await build(baseGuideline()), 'f4');
    expect(result.pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.27\d+ 935\.43\d+\]/);
  });

  it('repeats the header row when a table runs over several pages', async () => {
    const files = variant((f) => {
      const first = f['sections/indikator.yaml'].items[0];
      f['sections/indikator.yaml'].items = Array.from({ length: 45 }, (_, i) => ({
        ...first,
        id: `ind-${i + 1}`,
        code: `IK-${String(i + 1).padStart(2, '0')}`,
        indicator: `Indikator nomor ${i + 1} yang cukup panjang untuk mengisi dua baris dalam kolomnya`,
      }));
    });
    const { text } = await pdfOf(await build(files));
    const tablePages = text.pages.filter((p) => /IK-\d\d/.test(p) && p.includes('Penanggung Jawab') && p.includes('Sumber Data') && !p.includes('Definisi'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) expect(page).toMatch(/Kode\s*Indikator\s*Satuan/);
    expect(flatText(text)).toContain('IK-45');
  }, 30000);

  it('names characters the embedded font cannot draw', async () => {
    const files = variant((f) => (f['sections/pengertian.yaml'].items[0].definition = 'hubungan A → B ≥ C.'));
    const { result } = await pdfOf(await build(files));
    expect(result.missingGlyphs).toEqual(['→', '≥']);
  });
});

describe('fonts', () => {
  it('unpacks the WOFF faces to the TrueType fonts they wrap', () => {
    const sfnt = woffToSfnt(readFileSync(fontFiles().normal));
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const tables = sfnt.readUInt16BE(4);
    const tags = Array.from({ length: tables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']));
    expect(() => woffToSfnt(Buffer.from('not a font'))).toThrow();
  });
});

describe('paragraph runs', () => {
  it('moves a leading space to the run before, so justified lines get no double gap', async () => {
    const { tidyRuns } = await import('../../src/render/pdf-prose.js');
    expect(tidyRuns([{ text: 'Lapas', bold: true }, '', ' adalah ', 'lembaga'])).toEqual([{ text: 'Lapas ', bold: true }, 'adalah ', 'lembaga']);
    expect(tidyRuns(['lihat', { text: ' di sini', link: 'https://example.org' }])).toEqual(['lihat ', { text: 'di sini', link: 'https://example.org' }]);
    // A link keeps its underline to its words.
    expect(tidyRuns([{ text: 'tautan', link: 'https://example.org' }, ' lalu'])).toEqual([{ text: 'tautan', link: 'https://example.org' }, ' lalu']);
  });
});
