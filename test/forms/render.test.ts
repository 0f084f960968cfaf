// The annex fixture (a forms annex and a narrative annex with a Markdown table) in every format.
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { pdfPages, pdfStruct, POPPLER, popplerSkipNote } from '../render/poppler.js';
import { annexDocument } from './render-helpers.js';

afterAll(cleanupGuidelines);
popplerSkipNote();

describe('Markdown', () => {
  it('prints the annexes as LAMPIRAN after the body, the forms with blanks, and sources', async () => {
    const { root, doc } = await annexDocument();
    const md = renderMarkdown(doc, { root });
    expect(md.indexOf('## BAB V INDIKATOR')).toBeLessThan(md.indexOf('## LAMPIRAN I FORMAT ADMINISTRASI'));
    expect(md.indexOf('## LAMPIRAN I FORMAT ADMINISTRASI')).toBeLessThan(md.indexOf('## LAMPIRAN II DAFTAR RISIKO'));
    expect(md.indexOf('## LAMPIRAN II DAFTAR RISIKO')).toBeLessThan(md.indexOf('## LAMPIRAN III MATRIKS KETERLACAKAN'));
    const form = md.slice(md.indexOf('### A. Format Pendaftaran'), md.indexOf('### B. Format Keputusan'));
    expect(form).toMatchSnapshot();
    // The risk register's pipe table passes through as a table.
    expect(md).toContain('| Risiko | Kemungkinan | Pengendalian |');
  });
});

describe('HTML', () => {
  it('prints forms with real tables, labelled blanks and tick boxes; a flowchart with title and desc', async () => {
    const { root, doc } = await annexDocument();
    const html = renderHtml(doc, { root, paper: 'a4' });
    expect(html).toContain('<span class="number">LAMPIRAN I</span> <span class="title">FORMAT ADMINISTRASI</span>');
    expect(html).toMatch(/<table class="form-table">\s*<caption>Kegiatan sebelumnya<\/caption>\s*<thead><tr><th scope="col">No\.<\/th><th scope="col">Kegiatan<\/th><th scope="col">Tahun<\/th><\/tr><\/thead>/);
    expect(html).toContain('<span class="sr-only">isian kosong untuk Nama lengkap</span>');
    expect(html).toContain('<span class="box" aria-hidden="true">☐</span> usul program');
    expect(html).toContain('<p class="signature-role">Kepala UPT Pemasyarakatan</p>');
    // The pipe table of a narrative annex is a real table.
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Risiko<\/th>/);
    // Sources, linked.
    expect(html).toContain('<li>Ditjenpas, Contoh Sumber, 2025, <a href="https://www.ditjenpas.go.id/">https://www.ditjenpas.go.id/</a>, diakses 2 Desember 2026</li>');
    // The flowchart of the mechanism, after its steps.
    const svg = /<svg class="flowchart" role="img" aria-labelledby="usul-program-bagan-judul usul-program-bagan-uraian"[^>]*>(.*?)<\/svg>/s.exec(html);
    expect(svg).not.toBeNull();
    expect(svg![1]).toContain('<title id="usul-program-bagan-judul">Bagan Alir Usul Program</title>');
    expect(svg![1]).toContain('<desc id="usul-program-bagan-uraian">Bagan alir 2 langkah');
    expect(svg![1]).toContain('>1. menerima usul</tspan>');
    expect((svg![1].match(/<rect /g) ?? []).length).toBe(2);
    expect(html.indexOf('<ol class="steps">')).toBeLessThan(html.indexOf('<svg class="flowchart"'));
    expect(renderHtml(doc, { root, paper: 'a4', flowcharts: false })).not.toContain('<svg class="flowchart"');
  });

  it('speaks English when the guideline does', async () => {
    const { root, doc } = await annexDocument(undefined, 'en');
    const html = renderHtml(doc, { root, paper: 'a4' });
    expect(html).toContain('<span class="number">APPENDIX I</span>');
    expect(html).toContain('<title id="usul-program-bagan-judul">Flowchart of Usul Program</title>');
    expect(html).toContain('<p class="label">Instructions</p>');
    expect(html).toContain('accessed 2 December 2026');
  });
});

describe.skipIf(!POPPLER)('PDF', () => {
  it('prints the forms, each on its own page, the flowchart as a tagged figure, the risk table, and sources', async () => {
    const { root, doc } = await annexDocument();
    const { pdf, warnings } = await renderPdf(doc, { root, paper: 'a4', creationDate: new Date('2026-12-02T00:00:00Z') });
    expect(warnings).toEqual([]);
    const pages = pdfPages(pdf);
    const formPage = pages.findIndex((p) => p.includes('Format Pendaftaran Sahabat Pemasyarakatan') && p.includes('Petunjuk'));
    const decreePage = pages.findIndex((p) => p.includes('KEPUTUSAN KEPALA'));
    expect(formPage).toBeGreaterThan(0);
    expect(decreePage).toBe(formPage + 1);
    expect(pages[formPage]).toContain('LAMPIRAN I');
    expect(pages[formPage]).toContain('Nama lengkap');
    expect(pages[formPage]).toContain('NIP.');
    expect(pages[formPage]).toContain('https://www.ditjenpas.go.id/');
    const all = pages.join('\n');
    expect(all).toContain('Bagan Alir Usul Program');
    expect(all).toMatch(/Kebocoran data\s+Sedang\s+Akses dibatasi/);
    const struct = pdfStruct(pdf);
    expect(struct).toContain('Figure');
    expect(struct).toContain('TH');
  }, 120_000);
});

describe('DOCX', () => {
  it('writes forms with Word tables, dotted leaders, page breaks and bookmarks; sources linked', async () => {
    const { doc } = await annexDocument();
    const buffer = await renderDocx(doc, { paper: 'a4', creationDate: new Date('2026-12-02T00:00:00Z'), guideline: { id: 'pedoman-uji', version: '0.1.0', commit: 'abc1234' } });
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:name="i_format_pendaftaran"');
    expect(xml).toContain('w:name="s_lampiran_format"');
    expect(xml).toMatch(/w:leader="dot"/);
    expect(xml).toContain('LAMPIRAN I FORMAT ADMINISTRASI');
    // The second form starts on a new page.
    // (The table of contents lists the headings first: the body's are the last.)
    const second = xml.lastIndexOf('B. Format Keputusan');
    expect(xml.lastIndexOf('<w:pageBreakBefore/>', second)).toBeGreaterThan(xml.lastIndexOf('A. Format Pendaftaran'));
    // The field table: a header row and two blank rows.
    const table = xml.slice(xml.indexOf('Kegiatan sebelumnya'));
    expect(table).toMatch(/<w:tblHeader\/>[\s\S]*?No\.[\s\S]*?Kegiatan[\s\S]*?Tahun/);
    // The risk register's pipe table is a Word table too.
    expect(xml.slice(xml.indexOf('Risiko utama'))).toMatch(/^[\s\S]*?<w:tbl>[\s\S]*?Kebocoran data/);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('https://www.ditjenpas.go.id/');
  });
});
