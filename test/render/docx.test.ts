// The Word rendering, read back as Word reads it: the parts of the zip (document, styles,
// settings, properties, custom XML), and, where LibreOffice is installed, converted to PDF and
// re-saved as .docx to see what survives another word processor.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { isValidBookmark, itemBookmark, sectionBookmark } from '../../src/model/bookmarks.js';
import { renderDocx, type DocxOptions, type WordComment } from '../../src/render/docx.js';
import type { DocumentModel } from '../../src/render/model.js';
import { DEL_END, DEL_START, INS_END, INS_START } from '../../src/render/redline.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { buildAt, SHIPPED } from './helpers.js';

afterAll(cleanupGuidelines);

const OPTIONS: DocxOptions = {
  paper: 'a4',
  creationDate: new Date('2026-11-27T00:00:00Z'),
  guideline: { id: 'pedoman-peran-serta-masyarakat', version: '0.1.0', commit: 'abc1234' },
};

async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir && /\.(xml|rels)$/.test(name)) out[name] = await entry.async('string');
  return out;
}

async function shipped(final = false): Promise<{ doc: DocumentModel; sections: { id: string; items: { id: string }[] }[] }> {
  const { doc, outcome } = await buildAt(SHIPPED, { final });
  return { doc, sections: outcome.guideline.sections };
}

describe('renderDocx', () => {
  it('writes Word headings with the printed numbers, a TOC field, page fields, Indonesian, A4 and the DRAF watermark', async () => {
    const { doc } = await shipped();
    const p = await parts(await renderDocx(doc, OPTIONS));
    const body = p['word/document.xml']!;
    const styles = p['word/styles.xml']!;
    for (const id of ['Heading1', 'Heading2', 'Heading3']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/w:outlineLvl w:val="0"/);
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t xml:space="preserve">BAB I PENDAHULUAN<\/w:t>/s);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>.*?A\. Latar Belakang/s);
    expect(body).toMatch(/<w:pStyle w:val="Heading3"\/>.*?1\. /s);
    expect(body).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(p['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    const footer = p['word/footer1.xml']!;
    expect(footer).toContain('Halaman ');
    expect(footer).toContain(' dari ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(styles).toContain('w:lang w:val="id-ID"');
    expect(p['word/header1.xml']).toContain('DRAF');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // Names of roles, mechanisms and indicators link to their bookmarks.
    expect(body).toMatch(/<w:hyperlink [^>]*w:anchor="i_[a-z0-9_]+"/);
    // Prose lists are Word lists.
    expect(body).toContain('<w:numPr>');
    expect(p['word/numbering.xml']).toContain('w:val="lowerLetter"');
  });

  it('has no watermark with --final, and F4 paper is 210 × 330 mm', async () => {
    const { doc } = await shipped(true);
    const p = await parts(await renderDocx(doc, { ...OPTIONS, paper: 'f4' }));
    expect(p['word/header1.xml'] ?? '').not.toContain('DRAF');
    expect(p['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="18709"/);
  });

  it('puts every section and item in a bookmark and lists them all in the custom XML map and properties', async () => {
    const { doc, sections } = await shipped();
    const p = await parts(await renderDocx(doc, OPTIONS));
    const body = p['word/document.xml']!;
    const map = p['customXml/item1.xml']!;
    expect(map).toContain('<pedoman xmlns="urn:pedoman:docx:1" guideline="pedoman-peran-serta-masyarakat" version="0.1.0" commit="abc1234">');
    const names = [...body.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g)].map((m) => [m[0], m[2], m[1]] as const);
    const ids = new Set(names.map((m) => m[1]));
    expect(ids.size).toBe(names.length);
    for (const [, id] of names) expect(body).toContain(`<w:bookmarkEnd w:id="${id}"/>`);
    const bookmarked = new Set(names.map((m) => m[2]));
    let count = 0;
    for (const section of sections) {
      const name = sectionBookmark(section.id);
      expect(isValidBookmark(name)).toBe(true);
      expect(bookmarked.has(name), name).toBe(true);
      expect(map).toContain(`<bookmark name="${name}" section="${section.id}"/>`);
      count += 1;
      for (const item of section.items) {
        const itemName = itemBookmark(item.id);
        expect(isValidBookmark(itemName)).toBe(true);
        expect(bookmarked.has(itemName), itemName).toBe(true);
        expect(map).toContain(`<bookmark name="${itemName}" section="${section.id}" item="${item.id}"/>`);
        count += 1;
      }
    }
    expect(map.match(/<bookmark /g)).toHaveLength(count);
    expect(p['customXml/itemProps1.xml']).toContain('urn:pedoman:docx:1');
    expect(p['word/_rels/document.xml.rels']).toContain('Target="../customXml/item1.xml"');
    expect(p['[Content_Types].xml']).toContain('/customXml/itemProps1.xml');
    const custom = p['docProps/custom.xml']!;
    expect(custom).toMatch(/name="pedoman-guideline"[^>]*>\s*<vt:lpwstr>pedoman-peran-serta-masyarakat</);
    expect(custom).toMatch(/name="pedoman-version"[^>]*>\s*<vt:lpwstr>0\.1\.0</);
    expect(custom).toMatch(/name="pedoman-commit"[^>]*>\s*<vt:lpwstr>abc1234</);
    const core = p['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Pedoman Peran Serta Masyarakat');
    expect(core).toContain('2026-11-27T00:00:00Z');
  });

  it('gives the same bytes twice', async () => {
    const { doc } = await shipped();
    const a = await renderDocx(doc, OPTIONS);
    const b = await renderDocx((await shipped()).doc, OPTIONS);
    expect(a.equals(b)).toBe(true);
  });

  it('turns redline marks into tracked changes', async () => {
    const { doc } = await shipped();
    const chapter = doc.chapters[0]!;
    if (chapter.kind !== 'narrative') throw new Error('expected a narrative chapter');
    chapter.parts[0]!.text = `Teks ${INS_START}yang ditambahkan${INS_END} dan ${DEL_START}yang dihapus${DEL_END}.`;
    const body = (await parts(await renderDocx(doc, OPTIONS)))['word/document.xml']!;
    expect(body).toMatch(/<w:ins [^>]*w:author="pedoman"[^>]*>.*?yang ditambahkan/s);
    expect(body).toMatch(/<w:del [^>]*>.*?<w:delText[^>]*>yang dihapus<\/w:delText>/s);
    expect(body).not.toMatch(/[\uE000-\uE003]/);
  });

  it('makes review comments Word comments on their quote, or on the item title, with the answer as a reply', async () => {
    const { doc } = await shipped();
    const comments: WordComment[] = [
      { section: 'pendahuluan', item: 'latar-belakang', quote: 'subsistem peradilan pidana', author: 'Rina (UNODC)', date: '2026-11-20T09:00:00Z', text: 'Rujuk pasalnya.', replies: [{ author: 'Tim', date: '2026-11-21T09:00:00Z', text: 'Diterima.' }] },
      { section: 'pendahuluan', item: 'latar-belakang', author: 'Budi', date: '2026-11-20T10:00:00Z', text: 'Tanpa kutipan.', replies: [] },
      { section: 'pendahuluan', item: 'latar-belakang', quote: 'tidak ada di teks', author: 'Sari', date: '2026-11-20T11:00:00Z', text: 'Kutipan hilang.', replies: [] },
    ];
    const p = await parts(await renderDocx(doc, { ...OPTIONS, wordComments: comments }));
    const xml = p['word/comments.xml']!;
    expect(xml).toContain('w:author="Rina (UNODC)"');
    expect(xml).toContain('Rujuk pasalnya.');
    expect(xml).toContain('Diterima.');
    const body = p['word/document.xml']!;
    // Three comments and one reply, the reply over the same range as its comment.
    expect(body.match(/<w:commentRangeStart /g)).toHaveLength(4);
    // The quote is the commented range.
    expect(body).toMatch(/<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/><w:r><w:t xml:space="preserve">subsistem peradilan pidana<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/);
    // The reply is threaded under its comment.
    expect(p['word/commentsExtended.xml']).toMatch(/w15:paraIdParent=/);
  });
});

const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
if (!SOFFICE) console.warn('LibreOffice tests of the Word rendering skipped: soffice is not installed.');

describe.skipIf(!SOFFICE)('renderDocx read by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pedoman-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const convert = (file: string, to: string, out: string): void => {
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', to, '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
  };

  it.skipIf(!PDFTOTEXT)('converts to a PDF holding the headings and the page footer', async () => {
    const { doc } = await shipped();
    const file = join(dir, 'pedoman.docx');
    writeFileSync(file, await renderDocx(doc, OPTIONS));
    convert(file, 'pdf', join(dir, 'pdf'));
    const text = spawnSync('pdftotext', [join(dir, 'pdf', 'pedoman.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('BAB I PENDAHULUAN');
    expect(text).toContain('A. Latar Belakang');
    expect(text).toContain('Halaman 1 dari');
  }, 120_000);

  it('keeps the bookmarks, the custom properties, the custom XML map and the comments when re-saved as .docx', async () => {
    const { doc, sections } = await shipped();
    const file = join(dir, 'resave.docx');
    const wordComments: WordComment[] = [
      { section: 'pendahuluan', item: 'latar-belakang', quote: 'subsistem peradilan pidana', author: 'Rina', date: '2026-11-20T09:00:00Z', text: 'Rujuk pasalnya.', replies: [{ author: 'Budi', date: '2026-11-21T09:00:00Z', text: 'Setuju.' }] },
    ];
    writeFileSync(file, await renderDocx(doc, { ...OPTIONS, wordComments }));
    const out = join(dir, 'resaved');
    convert(file, 'docx:MS Word 2007 XML', out);
    const p = await parts(readFileSync(join(out, 'resave.docx')));
    const body = p['word/document.xml']!;
    for (const section of sections) {
      expect(body).toContain(`w:name="${sectionBookmark(section.id)}"`);
      for (const item of section.items) expect(body).toContain(`w:name="${itemBookmark(item.id)}"`);
    }
    expect(p['docProps/custom.xml']).toContain('pedoman-guideline');
    expect(p['docProps/custom.xml']).toContain('pedoman-peran-serta-masyarakat');
    // The comment and its reply stay (LibreOffice 7.4 writes no commentsExtended.xml, so not as a thread).
    expect(p['word/comments.xml']).toContain('w:author="Rina"');
    expect(p['word/comments.xml']).toContain('w:author="Budi"');
    // LibreOffice keeps the custom XML part as it was.
    expect(p['customXml/item1.xml']).toContain('<bookmark name="i_latar_belakang" section="pendahuluan" item="latar-belakang"/>');
  }, 120_000);
});

describe('renumberLinks', () => {
  it('names external links rIdLink1, 2, … in document order and leaves other relationships alone', async () => {
    const { renumberLinks } = await import('../../src/render/docx.js');
    const H = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
    const rels = `<Relationships><Relationship Id="rId1" Type="x/styles" Target="styles.xml"/><Relationship Id="rIdzz9" Type="${H}" Target="https://b.example" TargetMode="External"/><Relationship Id="rIdqq1" Type="${H}" Target="https://a.example" TargetMode="External"/></Relationships>`;
    const document = '<w:p><w:hyperlink r:id="rIdqq1"/><w:hyperlink r:id="rIdzz9"/><w:hyperlink w:anchor="x"/></w:p>';
    const out = renumberLinks(document, rels);
    expect(out.document).toBe('<w:p><w:hyperlink r:id="rIdLink1"/><w:hyperlink r:id="rIdLink2"/><w:hyperlink w:anchor="x"/></w:p>');
    expect(out.rels).toContain('<Relationship Id="rId1" Type="x/styles" Target="styles.xml"/>');
    expect(out.rels.indexOf('Id="rIdLink1"')).toBeLessThan(out.rels.indexOf('Id="rIdLink2"'));
    expect(out.rels).toContain(`Id="rIdLink1" Type="${H}" Target="https://a.example"`);
  });
});

describe('numbered lists in numbered lists', () => {
  it('number by depth as a regulation does: 1. → a. → 1) → a)', async () => {
    const bytes = await renderDocx((await shipped()).doc, OPTIONS);
    const zip = await JSZip.loadAsync(bytes);
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const nested = [...numbering.matchAll(/<w:abstractNum [\s\S]*?<\/w:abstractNum>/g)].map((m) => m[0])
      .find((a) => /<w:lvl w:ilvl="1"[^>]*>[\s\S]*?<w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="%2\."/.test(a) && /<w:lvl w:ilvl="2"[^>]*>[\s\S]*?<w:numFmt w:val="decimal"\/><w:lvlText w:val="%3\)"/.test(a));
    expect(nested).toBeDefined();
    const document = await zip.file('word/document.xml')!.async('string');
    // BAB III, Tahapan Pelaksanaan: "1. Tahap I …" with "a. Direktur Jenderal … menetapkan" under it.
    const paragraph = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?Direktur Jenderal Pemasyarakatan menetapkan Duta Kerja Sama[\s\S]*?<\/w:p>/g)][0]?.[0] ?? '';
    expect(paragraph).toContain('<w:ilvl w:val="1"/>');
  });
});
