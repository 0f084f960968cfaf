// `pedoman log [SECTION]`: the history of a section, or of the whole draft, in time order.
// Reading never writes.
import { choices } from '../../comments/anchors.js';
import { readCommentFiles } from '../../comments/store.js';
import { openRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import { loadGuideline } from '../../model/load.js';
import { findGuidelineRoot, SECTIONS_DIR } from '../../model/locate.js';
import { commitsTouching, DRAFT_PATHS, listTags } from '../../tracking/history.js';
import { buildLog, formatLogText } from '../../tracking/log.js';
import { readReviewFiles } from '../../tracking/reviews.js';
import type { CliContext } from '../context.js';
import { outputMode } from '../output.js';
import type { LogOptions } from '../spec/tracking.js';
import { EXIT_OK, UserError } from '../../core/errors.js';

const LOG_FORMATS = ['text', 'json'] as const;

export async function logCommand(context: CliContext, sectionArg: string | undefined, options: LogOptions): Promise<number> {
  if (!(LOG_FORMATS as readonly string[]).includes(options.format)) {
    throw new UserError(t('tracking.badFormat', { format: options.format, formats: LOG_FORMATS.join(', ') }));
  }
  const format = outputMode(options, 'text');
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const section = sectionArg?.trim();
  const [loaded, repo, comments, reviews] = await Promise.all([loadGuideline(root), openRepo(root, context.env), readCommentFiles(root), readReviewFiles(root)]);
  const commits = repo
    ? await commitsTouching(repo, root, section !== undefined ? [`${SECTIONS_DIR}/${section}.yaml`] : DRAFT_PATHS, { follow: section !== undefined })
    : [];
  if (section !== undefined) {
    const manifest = loaded.guideline.manifestFile.data as Record<string, unknown> | undefined;
    const listed = Array.isArray(manifest?.sections) ? (manifest.sections as unknown[]).filter((s): s is string => typeof s === 'string') : [];
    const known = listed.includes(section) || commits.length > 0
      || comments.entries.some((e) => e.record.section === section) || reviews.entries.some((e) => e.record.section === section);
    if (!known) throw new UserError(t('log.error.unknownSection', { section, choices: choices(section, listed) }));
  }
  const tags = repo ? await listTags(repo) : [];
  const entries = buildLog({
    section,
    commits,
    reviews: reviews.entries.map((e) => e.record),
    comments: comments.entries.map((e) => e.record),
    tags,
  });
  if (format === 'json') context.out(`${JSON.stringify({ format: 'pedoman-log', version: 1, section: section ?? null, entries }, null, 2)}\n`);
  else if (format === 'quiet') context.out(entries.map((e) => `${e.ref}\n`).join(''));
  else context.out(formatLogText(entries, { section, color: context.color }));
  return EXIT_OK;
}
