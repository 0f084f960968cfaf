// Small Word files for the import tests, written part by part with jszip: paragraphs, runs,
// bookmarks named as the renderer names them, comments with their ranges, a thread's reply
// (commentsExtended), tracked changes, headings, the pedoman map as a custom XML part.
import JSZip from 'jszip';
import { itemBookmark, sectionBookmark } from '../../src/model/bookmarks.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const r = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
export const p = (...parts: string[]) => `<w:p>${parts.join('')}</w:p>`;
export const heading = (text: string, level = 1) => `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>${r(text)}</w:p>`;
export const bmStart = (id: number, name: string) => `<w:bookmarkStart w:id="${id}" w:name="${name}"/>`;
export const bmEnd = (id: number) => `<w:bookmarkEnd w:id="${id}"/>`;
export const cStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
export const cEnd = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
export const ins = (id: number, author: string, text: string, date = '2026-07-02T09:00:00Z') =>
  `<w:ins w:id="${id}" w:author="${esc(author)}" w:date="${date}">${r(text)}</w:ins>`;
export const del = (id: number, author: string, text: string, date = '2026-07-02T09:00:00Z') =>
  `<w:del w:id="${id}" w:author="${esc(author)}" w:date="${date}"><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;

export interface FixtureComment {
  id: number;
  author: string;
  date?: string;
  text: string;
  /** w14:paraId of its (one) paragraph. */
  paraId?: string;
  /** paraId of the comment it replies to. */
  parent?: string;
}

export interface FixtureSpec {
  body: string[];
  comments?: FixtureComment[];
  /** The pedoman map (customXml/item1.xml): [name, section, item?]. */
  map?: { guideline: string; bookmarks: [string, string, string?][] };
  /** Extra parts, raw. */
  parts?: Record<string, string | Buffer>;
}

export async function docx(spec: FixtureSpec): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${spec.body.join('')}<w:sectPr/></w:body></w:document>`);
  const comments = spec.comments ?? [];
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments.map((c) =>
    `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="${c.date ?? '2026-07-01T10:00:00Z'}" w:initials="X"><w:p${c.paraId ? ` w14:paraId="${c.paraId}"` : ''}>${r(c.text)}</w:p></w:comment>`).join('')}</w:comments>`);
  zip.file('word/commentsExtended.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}>${comments.filter((c) => c.paraId).map((c) =>
    `<w15:commentEx w15:paraId="${c.paraId}"${c.parent ? ` w15:paraIdParent="${c.parent}"` : ''} w15:done="0"/>`).join('')}</w15:commentsEx>`);
  if (spec.map) {
    zip.file('customXml/item1.xml', `<?xml version="1.0" encoding="UTF-8"?><pedoman xmlns="urn:pedoman:docx:1" guideline="${spec.map.guideline}" version="0.1.0" commit="abc1234">${spec.map.bookmarks.map(([name, section, item]) =>
      `<bookmark name="${name}" section="${section}"${item ? ` item="${item}"` : ''}/>`).join('')}</pedoman>`);
  }
  for (const [name, data] of Object.entries(spec.parts ?? {})) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The Word copy a reviewer sends back: two comments (one outside the items), a reply, and three tracked changes. */
export function reviewedBody(): string[] {
  return [
    heading('BAB III KELEMBAGAAN'),
    p(bmStart(1, sectionBookmark('kelembagaan')), cStart(3), r('Pelaksanaan Pedoman ini tidak membentuk satuan organisasi baru.'), cEnd(3)),
    p(bmStart(2, itemBookmark('duta-kerja-sama-upt')), r('Setiap UPT Pemasyarakatan menunjuk '), cStart(0), cStart(1), r('paling sedikit 1 (satu)'), cEnd(0), cEnd(1), r(' orang Duta Kerja Sama,')),
    p(r('serta jumlah mitra '), del(10, 'Budi Santoso', 'yang dikelola'), ins(11, 'Budi Santoso', 'yang dibina'), r('. Pada Bapas')),
    p(r('berasal dari Pembimbing Kemasyarakatan'), ins(12, 'Budi Santoso', ' yang bersertifikat'), r('.')),
    p(r('Masa tugas '), del(13, 'Siti Aminah', '2 (dua) tahun'), r(' dan dapat ditunjuk kembali.'), bmEnd(2), bmEnd(1)),
  ];
}

export const REVIEWED_COMMENTS = [
  { id: 0, author: 'Budi Santoso', text: 'Substansi: paling sedikit 2 (dua) orang, agar ada pengganti.', paraId: '1A2B3C4D' },
  { id: 1, author: 'Siti Aminah', date: '2026-07-03T08:00:00Z', text: 'Setuju, tetapi UPT kecil sulit.', paraId: '5E6F7A8B', parent: '1A2B3C4D' },
  { id: 3, author: 'Budi Santoso', text: 'Perlu dijelaskan dasar hukumnya.', paraId: '0C0D0E0F' },
];

