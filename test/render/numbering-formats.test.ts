// The numbering of an Indonesian regulation (BAB I / A. / 1. / a. / 1)) is the same in the
// Markdown, the HTML and the PDF: every renderer prints the numbers of the one document model.
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build } from './helpers.js';
import { flat, pdfPages, POPPLER } from './poppler.js';

afterAll(cleanupGuidelines);

const files = variant((f) => {
  const role = f['sections/peran.yaml'].items[1];
  role.appointment.criteria = ['berstatus aparatur sipil negara', 'memahami Pedoman'];
  role.duties = ['melaksanakan program di UPT', 'melaporkan kegiatan'];
  f['sections/mekanisme.yaml'].items[0].outputs = ['daftar usul program', 'tanggapan tertulis'];
});

describe('numbering in every format', () => {
  it('is in the model: the parts of a role are lettered, counting only the parts it has', async () => {
    const { doc } = await build(files);
    const roles = doc.chapters.find((c) => c.kind === 'roles');
    if (roles?.kind !== 'roles') throw new Error('no roles chapter');
    const [pusat, upt] = roles.groups.map((g) => g.roles[0]!);
    expect(pusat!.partNumbers).toEqual({ appointment: 'a.', duties: 'b.' });
    expect(upt!.partNumbers).toEqual({ appointment: 'a.', duties: 'b.', reportsTo: 'c.' });
  });

  it('prints BAB III / B. / 1. / a. b. c. / 1) 2) in Markdown', async () => {
    const { doc, root } = await build(files);
    const md = renderMarkdown(doc, { root });
    expect(md).toContain('## BAB III PERAN');
    expect(md).toContain('### B. UPT Pemasyarakatan');
    expect(md).toContain('#### 1. Duta Kerja Sama UPT');
    expect(md).toContain('**a. Penunjukan**');
    expect(md).toContain('  1) berstatus aparatur sipil negara\n  2) memahami Pedoman');
    expect(md).toContain('**b. Tugas**\n\n1) melaksanakan program di UPT\n2) melaporkan kegiatan');
    expect(md).toContain('**c. Bertanggung jawab kepada:**');
    expect(md).toContain('1. menerima usul\n2. menilai usul');
    expect(md).toContain('a. daftar usul program\n\nb. tanggapan tertulis');
  });

  it('prints the same in HTML (the list markers from the stylesheet: 1) for duties, a. for outputs)', async () => {
    const { doc, root } = await build(files);
    const html = renderHtml(doc, { root, paper: 'a4' });
    expect(html).toContain('<h2><span class="number">BAB III</span> <span class="title">PERAN</span></h2>');
    expect(html).toContain('<h3><span class="number">B.</span> UPT Pemasyarakatan</h3>');
    expect(html).toContain('<h4><span class="number">1.</span> Duta Kerja Sama UPT</h4>');
    expect(html).toContain('<p class="label part"><span class="number">a.</span> Penunjukan</p>');
    expect(html).toMatch(/<p class="label part"><span class="number">b\.<\/span> Tugas<\/p>\n<ol class="paren">\n<li>melaksanakan program di UPT<\/li>/);
    expect(html).toContain('<span class="number">c.</span> Bertanggung jawab kepada:');
    expect(html).toContain('ol.paren > li::before { content: counter(item) ")"');
    expect(html).toMatch(/<ol class="alpha">\n<li>daftar usul program<\/li>/);
    expect(html).toContain('ol.alpha { list-style: lower-alpha;');
  });

  it.skipIf(!POPPLER)('prints the same in the PDF', async () => {
    const { doc, root } = await build(files);
    const text = flat(pdfPages((await renderPdf(doc, { root, paper: 'a4', creationDate: new Date(0) })).pdf, { layout: true }));
    expect(text).toContain('BAB III PERAN');
    expect(text).toContain('B. UPT Pemasyarakatan 1. Duta Kerja Sama UPT');
    expect(text).toMatch(/a\. Penunjukan .*Kriteria: 1\) berstatus aparatur sipil negara 2\) memahami Pedoman b\. Tugas 1\) melaksanakan program di UPT 2\) melaporkan kegiatan c\. Bertanggung jawab kepada: Duta Kerja Sama Kantor Pusat/);
    // The flowchart under the steps repeats them in its boxes, then its caption.
    expect(text).toMatch(/Langkah-langkah: 1\. menerima usul 2\. menilai usul 1\. menerima usul 2\. menilai usul Bagan Alir Usul Program Keluaran: a\. daftar usul program b\. tanggapan tertulis/);
  });
});
