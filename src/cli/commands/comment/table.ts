// `pedoman comment table --format md|csv|xlsx|pdf --output FILE`: the table of comments and
// responses on its own, in the DIM layout, for the follow-up meeting. md and pdf are the
// document model with only that table (ModelOptions.tableOnly) through the usual renderers;
// csv and xlsx are its rows as cells (render/sheets.ts). The rows are the model's, one logic.
import { resolve } from 'node:path';
import { itemText } from '../../../comments/form.js';
import { displayPath } from '../../../core/paths.js';
import { UserError } from '../../../core/errors.js';
import { inLanguage, t } from '../../../i18n/index.js';
import { checkGuideline } from '../../../rules/check.js';
import { openGuideline } from '../../../model/guideline.js';
import { findGuidelineRoot } from '../../../model/locate.js';
import { commitInfo } from '../../../render/git.js';
import { buildDocument } from '../../../render/model.js';
import { writeFileAtomic, writeNewFileAtomic } from '../../../util/atomic.js';
import { draftOf, requireSection } from '../../../comments/anchors.js';
import type { CliContext } from '../../context.js';

export interface TableOptions {
  format: string;
  output: string;
  section?: string;
  force?: boolean;
  dir?: string;
}

// md, pdf and docx render the same table-only document with the draft's own renderers.
const FORMATS = ['md', 'csv', 'xlsx', 'docx', 'pdf'] as const;

export async function tableCommand(context: CliContext, options: TableOptions): Promise<number> {
  const format = FORMATS.find((f) => f === options.format.trim().toLowerCase());
  if (!format) throw new UserError(t('sheet.error.badFormat', { format: options.format, formats: FORMATS.join(', ') }));
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const model = openGuideline(root);
  const [outcome, draft] = await Promise.all([checkGuideline(model), draftOf(model)]);
  const section = options.section !== undefined ? requireSection(draft.anchors, options.section).id : undefined;
  const manifest = outcome.guideline.manifest;
  if (!manifest) throw new UserError(t('render.noManifest', { path: displayPath(context.cwd, root) || '.' }));
  const commit = await commitInfo(root);
  const doc = buildDocument(outcome.guideline, outcome.index, {
    final: false,
    commit,
    comments: { mode: 'table', threads: outcome.guideline.threads },
    tableOnly: section !== undefined ? { section } : {},
  });
  const rows = doc.appendices.flatMap((a) => (a.kind === 'commentTable' ? a.rows : []));
  const file = resolve(context.cwd, options.output);
  let data: string | Buffer;
  if (format === 'md') {
    const { renderMarkdown } = await import('../../../render/markdown.js');
    data = renderMarkdown(doc, { root });
  } else if (format === 'pdf') {
    const { renderPdf } = await import('../../../render/pdf.js');
    data = (await renderPdf(doc, { root, paper: 'a4', creationDate: new Date(manifest.date ?? '2000-01-01') })).pdf;
  } else if (format === 'docx') {
    const { renderDocx } = await import('../../../render/docx.js');
    data = await renderDocx(doc, {
      paper: 'a4',
      creationDate: new Date(manifest.date ?? '2000-01-01'),
      guideline: { id: manifest.id, version: manifest.version, ...(commit.hash ? { commit: commit.hash } : {}) },
      landscape: true,
    });
  } else {
    const sheets = await import('../../../render/sheets.js');
    const texts = inLanguage(manifest.language === 'en' ? 'en' : 'id', () => ({
      columns: Object.fromEntries(sheets.TABLE_COLUMNS.map((c) => [c, t(`sheet.col.${c}`)])) as Record<(typeof sheets.TABLE_COLUMNS)[number], string>,
      sheet: t('sheet.tableSheet'),
      reply: doc.labels.reply,
    }));
    const rumusan = (sectionId: string, itemId: string | undefined): string | undefined => {
      if (itemId === undefined) return undefined;
      const item = draft.anchors.find((s) => s.id === sectionId)?.items.find((x) => x.id === itemId);
      return item ? itemText(item.data, item.label) : undefined;
    };
    const cells = rows.map((r) => sheets.tableCells(r, rumusan(r.sectionId, r.itemId), texts));
    data = format === 'csv' ? await sheets.tableCsv(cells, texts) : await sheets.tableXlsx(cells, texts, doc.labels.commentTable);
  }
  await writeOutput(file, data, options.force === true, displayPath(context.cwd, file));
  context.err(`${t('sheet.wrote', { path: displayPath(context.cwd, file), count: rows.length })}\n`);
  return 0;
}

/** Writes atomically; never over an existing file unless `force`. */
export async function writeOutput(file: string, data: string | Buffer, force: boolean, shown: string): Promise<void> {
  if (force) return writeFileAtomic(file, data);
  try {
    await writeNewFileAtomic(file, data, () => new UserError(t('sheet.error.exists', { path: shown })));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) throw new UserError(t('io.cannotWrite', { path: shown, reason: code }));
    throw error;
  }
}
