import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles, woffToSfnt } from '../../src/render/fonts.js';
import { pdfData, renderPdf, type PdfResult } from '../../src/render/pdf.js';
import { TemplateError } from '../../src/render/templates.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build, buildAt, SHIPPED, type Built } from './helpers.js';
import {
  flat,
  pdfBookmarks,
  pdfInfo,
  pdfInternalLinks,
  pdfPages,
  pdfPageSizes,
  pdfStruct,
  pdfXmp,
  POPPLER,
  popplerSkipNote,
} from './poppler.js';

afterAll(cleanupGuidelines);
popplerSkipNote();

const DATE = new Date('2026-11-27T00:00:00Z');

async function pdfOf(built: Built, options: { paper?: 'a4' | 'f4'; standard?: 'a-2b' | 'ua-1' } = {}): Promise<PdfResult> {
  return renderPdf(built.doc, { root: built.root, paper: options.paper ?? 'a4', creationDate: DATE, ...(options.standard ? { standard: options.standard } : {}) });
}

describe.skipIf(!POPPLER)('PDF of the shipped draft, read back with poppler', () => {
  let built: Built;
  let result: PdfResult;
  let pages: string[];

  beforeAll(async () => {
    built = await buildAt(SHIPPED);
    result = await pdfOf(built);
    pages = pdfPages(result.pdf);
  }, 60000);

  it('is tagged, in Indonesian, with its metadata', () => {
    const info = pdfInfo(result.pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(built.doc.meta.title);
    expect(info.Author).toBe('Direktorat Jenderal Pemasyarakatan');
    expect(info.Subject).toBe(built.doc.meta.subtitle);
    expect(info.Keywords).toBe('pedoman-peran-serta-masyarakat, 0.1.0, Draf');
    expect(Number(info.Pages)).toBe(result.pages);
    expect(pdfXmp(result.pdf)).toContain('<dc:language><rdf:Bag><rdf:li>id-ID</rdf:li></rdf:Bag></dc:language>');
    expect(result.pdf.toString('latin1')).toContain('/Lang (id-ID)');
  });

  it('tags headings, lists, tables with header cells and links', () => {
    const struct = pdfStruct(result.pdf);
    for (const tag of ['H1 ', 'H2 ', 'H3 ', 'L (block)', 'LI (block)', 'Table (block)', 'THead', 'TH <', 'TD:', 'Link (inline)', 'TOC\n', 'TOCI']) {
      expect(struct, tag).toContain(tag);
    }
  });

  it('has no watermark in the text: DRAF is printed once, in the box on the cover', () => {
    const all = pages.join('\n');
    expect(all.match(/DRAF/g)).toHaveLength(1);
    expect(pages[0]).toContain('DRAF');
    // The letters of the watermark, alone or in pairs, as the old PDF's text layer had them.
    // (One letter alone on a line is fine: the RACI matrix has cells R, A, C and I.)
    expect(all).not.toMatch(/^D\n+R\n+A\n+F$/m);
    expect(all).not.toMatch(/^DR\n+AF$/m);
  });

  it('has no space before punctuation (after bold words or anywhere) outside the leader dots of the contents', () => {
    // Leader dots: the contents' (ending in a page number) and a form's blanks ("Nama: . . . .").
    const body = pages.slice(1).map((page) => page.replace(/( \.)+ *\u2060?\d+$/gm, '').replace(/(?: ?\.){4,}/g, '')).join('\n');
    expect(body.match(/\S[ \u00a0]+[.,;:!?)](?!\S)/g) ?? []).toEqual([]);
    expect(body).toContain('Warga Binaan dengan');
  });

  it('numbers every page after the cover "Halaman X dari Y"', () => {
    expect(pages[0]).not.toContain('Halaman');
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Halaman ${i + 2} dari ${pages.length}`));
  });

  it('has a table of contents whose page numbers are the pages the headings are on', () => {
    const contents = pages.slice(1, 4).join('\n');
    let checked = 0;
    for (const entry of built.doc.toc) {
      // A long heading wraps onto a second line of the contents: any space may be a line break.
      const match = new RegExp(`^${escape(entry.heading).replace(/ /g, '\\s+')}[ .]*\u2060?(\\d+)$`, 'm').exec(contents);
      expect(match, entry.heading).not.toBeNull();
      const page = pages[Number(match![1]) - 1]!;
      const flatPage = page.replace(/\s+/g, ' ');
      const number = entry.heading.split(' ').slice(0, entry.level === 1 ? 2 : 1).join(' ');
      expect(flatPage, `${entry.heading} on page ${match![1]}`).toContain(entry.heading.slice(number.length + 1).split(' ').slice(0, 3).join(' '));
      checked++;
    }
    expect(checked).toBe(built.doc.toc.length);
  });

  it('has bookmarks for every chapter and part, pointing at their pages', () => {
    const wanted = new Set(built.doc.toc.map((e) => e.heading));
    // Roles (level 3) have bookmarks too, below their group.
    const marks = pdfBookmarks(result.pdf).filter((m) => wanted.has(m.title));
    expect(marks.map((m) => m.title)).toEqual(built.doc.toc.map((e) => e.heading));
    for (const mark of marks) expect(pages[mark.page - 1]!.replace(/\s+/g, ' ')).toContain(mark.title.split(' ').slice(-2).join(' '));
  });

  it('numbers as a regulation: BAB I, A., 1., a., 1)', () => {
    const text = flat(pages);
    expect(text).toContain('BAB I PENDAHULUAN');
    expect(text).toMatch(/A\. Latar Belakang/);
    expect(text).toMatch(/1\. Duta Kerja Sama Kantor Pusat/);
    expect(text).toMatch(/a\. Penunjukan/);
    expect(text).toMatch(/b\. Tugas 1\) /);
  });

  it('turns the wide tables sideways: the indicator table is on landscape pages', () => {
    const sizes = pdfPageSizes(result.pdf);
    const table = pages.findIndex((p) => p.includes('Tabel Indikator') && p.includes('Sumber Data'));
    expect(table).toBeGreaterThan(0);
    expect(sizes[table]!.width).toBeGreaterThan(sizes[table]!.height);
    expect(sizes[0]!.width).toBeLessThan(sizes[0]!.height);
  });

  it('links every indicator in the traceability matrix, the first and the last too', () => {
    const links = pdfInternalLinks(result.pdf);
    const matrix = pages.findIndex((p) => p.includes('MATRIKS KETERLACAKAN'));
    const linked = links.map((l) => l.text).join(' ');
    for (const text of ['IK-01 Persentase', 'IK-12 Jumlah']) expect(linked).toContain(text);
    expect(matrix).toBeGreaterThan(0);
    const definitions = pages.findIndex((p) => p.includes('Definisi Operasional Indikator'));
    const indicatorLinks = links.filter((l) => /^IK-\d\d /.test(l.text));
    expect(indicatorLinks.length).toBeGreaterThan(0);
    for (const link of indicatorLinks) expect(link.page).toBeGreaterThanOrEqual(definitions + 1);
  });

  it('has the roles × levels matrix as an appendix', () => {
    const text = flat(pages);
    expect(text).toMatch(/LAMPIRAN [IVX]+ MATRIKS PERAN DAN TINGKAT/);
    const page = pages.findLast((p) => p.includes('MATRIKS PERAN DAN TINGKAT'))!;
    for (const word of ['Mekanisme', 'Kantor Pusat', 'Kantor Wilayah', 'Penyampaian dan', 'Duta Kerja Sama', 'tidak dilaksanakan']) expect(page).toContain(word);
  });

  it('embeds Merriweather, with the pinned date, and no glyph missing', () => {
    expect(pdfInfo(result.pdf).CreationDate).toMatch(/Nov 27 00:00:00 2026/);
    expect(result.missingGlyphs).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe.skipIf(!POPPLER)('PDF options', () => {
  it('leaves the watermark, the DRAF box and the notes out of the final text', async () => {
    const files = variant((f) => (f['sections/pengertian.yaml'].items[1].open_questions = ['Masih terbuka?']));
    const final = await pdfOf(await build(files, { final: true }));
    const text = flat(pdfPages(final.pdf));
    expect(text).not.toContain('DRAF');
    expect(text).not.toContain('Catatan untuk grup tindak lanjut');
    expect(final.pdf.includes('/Artifact')).toBe(false);
  });

  it('prints on F4 (21 × 33 cm)', async () => {
    const sizes = pdfPageSizes((await pdfOf(await build(baseGuideline()), { paper: 'f4' })).pdf);
    expect(sizes[0]!.width).toBeCloseTo(595.28, 1);
    expect(sizes[0]!.height).toBeCloseTo(935.43, 1);
  });

  it('writes PDF/A-2b and PDF/UA-1 when asked', async () => {
    const built = await build(baseGuideline());
    expect(pdfXmp((await pdfOf(built, { standard: 'a-2b' })).pdf)).toMatch(/pdfaid:part>2<.*pdfaid:conformance>B</s);
    expect(pdfXmp((await pdfOf(built, { standard: 'ua-1' })).pdf)).toMatch(/pdfuaid:part>1</);
  }, 30000);

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
    const pdf = (await pdfOf(await build(files))).pdf;
    const pages = pdfPages(pdf);
    const sizes = pdfPageSizes(pdf);
    const tablePages = pages.filter((p, i) => /IK-\d\d/.test(p) && sizes[i]!.width > sizes[i]!.height);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) for (const head of ['Kode', 'Indikator', 'Satuan', 'Baseline', 'Frekuensi', 'Sumber Data']) expect(page).toContain(head);
    expect(flat(pages)).toContain('IK-45');
  }, 30000);

  it('prints what a drafter or reviewer wrote as text, never as Typst markup or code', async () => {
    const hostile = '#import "/etc/passwd": * $x^2$ ] [ *bintang* `kode` <label> @ref \\ #{1 + 1} #set text(fill: red)';
    const files = variant((f) => {
      f['sections/pengertian.yaml'].items[0].definition = hostile;
      f['pedoman.yaml'].title = 'Pedoman #Uji $x$ ]';
    });
    const result = await pdfOf(await build(files));
    const text = flat(pdfPages(result.pdf));
    expect(text).toContain('#import "/etc/passwd": * $x^2$ ] [ bintang kode <label> @ref \\ #{1 + 1} #set text(fill: red)');
    expect(pdfInfo(result.pdf).Title).toBe('Pedoman #Uji $x$ ]');
  });

  it('names characters Merriweather cannot draw', async () => {
    const files = variant((f) => (f['sections/pengertian.yaml'].items[0].definition = 'hubungan A → B ≥ C.'));
    expect((await pdfOf(await build(files))).missingGlyphs).toEqual(['→', '≥']);
  });

  it('renders the same bytes twice', async () => {
    const built = await build(baseGuideline());
    expect((await pdfOf(built)).pdf.equals((await pdfOf(built)).pdf)).toBe(true);
  });
});

describe('PDF templates', () => {
  it('uses a guideline\'s override of a Typst partial', async () => {
    const built = await build(baseGuideline());
    await mkdir(join(built.root, 'templates', 'typst'), { recursive: true });
    const cover = readFileSync(new URL('../../templates/typst/cover.typ', import.meta.url), 'utf8');
    await writeFile(join(built.root, 'templates', 'typst', 'cover.typ'), cover.replace('v(20mm)', 'v(20mm)\n  [SAMPUL KHUSUS]'));
    const result = await pdfOf(built);
    if (POPPLER) expect(pdfPages(result.pdf)[0]).toContain('SAMPUL KHUSUS');
    expect(result.pages).toBeGreaterThan(3);
  });

  it('reports an error in an override against the user\'s file and line', async () => {
    const built = await build(baseGuideline());
    await mkdir(join(built.root, 'templates', 'typst'), { recursive: true });
    const file = join(built.root, 'templates', 'typst', 'cover.typ');
    await writeFile(file, '#import "blocks.typ": *\n\n#let cover(d) = {\n  let x = (a: 1)\n  x.b\n}\n');
    const error = await pdfOf(built).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).file).toBe(file);
    expect((error as TemplateError).line).toBe(5);
    expect((error as TemplateError).message).toContain('does not contain key "b"');
  });

  it('gives the template data: prose as structured content, unsafe links reduced to their words, the date in parts', async () => {
    const files = variant((f) => (f['sections/pengertian.yaml'].items[0].definition = 'Ada **tebal**, _miring_ dan [tautan](https://example.org) serta [bahaya](javascript:alert(1)).'));
    const built = await build(files);
    const data = pdfData(built.doc, { paper: 'a4', creationDate: DATE });
    const chapter = data.chapters.find((c) => (c as { kind: string }).kind === 'terms') as { terms: { definition: unknown }[] };
    // The unsafe link keeps only its words, joined to the text around it.
    expect(chapter.terms[0]!.definition).toEqual([
      { t: 'par', c: ['Ada ', { t: 'b', c: ['tebal'] }, ', ', { t: 'i', c: ['miring'] }, ' dan ', { t: 'link', url: 'https://example.org', c: ['tautan'] }, ' serta bahaya.'] },
    ]);
    expect(data.pdf.date).toEqual({ year: 2026, month: 11, day: 27, hour: 0, minute: 0, second: 0 });
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
