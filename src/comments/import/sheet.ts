// Reads a filled DIM form (XLSX or CSV, ours or saved again by Excel or LibreOffice) into what
// `comment import` records: one comment per filled row, on the item its key columns name.
// Reading only: no write, no git. Headers are matched in Indonesian or English, ignoring case,
// spaces and punctuation, in any column order; a CSV may use `,` or `;` (Excel under an
// Indonesian locale writes `;`), with or without a byte-order mark.
//
// Decisions: a row with neither masukan nor usulan is an unfilled form row and is skipped; a row
// with only an usulan gets the text "Usulan perubahan" (the column's name) and a note; a row is a
// comment on the whole item, so it has no quote (the rumusan is the item's text, not a passage).
import type { CommentType } from '../../model/comment-types.js';
import { t } from '../../i18n/index.js';
import { closest } from '../../util/closest.js';
import type { SectionAnchor } from '../anchors.js';
import { parseType } from '../values.js';
import { FORM_TYPES, type FormColumn, type FormStamp } from '../form.js';
import type { ImportCandidate, ImportProblem, ImportRead, ImportSource } from './types.js';

export interface SheetInput {
  source: ImportSource;
  bytes: Buffer;
  anchors: readonly SectionAnchor[];
  /** The draft as it is now, to warn when the form was made for another guideline or an older version. */
  current?: FormStamp;
}

/** Header names known for each column (normalised: lower case, letters and digits only). */
const HEADERS: Record<FormColumn, readonly string[]> = {
  no: ['no', 'nomor', 'number'],
  section: ['bagian', 'section', 'sectionid', 'idbagian', 'bab'],
  item: ['butir', 'item', 'itemid', 'idbutir'],
  label: ['judulbutir', 'itemtitle', 'title', 'judul', 'label'],
  rumusan: ['rumusan', 'textasdrafted', 'text', 'rumusanawal', 'draft'],
  name: ['namapeninjau', 'nama', 'reviewername', 'reviewer', 'name'],
  email: ['email', 'surel', 'alamatemail'],
  unit: ['unitkerja', 'unit', 'instansi', 'affiliation', 'organisation', 'organization'],
  type: ['jenis', 'type', 'jenismasukan'],
  masukan: ['masukan', 'comment', 'tanggapan', 'komentar'],
  usulan: ['usulanperubahan', 'usulan', 'proposedchange', 'usulanrumusan'],
  alasan: ['alasan', 'reason', 'justification'],
};
const REQUIRED: readonly FormColumn[] = ['section', 'item', 'masukan'];

const normal = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export async function readSheet(input: SheetInput): Promise<ImportRead> {
  const read: ImportRead = { source: input.source, candidates: [], problems: [], warnings: [] };
  let table: { rows: string[][]; stamp?: Partial<FormStamp> };
  try {
    table = input.source.format === 'csv' ? await csvRows(input.bytes) : await xlsxRows(input.bytes);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? '';
    read.problems.push({ location: input.source.file, message: t('sheet.problem.notXlsx', { file: input.source.file, reason }) });
    return read;
  }
  if (table.stamp && input.current) stampWarnings(table.stamp, input.current, input.source.file, read.warnings);
  const headerAt = table.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) {
    read.problems.push({ location: input.source.file, message: t('sheet.problem.empty', { file: input.source.file }) });
    return read;
  }
  const columns = columnsOf(table.rows[headerAt]!);
  const missing = REQUIRED.filter((c) => columns.get(c) === undefined);
  if (missing.length > 0) {
    const names = missing.map((c) => `"${t(`sheet.col.${c}`)}"`).join(', ');
    read.problems.push({ location: `${input.source.file}: ${t('sheet.row', { row: headerAt + 1 })}`, message: t('sheet.problem.missingColumns', { columns: names }) });
    return read;
  }
  const header = table.rows[headerAt]!;
  for (let i = headerAt + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    const cell = (c: FormColumn): string => {
      const at = columns.get(c);
      return at === undefined ? '' : (cells[at] ?? '').replace(/\r\n?/g, '\n').trim();
    };
    const masukan = cell('masukan');
    const usulan = cell('usulan');
    if (masukan === '' && usulan === '') continue;
    const location = t('sheet.row', { row: i + 1 });
    const problem = (c: FormColumn, message: string) => read.problems.push({ location, column: header[columns.get(c)!]?.trim() || t(`sheet.col.${c}`), message });
    const before = read.problems.length;
    const section = input.anchors.find((s) => s.id === cell('section'));
    let item: string | undefined;
    if (!section) {
      const hint = closest(cell('section'), input.anchors.map((s) => s.id));
      problem('section', t('sheet.problem.unknownSection', { section: cell('section'), hint: hint ? t('sheet.hint', { id: hint }) : '' }));
    } else if (cell('item') !== '') {
      const found = section.items.find((x) => x.id === cell('item'));
      if (found) item = found.id;
      else {
        const hint = closest(cell('item'), section.items.map((x) => x.id));
        problem('item', t('sheet.problem.unknownItem', { item: cell('item'), section: section.id, hint: hint ? t('sheet.hint', { id: hint }) : '' }));
      }
    }
    const type = typeOf(cell('type'));
    if (type === undefined) problem('type', t('sheet.problem.badType', { type: cell('type'), types: FORM_TYPES.join(', ') }));
    const name = cell('name').replace(/\s+/g, ' ');
    if (name === '') problem(columns.has('name') ? 'name' : 'masukan', t('sheet.problem.noName'));
    if (read.problems.length > before || !section || type === undefined) continue;
    const candidate: ImportCandidate = {
      sourceId: `row:${i + 1}`,
      location,
      act: 'comment',
      section: section.id,
      type,
      text: masukan !== '' ? masukan : t('sheet.col.usulan'),
      author: { name },
      notes: masukan === '' ? [t('sheet.note.onlyUsulan')] : [],
    };
    if (item !== undefined) candidate.item = item;
    if (usulan !== '') candidate.proposedChange = usulan;
    if (cell('alasan') !== '') candidate.reason = cell('alasan');
    if (cell('email') !== '') candidate.author.email = cell('email');
    if (cell('unit') !== '') candidate.author.affiliation = cell('unit').replace(/\s+/g, ' ');
    read.candidates.push(candidate);
  }
  return read;
}

/** The type a cell names, in any case and either language; an empty cell is `umum`; undefined for an unknown one. */
function typeOf(value: string): CommentType | undefined {
  return value.trim() === '' ? 'umum' : parseType(value);
}

function columnsOf(header: readonly string[]): Map<FormColumn, number> {
  const out = new Map<FormColumn, number>();
  header.forEach((h, i) => {
    // A byte-order mark read as Latin-1 ("ï»¿") by a spreadsheet that opened our CSV.
    const n = normal(h.replace(/^(\ufeff|\u00ef\u00bb\u00bf)/, ''));
    if (n === '') return;
    for (const [column, names] of Object.entries(HEADERS) as [FormColumn, readonly string[]][]) {
      if (!out.has(column) && names.includes(n)) {
        out.set(column, i);
        return;
      }
    }
  });
  return out;
}

function stampWarnings(stamp: Partial<FormStamp>, current: FormStamp, file: string, warnings: ImportProblem[]): void {
  if (stamp.guideline && stamp.guideline !== current.guideline) {
    warnings.push({ location: file, message: t('sheet.warn.otherGuideline', { form: stamp.guideline, current: current.guideline }) });
  } else if ((stamp.version && stamp.version !== current.version) || (stamp.commit && current.commit && stamp.commit !== current.commit)) {
    warnings.push({ location: file, message: t('sheet.warn.olderDraft', { form: stamp.version ?? '?', commit: stamp.commit ?? '?', current: current.version }) });
  }
}

async function csvRows(bytes: Buffer): Promise<{ rows: string[][] }> {
  const { parse } = await import('csv-parse/sync');
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
  const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  return { rows };
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

/** The first visible worksheet's cells as text, and the stamp of the hidden sheet `pedoman` when there is one. */
async function xlsxRows(bytes: Buffer): Promise<{ rows: string[][]; stamp?: Partial<FormStamp> }> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip file');
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets;
  const stampSheet = sheets.find((s) => s.name === STAMP_SHEET);
  const sheet = sheets.find((s) => s !== stampSheet && s.state === 'visible' && hasHeader(s)) ?? sheets.find((s) => s !== stampSheet);
  if (!sheet) throw new Error('no worksheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellText(c.value);
    });
    rows[n - 1] = Array.from(cells, (v) => v ?? '');
  });
  const out: { rows: string[][]; stamp?: Partial<FormStamp> } = { rows: Array.from(rows, (r) => r ?? []) };
  if (stampSheet) {
    const stamp: Record<string, string> = {};
    stampSheet.eachRow((row) => {
      stamp[cellText(row.getCell(1).value)] = cellText(row.getCell(2).value);
    });
    out.stamp = { guideline: stamp.guideline, version: stamp.version, ...(stamp.commit ? { commit: stamp.commit } : {}) };
  }
  return out;
}

/** The name of the hidden worksheet that records which draft a form was made from. */
export const STAMP_SHEET = 'pedoman';

function hasHeader(sheet: { getRow(n: number): { values: unknown } }): boolean {
  const values = sheet.getRow(1).values;
  return Array.isArray(values) && values.some((v) => typeof v === 'string' && ['bagian', 'section'].includes(normal(v)));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; hyperlink?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
}
