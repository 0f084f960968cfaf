// `pedoman diff [FROM] [TO]`: what changed in the guideline between two revisions (default:
// the latest tag and the working tree), section by section and item by item. Reading never writes.
import { openRepo, type GitRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import { findGuidelineRoot } from '../../model/locate.js';
import { changedIds, diffJson, DIFF_FORMATS, formatDiffMarkdown, formatDiffText } from '../../tracking/diff-format.js';
import { resolveCommit } from '../../tracking/git-tree.js';
import { latestTag } from '../../tracking/history.js';
import { diffGuidelines } from '../../tracking/semantic-diff.js';
import { revisionSnapshot, workingTreeSnapshot, type Snapshot } from '../../tracking/snapshot.js';
import type { CliContext } from '../context.js';
import { outputMode } from '../output.js';
import { EXIT_OK, UserError } from '../../core/errors.js';
import { oneOf } from '../../core/guards.js';

export interface DiffOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function diffCommand(context: CliContext, from: string | undefined, to: string | undefined, options: DiffOptions): Promise<number> {
  if (!oneOf(DIFF_FORMATS, options.format)) throw new UserError(t('tracking.badFormat', { format: options.format, formats: DIFF_FORMATS.join(', ') }));
  const format = outputMode(options, DIFF_FORMATS, 'text');
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const repo = await openRepo(root, context.env);
  if (!repo) throw new UserError(t('diff.error.noGit'));
  const fromRev = from ?? (await latestTag(repo));
  if (fromRev === undefined) throw new UserError(t('diff.error.noTag'));
  const [before, after] = await Promise.all([
    snapshotAt(context, repo, root, fromRev),
    to === undefined ? workingTreeSnapshot(root) : snapshotAt(context, repo, root, to),
  ]);
  const view = { from: before, to: after, diff: diffGuidelines(before, after), color: context.color };
  if (format === 'json') context.out(`${JSON.stringify(diffJson(view), null, 2)}\n`);
  else if (format === 'quiet') context.out(changedIds(view.diff).map((id) => `${id}\n`).join(''));
  else if (format === 'md') context.out(formatDiffMarkdown(view, typeof after.manifest?.title === 'string' ? after.manifest.title : undefined));
  else context.out(formatDiffText(view));
  return EXIT_OK;
}

/** The guideline at a revision; a usage error when git does not know it or it holds no guideline there. */
export async function snapshotAt(context: CliContext, repo: GitRepo, root: string, rev: string): Promise<Snapshot> {
  const commit = await resolveCommit(repo, rev);
  if (!commit) throw new UserError(t('diff.error.unknownRev', { rev }));
  const snapshot = await revisionSnapshot(repo, root, rev, commit, context.env);
  if (!snapshot.manifest) throw new UserError(t('diff.error.noGuideline', { rev }));
  return snapshot;
}
