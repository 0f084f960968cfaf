// `pedoman render --changes-since REV`: the guideline as it was at REV, compared with the one
// being rendered, so that the rendering marks inserted and deleted text (src/render/redline.ts).
import { openRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import type { Guideline } from '../../model/types.js';
import { redlineGuideline, redlineHtml, redlineMarkdown } from '../../render/redline.js';
import type { CliContext } from '../context.js';
import { snapshotAt } from './diff.js';
import { UserError } from '../../core/errors.js';

export interface PreparedRedline {
  guideline: Guideline;
  /** What the redline compares against, for its heading: the revision as named and its date. */
  since: { since: string; date?: string };
  /** The Markdown or HTML as written: marks turned into <ins>/<del>. (The PDF's template styles the marks itself.) */
  finish(format: string, data: string | Buffer): string | Buffer;
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
  const date = before.date?.slice(0, 10);
  return {
    guideline: redline.guideline,
    since: date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { since: rev, date } : { since: rev },
    finish: (format, data) => (typeof data !== 'string' ? data : format === 'html' ? redlineHtml(data) : format === 'md' ? redlineMarkdown(data) : data),
  };
}
