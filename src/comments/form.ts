// The DIM form (Daftar Inventarisasi Masalah) a reviewer fills in a spreadsheet: one row per item
// with its text as drafted (rumusan), then the columns the reviewer fills. Pure: the rows and the
// columns from the guideline's anchors; writing the XLSX or CSV is the command's business, and
// reading a filled form back is import/sheet.ts, which knows the same columns by these keys.
import type { SectionAnchor } from './anchors.js';
import { textsOf } from './quotes.js';

/** The columns of the form, in order: the key columns first (locked), then those the reviewer fills. */
export const FORM_COLUMNS = ['no', 'section', 'item', 'label', 'rumusan', 'name', 'email', 'unit', 'type', 'masukan', 'usulan', 'alasan'] as const;
export type FormColumn = (typeof FORM_COLUMNS)[number];
export const KEY_COLUMNS: readonly FormColumn[] = ['no', 'section', 'item', 'label', 'rumusan'];
/** The types a form offers (the drop-down): `pertanyaan` is asked in a comment, not a DIM row. */
export const FORM_TYPES = ['substansi', 'redaksional', 'umum'] as const;

export interface FormRow {
  no: number;
  section: string;
  item: string;
  label: string;
  rumusan: string;
}

/** What the workbook keeps about the draft it was made from, so an import can tell another guideline or an older draft. */
export interface FormStamp {
  guideline: string;
  version: string;
  commit?: string;
}

export function formRows(anchors: readonly SectionAnchor[]): FormRow[] {
  const rows: FormRow[] = [];
  for (const section of anchors) {
    for (const item of section.items) {
      rows.push({ no: rows.length + 1, section: section.id, item: item.id, label: plain(item.label), rumusan: itemText(item.data, item.label) });
    }
  }
  return rows;
}

/** Fields that are not the item's text: drafting notes, words to avoid, and links to other items. */
const NOT_TEXT = new Set(['id', 'open_questions', 'avoid', 'abbreviation', 'source', 'distinct_from', 'relations', 'reports_to', 'divides_work_with', 'implements', 'responsible', 'levels', 'measures', 'code', 'direction']);

/**
 * An item's text as plain text: its prose fields in order, without the label (already its own
 * column), the id, or one-word values (kinds, levels, references), Markdown marks removed.
 */
export function itemText(data: Record<string, unknown>, label: string): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (NOT_TEXT.has(key)) continue;
    for (const text of textsOf(value, [], true)) {
      const trimmed = text.trim();
      if (trimmed === '' || trimmed === label || !/\s/.test(trimmed)) continue;
      parts.push(plain(trimmed));
    }
  }
  return parts.join('\n\n');
}

/** Markdown to plain text, as far as a cell needs: emphasis, code marks and links become their words. */
export function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=$|[^*\w])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[ \t]*\n(?!\n|\s*(?:\d+\.|[-*])\s)[ \t]*/g, ' ')
    .trim();
}
