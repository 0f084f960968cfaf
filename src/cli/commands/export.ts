import { writeFileAtomic as writeFile } from '../../util/atomic.js';
import { resolve } from 'node:path';
import { checkGuideline } from '../../rules/check.js';
import { exportDocument } from '../../render/export-json.js';
import { t } from '../../i18n/index.js';
import { findGuidelineRoot } from '../../model/locate.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags } from '../output.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';
import { openGuideline } from '../../model/guideline.js';

export interface ExportOptions {
  format: string;
  output?: string;
  force?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function exportCommand(context: CliContext, path: string | undefined, options: ExportOptions): Promise<number> {
  checkOutputFlags(options);
  if (options.format !== 'json') throw new UserError(t('export.badFormat', { format: options.format }));
  const root = findGuidelineRoot({ explicit: path ?? options.dir, cwd: context.cwd });
  const outcome = await checkGuideline(openGuideline(root));
  if (outcome.counts.error > 0 && !options.force) {
    context.err(`pedoman: ${t('export.refused', { count: outcome.counts.error })}\n`);
    return EXIT_FINDINGS;
  }
  const text = `${JSON.stringify(exportDocument(outcome.guideline), null, 2)}\n`;
  if (options.output) {
    const target = resolve(context.cwd, options.output);
    await writeFile(target, text);
    if (!options.quiet) context.err(`${t('export.written', { file: options.output })}\n`);
  } else {
    context.out(text);
  }
  return EXIT_OK;
}
