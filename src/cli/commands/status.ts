// `pedoman status`: per section, where it stands, and whether the draft can be finalised.
// Reading never writes.
import { checkGuideline } from '../../rules/check.js';
import { openRepo, type GitRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import { findGuidelineRoot } from '../../model/locate.js';
import { historyOptions, lastChanges, uncommittedFiles } from '../../tracking/history.js';
import { buildStatus, type StatusReport } from '../../tracking/status.js';
import { formatStatusQuiet, formatStatusTable, statusJson, STATUS_FORMATS } from '../../tracking/status-format.js';
import type { CliContext } from '../context.js';
import { outputMode } from '../output.js';
import { UserError } from '../../core/errors.js';
import { openGuideline } from '../../model/guideline.js';
import { oneOf } from '../../core/guards.js';

export interface StatusOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function statusCommand(context: CliContext, options: StatusOptions): Promise<number> {
  if (!oneOf(STATUS_FORMATS, options.format)) throw new UserError(t('tracking.badFormat', { format: options.format, formats: STATUS_FORMATS.join(', ') }));
  const format = outputMode(options, STATUS_FORMATS, 'table');
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const { report } = await gatherStatus(context, root, {});
  if (format === 'json') context.out(`${JSON.stringify(statusJson(report), null, 2)}\n`);
  else if (format === 'quiet') context.out(formatStatusQuiet(report));
  else context.out(formatStatusTable(report, context.color));
  return 0;
}

export interface Gathered {
  report: StatusReport;
  repo: GitRepo | undefined;
  outcome: Awaited<ReturnType<typeof checkGuideline>>;
}

/** Everything status and finalize look at: the checked guideline, comments, reviews and git. */
export async function gatherStatus(
  context: CliContext,
  root: string,
  options: { allowOpenComments?: boolean; ignoreUncommitted?: (file: string) => boolean },
): Promise<Gathered> {
  const repo = await openRepo(root, context.env);
  const model = openGuideline(root);
  const outcome = await checkGuideline(model, await historyOptions(model, repo, root));
  let git: { lastChanges: Awaited<ReturnType<typeof lastChanges>>; uncommitted: string[] } | undefined;
  if (repo) {
    const [changes, uncommitted] = await Promise.all([lastChanges(repo, root), uncommittedFiles(repo, root)]);
    git = { lastChanges: changes, uncommitted };
  }
  const report = buildStatus({
    root,
    outcome,
    git,
    ...(options.allowOpenComments ? { allowOpenComments: true } : {}),
    ...(options.ignoreUncommitted ? { ignoreUncommitted: options.ignoreUncommitted } : {}),
  });
  return { report, repo, outcome };
}
