// Lettered lists in prose (a. b. / a) b), UU 12/2011 Lampiran II): read by the marked extension
// of src/render/lettered-list.ts and shown as real ordered lists in HTML, Typst/PDF and Word;
// the Markdown output keeps the text as written.
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { proseHtml } from '../../src/render/prose.js';
import { proseBlocks } from '../../src/render/typst-prose.js';
import { INS_END, INS_START, markWords } from '../../src/render/redline.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build } from './helpers.js';
import { pdfPages, POPPLER } from './poppler.js';

afterAll(cleanupGuidelines);

const LEAD = 'Kegiatan meliputi:\na. penyuluhan;\nb. pelatihan; dan\nc. pendampingan.';
const UNDER_LETTER = 'a. Sasaran:\n   1) Narapidana;\n   2) Anak Binaan.\nb. Mitra.';
const NESTED = '1. Tahap persiapan:\n   a. pemetaan mitra;\n   b. penyusunan rencana.\n2. Tahap pelaksanaan:\n   a) kunjungan;\n   b) pelaporan.';

describe('lettered lists in the HTML of prose', () => {
  it('turns "a. … b. …" under a lead sentence into <ol type="a">', () => {
    expect(proseHtml(LEAD)).toBe(
      '<p>Kegiatan meliputi:</p>\n<ol type="a" class="lettered">\n<li>penyuluhan;</li>\n<li>pelatihan; dan</li>\n<li>pendampingan.</li>\n</ol>',
    );
  });

  it('marks "a) … b) …" lists with the paren class', () => {
    expect(proseHtml('a) satu;\nb) dua.')).toBe('<ol type="a" class="lettered lettered-paren">\n<li>satu;</li>\n<li>dua.</li>\n</ol>');
  });

  it('nests lettered items indented under numbered ones, and numbered under lettered', () => {
    const html = proseHtml(NESTED);
    expect(html).toMatch(/^<ol>\n<li>Tahap persiapan:<ol type="a" class="lettered">\n<li>pemetaan mitra;<\/li>\n<li>penyusunan rencana.<\/li>\n<\/ol>\n<\/li>\n<li>Tahap pelaksanaan:<ol type="a" class="lettered lettered-paren">/);
    expect(proseHtml('a. satu:\n   1. x;\n   2. y.\nb. dua.')).toBe('<ol type="a" class="lettered">\n<li>satu:<ol>\n<li>x;</li>\n<li>y.</li>\n</ol>\n</li>\n<li>dua.</li>\n</ol>');
  });

  it('keeps lazy continuation lines in their item and a loose list loose', () => {
    expect(proseHtml('a. kalimat yang\nberlanjut;\nb. dua.')).toBe('<ol type="a" class="lettered">\n<li>kalimat yang\nberlanjut;</li>\n<li>dua.</li>\n</ol>');
    expect(proseHtml('a. satu.\n\nb. dua.\n\nSesudahnya.')).toBe('<ol type="a" class="lettered">\n<li><p>satu.</p>\n</li>\n<li><p>dua.</p>\n</li>\n</ol>\n<p>Sesudahnya.</p>');
  });

  it('leaves sentences alone: one item, letters out of order, not from a, mid-line, capitals', () => {
    for (const text of ['a. Hanya satu kalimat.', 'a. satu\nc. tiga', 'b. dua\nc. tiga', 'Lihat huruf a. dan\nb. berikutnya', 'A. Latar\nB. Maksud', 'Teks\na. hanya satu\nlanjut']) {
      expect(proseHtml(text), text).not.toContain('<ol');
      expect(proseHtml(text), text).toMatch(/^<p>/);
    }
    // A lead paragraph that a false start cut stays one paragraph.
    expect(proseHtml('Teks\na. hanya satu\nlanjut')).toBe('<p>Teks\na. hanya satu\nlanjut</p>');
  });

  it('ends the list where the letters stop following on, or the delimiter changes', () => {
    expect(proseHtml('a. satu\nb. dua\nd. empat')).toBe('<ol type="a" class="lettered">\n<li>satu</li>\n<li>dua</li>\n</ol>\n<p>d. empat</p>');
    expect(proseHtml('a. satu\nb. dua\nc) tiga')).toContain('</ol>\n<p>c) tiga</p>');
  });

  it('stays a list in the redline: an added item is marked inside, its letter outside the mark', () => {
    // The word diff pairs the old "dua." full stop with the new "c.": the mark is around the "c" alone.
    const marked = markWords('a. satu;\nb. dua.', 'a. satu;\nb. dua; dan\nc. tiga.');
    expect(marked).toContain(`\n${INS_START}c${INS_END}. ${INS_START}tiga.${INS_END}`);
    const html = proseHtml(marked);
    expect(html).toMatch(/^<ol type="a" class="lettered">\n<li>satu;<\/li>\n<li>dua[^<]*<\/li>\n<li>[^<]*tiga[^<]*<\/li>\n<\/ol>$/);
    expect(html).toContain(`${INS_START}tiga.${INS_END}`);
  });

  it('stays a list when the redline marks a whole new list, or a line from its letter on', () => {
    const added = markWords('Teks.', 'Teks:\na. satu;\nb. dua.');
    expect(added).toContain(INS_START);
    expect(proseHtml(added)).toMatch(/<ol type="a" class="lettered">\n<li>[^<]*satu;[^<]*<\/li>\n<li>[^<]*dua[^<]*<\/li>\n<\/ol>$/);
    expect(proseHtml(`a. satu;\n${INS_START}b. dua.${INS_END}`)).toBe(`<ol type="a" class="lettered">\n<li>satu;</li>\n<li>${INS_START}dua.${INS_END}</li>\n</ol>`);
  });

  it('keeps numbered lists as they were', () => {
    expect(proseHtml('1. satu\n2. dua')).toBe('<ol>\n<li>satu</li>\n<li>dua</li>\n</ol>');
    expect(proseHtml('3) tiga\n4) empat')).toBe('<ol start="3">\n<li>tiga</li>\n<li>empat</li>\n</ol>');
  });
});

describe('lettered lists for Typst', () => {
  it('carry their numbering ("a." or "a)"); numbered lists number by depth as before', () => {
    const [outer] = proseBlocks(NESTED);
    expect(outer).toMatchObject({ t: 'list', ordered: true, depth: 0 });
    expect(outer).not.toHaveProperty('numbering');
    const items = (outer as { items: { t: string; numbering?: string; depth?: number }[][] }).items;
    expect(items[0]![1]).toMatchObject({ t: 'list', ordered: true, depth: 1, numbering: 'a.' });
    expect(items[1]![1]).toMatchObject({ t: 'list', ordered: true, depth: 1, numbering: 'a)' });
  });

  it('keep the numbers of a numbered list inside a lettered one (a. → 1)), not letters by depth', () => {
    const [outer] = proseBlocks(UNDER_LETTER);
    expect(outer).toMatchObject({ t: 'list', numbering: 'a.', depth: 0 });
    expect((outer as { items: unknown[][] }).items[0]![1]).toMatchObject({ t: 'list', ordered: true, depth: 1, numbering: '1)' });
    const [plain] = proseBlocks('1. satu\n   1. sub\n   2. sub');
    expect((plain as { items: unknown[][] }).items[0]![1]).not.toHaveProperty('numbering');
  });
});

describe('lettered lists in every output of a guideline', () => {
  const files = variant((f) => {
    f['sections/pendahuluan.yaml'].items[0].text = `${LEAD}\n\n${NESTED}\n\n${UNDER_LETTER}`;
  });

  it('Markdown keeps the text as written', async () => {
    const built = await build(files);
    const md = renderMarkdown(built.doc, { root: built.root });
    expect(md).toContain(LEAD);
    expect(md).toContain(NESTED);
    expect(md).toContain(UNDER_LETTER);
  });

  it('HTML has the lists, and its stylesheet the "a)" markers', async () => {
    const built = await build(files);
    const html = renderHtml(built.doc, { root: built.root, paper: 'a4' });
    expect(html).toContain('<ol type="a" class="lettered">\n<li>penyuluhan;</li>');
    expect(html).toContain('<ol type="a" class="lettered lettered-paren">\n<li>kunjungan;</li>');
    expect(html).toMatch(/@counter-style lettered-paren \{ system: extends lower-alpha; suffix: "\) "; \}/);
  });

  it('Word numbers them with lowerLetter levels, "%1." and "%2)"', async () => {
    const built = await build(files);
    const zip = await JSZip.loadAsync(await renderDocx(built.doc, { paper: 'a4', creationDate: new Date('2026-11-27T00:00:00Z'), guideline: { id: 'pedoman-uji', version: '0.1.0', commit: 'abc1234' } }));
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const document = await zip.file('word/document.xml')!.async('string');
    // Each abstract numbering is one reference; find the lettered ones by their level texts.
    const abstracts = [...numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)];
    const letterParen = abstracts.find((a) => a[2]!.includes('w:val="lowerLetter"') && a[2]!.includes('<w:lvlText w:val="%1)"/>'));
    expect(letterParen, 'a lowerLetter numbering with "%1)"').toBeDefined();
    expect(letterParen![2]).toContain('<w:lvlText w:val="%2)"/>');
    // The paragraphs of the lists are numbered: "penyuluhan;" at level 0, "kunjungan;" at level 1.
    const paragraph = (words: string): string => document.split('</w:p>').find((p) => p.includes(words))!;
    expect(paragraph('penyuluhan;')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(paragraph('kunjungan;')).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(paragraph('Kegiatan meliputi:')).not.toContain('<w:numPr>');
    // Different lists are different numbering instances, each counting from a.
    const numId = (words: string): string => /<w:numId w:val="(\d+)"\/>/.exec(paragraph(words))![1]!;
    expect(numId('penyuluhan;')).toBe(numId('pendampingan.'));
    expect(numId('pemetaan mitra;')).not.toBe(numId('penyuluhan;'));
    expect(numId('kunjungan;')).not.toBe(numId('pemetaan mitra;'));
  });

  it.skipIf(!POPPLER)('PDF prints the letters: "a." and "a)" as written', async () => {
    const built = await build(files);
    const { pdf } = await renderPdf(built.doc, { root: built.root, paper: 'a4', creationDate: new Date('2026-11-27T00:00:00Z') });
    const text = pdfPages(pdf).join('\n').replace(/[ \t]+/g, ' ');
    expect(text).toMatch(/a\. penyuluhan;\s+b\. pelatihan; dan\s+c\. pendampingan\./);
    expect(text).toMatch(/1\. Tahap persiapan:\s+a\. pemetaan mitra;\s+b\. penyusunan rencana\./);
    expect(text).toMatch(/a\) kunjungan;\s+b\) pelaporan\./);
    expect(text).toMatch(/a\. Sasaran:\s+1\) Narapidana;\s+2\) Anak Binaan\.\s+b\. Mitra\./);
  }, 60000);
});
