// The DIM as spreadsheets: the form a reviewer fills (XLSX with its instructions, or CSV) and the
// table of comments and responses (XLSX or CSV). Pure: bytes from rows and the column names,
// which the command gives in the guideline's language. exceljs and csv-stringify are loaded
// only when a sheet is made.
import type { Row, Worksheet } from 'exceljs';
import { FORM_COLUMNS, FORM_TYPES, KEY_COLUMNS, type FormColumn, type FormRow, type FormStamp } from '../comments/form.js';
import { STAMP_SHEET } from '../comments/import/sheet.js';
import type { CommentRow } from './model.js';

export interface FormTexts {
  columns: Record<FormColumn, string>;
  sheet: string;
  helpSheet: string;
  /** The instructions, one paragraph a line: the first is the title. */
  help: string[];
}

const FORM_WIDTHS: Record<FormColumn, number> = { no: 6, section: 18, item: 24, label: 28, rumusan: 60, name: 22, email: 24, unit: 22, type: 14, masukan: 50, usulan: 50, alasan: 40 };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const;
const KEY_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

export async function formXlsx(rows: readonly FormRow[], texts: FormTexts, stamp: FormStamp): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pedoman';
  workbook.title = `DIM ${stamp.guideline} ${stamp.version}`;
  workbook.subject = stamp.guideline;
  workbook.keywords = `pedoman ${stamp.guideline} ${stamp.version}${stamp.commit ? ` ${stamp.commit}` : ''}`;
  const sheet = workbook.addWorksheet(texts.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = FORM_COLUMNS.map((c) => ({ header: texts.columns[c], key: c, width: FORM_WIDTHS[c] }));
  for (const row of rows) fitHeight(sheet.addRow({ ...row }), FORM_WIDTHS);
  const last = rows.length + 1;
  FORM_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const key = KEY_COLUMNS.includes(c);
    column.eachCell({ includeEmpty: true }, (cell, n) => {
      if (n > last) return;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (n === 1) return;
      cell.protection = { locked: key };
      if (key) cell.fill = KEY_FILL;
    });
    // Cells below the last row stay fillable too (a reviewer may add a row by copying one).
    column.style = { protection: { locked: key }, alignment: { wrapText: true, vertical: 'top' } };
  });
  styleHeader(sheet);
  const typeColumn = FORM_COLUMNS.indexOf('type') + 1;
  for (let n = 2; n <= last; n++) {
    sheet.getCell(n, typeColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${FORM_TYPES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: texts.columns.type,
      error: FORM_TYPES.join(', '),
    };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: FORM_COLUMNS.length } };
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 999, printTitlesRow: '1:1' };

  const help = workbook.addWorksheet(texts.helpSheet);
  help.getColumn(1).width = 110;
  texts.help.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  // The help sheet first would hide the form from readers taking the first sheet: keep the form first, open on the help.
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];

  const stampSheet = workbook.addWorksheet(STAMP_SHEET, { state: 'veryHidden' });
  stampSheet.addRow(['guideline', stamp.guideline]);
  stampSheet.addRow(['version', stamp.version]);
  if (stamp.commit) stampSheet.addRow(['commit', stamp.commit]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function formCsv(rows: readonly FormRow[], texts: FormTexts): Promise<Buffer> {
  const { stringify } = await import('csv-stringify/sync');
  const records = [FORM_COLUMNS.map((c) => texts.columns[c]), ...rows.map((r) => FORM_COLUMNS.map((c) => (c in r ? String(r[c as keyof FormRow]) : '')))];
  return bom(stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }));
}

/** The columns of the table of comments and responses, in order. */
export const TABLE_COLUMNS = ['no', 'where', 'rumusan', 'commenter', 'type', 'masukan', 'usulan', 'alasan', 'response', 'verdict'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
const TABLE_WIDTHS: Record<TableColumn, number> = { no: 6, where: 26, rumusan: 45, commenter: 22, type: 13, masukan: 45, usulan: 40, alasan: 30, response: 45, verdict: 40 };

export interface TableTexts {
  columns: Record<TableColumn, string>;
  sheet: string;
  reply: string;
}

/** One table row as plain cells. */
export function tableCells(row: CommentRow, rumusan: string | undefined, texts: TableTexts): Record<TableColumn, string> {
  const masukan = [row.quote ? `“${row.quote}”` : '', row.text.trim(), ...row.replies.map((r) => `${texts.reply} — ${r.author}, ${r.date}: ${r.text.trim()}`)].filter((s) => s !== '');
  const response = [row.disposition, row.response?.trim() ?? ''].filter((s) => s !== '');
  const verdict = [row.verdict, ...row.history.map((h) => `${h.label} — ${h.date}${h.recorded ? ` (${h.recorded.trim()})` : ''}: ${h.text.trim()}`)];
  return {
    no: row.number,
    where: row.section,
    rumusan: rumusan ?? '',
    commenter: row.commenter,
    type: row.type,
    masukan: masukan.join('\n\n'),
    usulan: row.proposedChange?.trim() ?? '',
    alasan: row.reason?.trim() ?? '',
    response: response.join(': '),
    verdict: verdict.join('\n\n'),
  };
}

export async function tableXlsx(cells: readonly Record<TableColumn, string>[], texts: TableTexts, title: string): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pedoman';
  workbook.title = title;
  const sheet = workbook.addWorksheet(texts.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TABLE_COLUMNS.map((c) => ({ header: texts.columns[c], key: c, width: TABLE_WIDTHS[c] }));
  for (const row of cells) fitHeight(sheet.addRow({ ...row, no: Number(row.no) }), TABLE_WIDTHS);
  sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = { wrapText: true, vertical: 'top' })));
  styleHeader(sheet);
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 999, printTitlesRow: '1:1' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function tableCsv(cells: readonly Record<TableColumn, string>[], texts: TableTexts): Promise<Buffer> {
  const { stringify } = await import('csv-stringify/sync');
  const records = [TABLE_COLUMNS.map((c) => texts.columns[c]), ...cells.map((r) => TABLE_COLUMNS.map((c) => r[c]))];
  return bom(stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }));
}

/**
 * A row tall enough for its wrapped text: spreadsheets do not grow a row written without a
 * height when they open the file (LibreOffice keeps the default and the lines overlap).
 */
function fitHeight(row: Row, widths: Record<string, number>): void {
  let lines = 1;
  row.eachCell((cell, n) => {
    const key = Object.keys(widths)[n - 1];
    const width = key ? widths[key]! : 10;
    const text = typeof cell.value === 'string' ? cell.value : String(cell.value ?? '');
    const count = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 1.1) / width)), 0);
    lines = Math.max(lines, count);
  });
  row.height = Math.min(409, 15 * lines);
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** UTF-8 with a byte-order mark, so that Excel reads the accents and dashes right. */
function bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
