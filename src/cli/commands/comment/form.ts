// `pedoman comment form --format xlsx|csv --output FILE`: the DIM form for reviewers who work in
// a spreadsheet. The rows come from comments/form.ts, the bytes from render/sheets.ts; the file
// is written atomically and never over an existing one unless --force.
import { resolve } from 'node:path';
import { requireSection } from '../../../comments/anchors.js';
import { FORM_COLUMNS, formRows, KEY_COLUMNS, type FormColumn, type FormStamp } from '../../../comments/form.js';
import { displayPath } from '../../../core/paths.js';
import { UserError } from '../../../core/errors.js';
import { inLanguage, t } from '../../../i18n/index.js';
import { commitInfo } from '../../../render/git.js';
import type { CliContext } from '../../context.js';
import { openWorkspace } from './shared.js';
import { writeOutput } from './table.js';

export interface FormOptions {
  format: string;
  output: string;
  section?: string;
  force?: boolean;
  dir?: string;
}

const FORMATS = ['xlsx', 'csv'] as const;

export async function formCommand(context: CliContext, options: FormOptions): Promise<number> {
  const format = FORMATS.find((f) => f === options.format.trim().toLowerCase());
  if (!format) throw new UserError(t('sheet.error.badFormat', { format: options.format, formats: FORMATS.join(', ') }));
  const workspace = await openWorkspace(context, options.dir, options.section);
  const anchors = options.section !== undefined ? [requireSection(workspace.anchors, options.section)] : workspace.anchors;
  const rows = formRows(anchors);
  if (rows.length === 0) throw new UserError(t('sheet.error.noItems', { section: options.section ? ` (${options.section})` : '' }));
  const manifest = (await workspace.model.raw()).manifest;
  const commit = await commitInfo(workspace.root);
  const stamp: FormStamp = {
    guideline: String(manifest?.id ?? ''),
    version: String(manifest?.version ?? ''),
    ...(commit.hash ? { commit: commit.hash } : {}),
  };
  const texts = inLanguage(workspace.language, () => {
    const columns = Object.fromEntries(FORM_COLUMNS.map((c) => [c, t(`sheet.col.${c}`)])) as Record<FormColumn, string>;
    const sheet = t('sheet.formSheet');
    const help = [
      t('sheet.help.title', { title: String(manifest?.title ?? stamp.guideline), version: stamp.version }),
      t('sheet.help.1', { sheet, rumusan: columns.rumusan }),
      t('sheet.help.2', { name: columns.name }),
      t('sheet.help.3', { masukan: columns.masukan, usulan: columns.usulan, alasan: columns.alasan }),
      t('sheet.help.4', { type: columns.type }),
      t('sheet.help.5', { keys: KEY_COLUMNS.map((c) => `"${columns[c]}"`).join(', ') }),
      t('sheet.help.6'),
      t('sheet.help.7', { guideline: stamp.guideline, version: stamp.version, commit: stamp.commit ?? t('sheet.commitUnknown') }),
    ];
    return { columns, sheet, helpSheet: t('sheet.helpSheet'), help };
  });
  const { formXlsx, formCsv } = await import('../../../render/sheets.js');
  const data = format === 'xlsx' ? await formXlsx(rows, texts, stamp) : await formCsv(rows, texts);
  const file = resolve(context.cwd, options.output);
  await writeOutput(file, data, options.force === true, displayPath(context.cwd, file));
  context.err(`${t('sheet.wrote', { path: displayPath(context.cwd, file), count: rows.length })}\n`);
  return 0;
}
