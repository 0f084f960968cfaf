// `pedoman render --changes-since REV`: the guideline as it was at REV, compared with the one
// being rendered, so that the rendering marks inserted and deleted text (src/render/redline.ts).
import { openRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import type { Guideline } from '../../model/types.js';
import { redlineGuideline, redlineHtml, redlineMarkdown, redlinePdf } from '../../render/redline.js';
import type { CliContext } from '../context.js';
import { snapshotAt } from './diff.js';
import { UserError } from '../../core/errors.js';

export interface PreparedRedline {
  guideline: Guideline;
  /** The Markdown or HTML as written: marks turned into <ins>/<del>. */
  finish(format: string, data: string | Buffer): string | Buffer;
  /** Applied to the PDF's document definition before it is laid out. */
  pdf(definition: object): void;
}

export async function prepareRedline(context: CliContext, root: string, rev: string, guideline: Guideline): Promise<PreparedRedline> {
  const repo = await openRepo(root, context.env);
  if (!repo) throw new UserError(t('render.redline.noGit'));
  const before = await snapshotAt(context, repo, root, rev);
  const redline = redlineGuideline(guideline, before);
  if (redline.removedSections.length > 0) {
    context.err(`${t('render.redline.removedSections', { rev, sections: redline.removedSections.join(', ') })}\n`);
  }
  if (!redline.changed) context.err(`${t('render.redline.none', { rev })}\n`);
  return {
    guideline: redline.guideline,
    finish: (format, data) => (typeof data !== 'string' ? data : format === 'html' ? redlineHtml(data) : format === 'md' ? redlineMarkdown(data) : data),
    pdf: redlinePdf,
  };
}
