// A heading never ends a page of the PDF, and keeping headings with what follows costs no
// extra layout: pdfmake lays the document out once (its pageBreakBefore hook would lay it out
// again for every heading it moved, which made long PDFs slow out of proportion).
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build } from './helpers.js';
import { extractPdfText } from './pdf-text.js';

afterAll(cleanupGuidelines);

const WORDS = 'Pelaksanaan program dicatat dan dilaporkan secara berkala kepada pimpinan satuan kerja yang bersangkutan setiap bulan'.split(' ');

describe('PDF headings', () => {
  it('are kept with the text after them, in one layout pass', async () => {
    // Parts of varied length put the headings at many heights of a page; without keeping them
    // with their text, one of them (part 23) ends a page.
    const files = variant((f) => {
      f['sections/pendahuluan.yaml'].items = Array.from({ length: 36 }, (_, i) => ({
        id: `bagian-${i + 1}`,
        title: `Judul Bagian ${i + 1}`,
        text: Array.from({ length: 40 + ((i * 37) % 90) }, (_, w) => WORDS[w % WORDS.length]).join(' '),
      }));
    });
    const built = await build(files);
    const require = createRequire(import.meta.url);
    const proto = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { tryLayoutDocument: (...a: unknown[]) => unknown } } }).default.prototype;
    const original = proto.tryLayoutDocument;
    let passes = 0;
    proto.tryLayoutDocument = function (this: unknown, ...args: unknown[]) {
      passes++;
      return original.apply(this, args);
    };
    let pdf: Buffer;
    try {
      pdf = (await renderPdf(built.doc, { paper: 'a4', creationDate: new Date('2026-11-27T00:00:00Z') })).pdf;
    } finally {
      proto.tryLayoutDocument = original;
    }
    expect(passes).toBe(1);

    const pages = extractPdfText(pdf).pages;
    const withParts = pages.filter((p) => p.includes('Judul Bagian') && !p.includes('DAFTAR ISI'));
    expect(withParts.length).toBeGreaterThanOrEqual(4);
    for (const page of withParts) {
      const body = page.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('Halaman') && l !== 'Pedoman Uji' && l !== 'DRAF');
      body.forEach((line, j) => {
        // At least two lines of its text follow a heading on its page.
        if (/Judul Bagian \d+$/.test(line)) expect(body.length - 1 - j, body.slice(j).join(' / ')).toBeGreaterThanOrEqual(2);
      });
    }
    // Every part is there, heading and text, in order.
    const all = pages.join('\n');
    let at = 0;
    for (let i = 1; i <= 36; i++) {
      const next = all.indexOf(`Judul Bagian ${i}\n`, at);
      expect(next, `Judul Bagian ${i}`).toBeGreaterThan(at);
      at = next;
    }
  }, 60000);
});
