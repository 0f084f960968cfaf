// `pedoman log [SECTION]`: the history of a section, or of the whole draft, in time order.
// Reading never writes.
import { choices } from '../../comments/anchors.js';
import { openRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import { openGuideline } from '../../model/guideline.js';
import { findGuidelineRoot, SECTIONS_DIR } from '../../model/locate.js';
import { listedSections } from '../../model/typed.js';
import { commitsTouching, DRAFT_PATHS, listTags } from '../../tracking/history.js';
import { buildLog, formatLogText } from '../../tracking/log.js';
import type { CliContext } from '../context.js';
import { outputMode } from '../output.js';
import { EXIT_OK, UserError } from '../../core/errors.js';

export interface LogOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

const LOG_FORMATS = ['text', 'json'] as const;

export async function logCommand(context: CliContext, sectionArg: string | undefined, options: LogOptions): Promise<number> {
  if (!(LOG_FORMATS as readonly string[]).includes(options.format)) {
    throw new UserError(t('tracking.badFormat', { format: options.format, formats: LOG_FORMATS.join(', ') }));
  }
  const format = outputMode(options, LOG_FORMATS, 'text');
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const section = sectionArg?.trim();
  const model = openGuideline(root);
  const [draft, repo, comments, reviews] = await Promise.all([model.rawManifest(), openRepo(root, context.env), model.comments(), model.reviews()]);
  const commits = repo
    ? await commitsTouching(repo, root, section !== undefined ? [`${SECTIONS_DIR}/${section}.yaml`] : DRAFT_PATHS, { follow: section !== undefined })
    : [];
  if (section !== undefined) {
    const listed = listedSections(draft.manifest).map((s) => s.id);
    const known = listed.includes(section) || commits.length > 0
      || comments.entries.some((e) => e.record.section === section) || reviews.entries.some((e) => e.record.section === section);
    if (!known) throw new UserError(t('log.error.unknownSection', { section, choices: choices(section, listed) }));
  }
  const tags = repo ? await listTags(repo) : [];
  const entries = buildLog({
    section,
    commits,
    reviews: reviews.records,
    threads: comments.threads,
    tags,
  });
  if (format === 'json') context.out(`${JSON.stringify({ format: 'pedoman-log', version: 1, section: section ?? null, entries }, null, 2)}\n`);
  else if (format === 'quiet') context.out(entries.map((e) => `${e.ref}\n`).join(''));
  else context.out(formatLogText(entries, { section, color: context.color }));
  return EXIT_OK;
}
