// Which reader a reviewer's file goes to: a Word file (by its zip magic and a .docx name, or a
// protected/old Office file by its compound-file magic, said as such by the DOCX reader), a
// spreadsheet form (.xlsx, .csv). Every reader returns an ImportRead; the command works on that
// alone. Reading only.
import { extname } from 'node:path';
import { UserError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import type { ImportGuideline } from './docx.js';
import type { ImportFormat, ImportRead } from './types.js';
import { isCompoundFile, looksLikeZip } from './zip.js';

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

/** Reads a reviewer's file into candidates; throws a UserError (one line) when it cannot. */
export async function readImport(bytes: Buffer, file: string, guideline: ImportGuideline): Promise<ImportRead> {
  const format = formatOf(file, bytes);
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    return readDocx(bytes, file, guideline);
  }
  // The spreadsheet form reader (./sheet.js readSheet) is wired in when it lands.
  throw new UserError(t('import.error.notYet', { file, format }));
}
