// `pedoman review SECTION [--approve] [--note T]`: records who reviewed a section and when,
// with the fingerprint of its content, as a new file under reviews/<section>/, and sets the
// section's `status` (approved with --approve, else review) in the same commit.
import { join } from 'node:path';
import { choices } from '../../comments/anchors.js';
import { newCommentId } from '../../model/ids.js';
import { checkGuideline } from '../../rules/check.js';
import { openRepo } from '../../git/repo.js';
import { inLanguage, t } from '../../i18n/index.js';
import { findGuidelineRoot, SECTIONS_DIR } from '../../model/locate.js';
import { sectionFingerprint } from '../../tracking/fingerprint.js';
import { uncommittedFiles } from '../../tracking/history.js';
import { reviewPath, reviewToYaml } from '../../tracking/reviews.js';
import { applyChange, type Change } from '../../ops/apply.js';
import type { ReviewRecord } from '../../model/review-types.js';
import { setTopLevel, STATUS_BEFORE } from '../../ops/yaml-status.js';
import { dataOf } from '../../ops/yaml-edit.js';
import type { CliContext } from '../context.js';
import { completePerson, defaultPerson } from './comment/shared.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';
import { relPath } from '../../core/paths.js';
import { openGuideline } from '../../model/guideline.js';
import { listedIds } from '../../model/typed.js';

export interface ReviewOptions {
  approve?: boolean;
  note?: string;
  author?: string;
  email?: string;
  affiliation?: string;
  /** False with --no-commit. */
  commit: boolean;
  dir?: string;
}

export async function reviewCommand(context: CliContext, sectionArg: string, options: ReviewOptions): Promise<number> {
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const [outcome, repo] = await Promise.all([checkGuideline(openGuideline(root)), openRepo(root, context.env)]);
  const { guideline } = outcome;
  const manifest = guideline.manifestFile.data as Record<string, unknown> | undefined;
  const listed = listedIds(manifest);
  const id = sectionArg.trim();
  if (!listed.includes(id)) {
    throw new UserError(listed.length === 0 ? t('review.error.noSections') : t('review.error.unknownSection', { section: id, choices: choices(id, listed) }));
  }
  const rel = `${SECTIONS_DIR}/${id}.yaml`;
  const path = join(root, rel);
  const file = guideline.files.find((f) => f.rel === rel);
  if (!file || !file.data || typeof file.data !== 'object' || Array.isArray(file.data)) {
    throw new UserError(t('review.error.unreadable', { file: relPath(context.cwd, path) }));
  }
  const approve = options.approve === true;
  if (approve) {
    const errors = outcome.findings.filter((f) => f.severity === 'error' && f.file === file.path).length;
    if (errors > 0) throw new UserError(t('review.error.hasErrors', { section: id, count: errors, file: relPath(context.cwd, path) }));
  }
  if (options.note !== undefined && options.note.trim() === '') throw new UserError(t('review.error.emptyNote'));

  const partial = await defaultPerson(context, { root, repo }, options);
  const reviewer = await completePerson(context, partial, undefined, false);

  const committing = options.commit && repo !== undefined;
  if (committing && (await uncommittedFiles(repo, root, [rel])).length > 0) {
    // The stamp must name content that is in git, and the commit must not sweep up the edits.
    throw new UserError(t('review.error.uncommitted', { file: relPath(context.cwd, path), section: id }));
  }

  const fingerprint = sectionFingerprint(file.data);
  const head = repo ? await repo.headCommit() : undefined;
  const record: ReviewRecord = {
    id: newCommentId(),
    section: id,
    reviewer,
    at: new Date().toISOString(),
    approve,
    ...(options.note !== undefined ? { note: options.note } : {}),
    fingerprint,
    ...(head ? { commit: head } : {}),
  };

  // The section's status follows its latest review; changing it leaves the fingerprint alone.
  const text = file.text; // as the model read it, once
  const target = approve ? 'approved' : 'review';
  const edited = setTopLevel(text, 'status', target, STATUS_BEFORE);
  if (sectionFingerprint(dataOf(edited)) !== fingerprint) throw new Error('internal error: setting the status changed the fingerprint; nothing was written');

  // In the guideline's language (its manifest), whatever language the reviewer reads.
  const subject = inLanguage(guideline.manifest?.language, () => t(approve ? 'review.commit.approve' : 'review.commit.review', { section: id, reviewer: reviewer.name }));
  const body = record.note !== undefined ? `\n\n${record.note.trim()}` : '';
  const change: Change = {
    message: `${subject}${body}\n\nReview-Id: ${record.id}`,
    creates: new Map([[reviewPath(root, id, record.id), reviewToYaml(record)]]),
    ...(edited !== text ? { writes: new Map([[path, edited]]) } : {}),
  };
  // A stamp records what a person did: it stays when only its commit fails (said, exit 1).
  const applied = await applyChange(change, { root, env: context.env, repo, commit: options.commit, author: reviewer, keepIfCommitFails: true });

  const done = t(approve ? 'review.done.approved' : 'review.done.reviewed', {
    section: id,
    reviewer: reviewer.name,
    fingerprint: fingerprint.slice(0, 19),
  });
  context.out(`${done}\n`);
  const shown = applied.written.map((p) => relPath(context.cwd, p)).join(', ');
  const why = applied.notCommitted;
  if (why?.reason === 'no-commit') {
    context.out(`${t('review.saved.noCommit', { files: shown })}\n`);
    return EXIT_OK;
  }
  if (why?.reason === 'not-a-repo') {
    context.out(`${t('review.saved.notRepo', { files: shown })}\n`);
    return EXIT_OK;
  }
  if (why?.reason === 'failed') {
    context.err(`pedoman: ${t('review.saved.commitFailed', { files: shown, error: why.error })}\n`);
    return EXIT_FINDINGS;
  }
  context.out(`${t('review.saved.committed', { files: shown, commit: applied.commit!.slice(0, 7) })}\n`);
  return EXIT_OK;
}
