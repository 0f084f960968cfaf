// Which reader a reviewer's file goes to: a Word file (by its zip magic and a .docx name, or a
// protected/old Office file by its compound-file magic, said as such by the DOCX reader), a
// spreadsheet form (.xlsx, .csv). Every reader returns an ImportRead; the command works on that
// alone. Reading only.
import { extname } from 'node:path';
import { UserError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import { createHash } from 'node:crypto';
import type { SectionAnchor } from '../anchors.js';
import type { FormStamp } from '../form.js';
import type { ImportGuideline } from './docx.js';
import type { ImportFormat, ImportRead } from './types.js';
import { isCompoundFile, looksLikeZip, readZip } from './zip.js';

export type { ImportGuideline } from './docx.js';

/** The format of a file by its name and first bytes. */
export function formatOf(file: string, bytes: Uint8Array): ImportFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.docx' || ext === '.docm' || ext === '.doc') return 'docx';
  // Another name: a zip (or a protected Office file) is taken for Word, the rest is refused.
  if (looksLikeZip(bytes) || isCompoundFile(bytes)) return 'docx';
  throw new UserError(t('import.error.unknownFormat', { file }));
}

/** What the form reader needs besides the guideline: its items, and the draft's stamp to compare the form's with. */
export interface SheetContext {
  anchors: readonly SectionAnchor[];
  current?: FormStamp;
}

/** Reads a reviewer's file into candidates; throws a UserError (one line) when it cannot. */
export async function readImport(bytes: Buffer, file: string, guideline: ImportGuideline, sheet: SheetContext): Promise<ImportRead> {
  const format = formatOf(file, bytes);
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    return readDocx(bytes, file, guideline);
  }
  if (format === 'xlsx') await guardXlsx(bytes, file);
  const { readSheet } = await import('./sheet.js');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return readSheet({ source: { file, sha256, format }, bytes, anchors: sheet.anchors, ...(sheet.current ? { current: sheet.current } : {}) });
}

/**
 * A workbook passes the same gate as a Word file before the spreadsheet library sees it: size,
 * parts, a zip bomb, a password (an encrypted workbook is a compound file), and no DOCTYPE or
 * ENTITY in any XML part.
 */
async function guardXlsx(bytes: Buffer, file: string): Promise<void> {
  if (isCompoundFile(bytes)) throw new UserError(t('import.error.protectedXlsx', { file }));
  if (!looksLikeZip(bytes)) throw new UserError(t('import.error.notXlsx', { file }));
  const parts = await readZip(bytes, file, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  for (const [part, data] of parts) {
    if (/<!DOCTYPE|<!ENTITY/i.test(data.toString('utf8'))) throw new UserError(t('import.error.entityXlsx', { file, part }));
  }
}
