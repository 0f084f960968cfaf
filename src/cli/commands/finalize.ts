// `pedoman finalize --version X.Y`: issues the final text in one step that cannot skip a check.
// It refuses, listing every blocker (the same list `status` shows), unless validation is clean
// under --strict, no comment is open, every section is approved and unchanged since, and the
// draft is committed. Then, as one transaction: set the manifest's version and status, render
// the final outputs (no watermark), commit exactly those files, and make an annotated tag. If
// any step fails, everything it did is undone: the manifest's bytes, the rendered files (or the
// files they replaced), the commit, so the repository is as it was.
import { join, relative, resolve } from 'node:path';
import { checkGuideline } from '../../rules/check.js';
import { gitMessage, type GitRepo } from '../../git/repo.js';
import { ApplyError, applyChange } from '../../ops/apply.js';
import { diskSource, withFiles } from '../../model/source.js';
import { inLanguage, t } from '../../i18n/index.js';
import { findGuidelineRoot, MANIFEST_FILE } from '../../model/locate.js';
import { creationDate, isIsoDate, sourceDateEpoch } from '../../render/dates.js';
import { buildDocument } from '../../render/model.js';
import { PAPERS } from '../../render/paper.js';
import { TemplateError } from '../../render/templates.js';
import { displayPath } from '../../core/paths.js';
import { blockerList } from '../../tracking/status-format.js';
import { VERSION_PATTERN } from '../../tracking/versions.js';
import { setTopLevel } from '../../ops/yaml-status.js';
import type { CliContext } from '../context.js';
import { completePerson, defaultPerson } from './comment/shared.js';
import { gatherStatus } from './status.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';
import { openGuideline } from '../../model/guideline.js';
import { oneOf } from '../../core/guards.js';

export interface FinalizeOptions {
  version: string;
  allowOpenComments?: boolean;
  date?: string;
  out?: string;
  paper: string;
  author?: string;
  email?: string;
  dir?: string;
}

const OUTPUT_FORMATS = ['md', 'html', 'pdf'] as const;

export async function finalizeCommand(context: CliContext, options: FinalizeOptions): Promise<number> {
  const version = options.version.trim();
  if (!VERSION_PATTERN.test(version)) throw new UserError(t('finalize.error.badVersion', { version: options.version }));
  if (options.date !== undefined && !isIsoDate(options.date)) throw new UserError(t('render.badDate', { date: options.date }));
  const paper = oneOf(PAPERS, options.paper.toLowerCase());
  if (!paper) throw new UserError(t('render.badPaper', { paper: options.paper }));
  const epoch = sourceDateEpoch(context.env.SOURCE_DATE_EPOCH);
  if (epoch === null) throw new UserError(t('render.badEpoch', { value: context.env.SOURCE_DATE_EPOCH ?? '' }));

  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const outDir = options.out === undefined ? join(root, 'final') : resolve(context.cwd, options.out);
  const tag = `v${version}`;

  const { report, repo, outcome } = await gatherStatus(context, root, { allowOpenComments: options.allowOpenComments === true });
  if (report.final) throw new UserError(t('finalize.error.final', { version: report.final.version, next: report.final.next }));
  if (repo) {
    if (await refExists(repo, `refs/tags/${tag}`)) throw new UserError(t('finalize.error.tagExists', { tag }));
    const top = repo.top;
    const rel = relative(top, outDir);
    if (rel.startsWith('..') || resolve(top, rel) !== outDir) throw new UserError(t('finalize.error.outOutside', { path: displayPath(context.cwd, outDir) }));
  }
  if (!report.ready) {
    context.err(`pedoman: ${t('finalize.refused', { count: report.blockers.length })}\n${blockerList(report.blockers)}\n`);
    return EXIT_FINDINGS;
  }
  const manifest = outcome.guideline.manifest;
  if (!repo || !manifest) throw new Error('internal error: a ready draft has a manifest and a repository');

  const outputs = OUTPUT_FORMATS.map((format) => join(outDir, `${manifest.id}.${format}`));
  for (const file of outputs) {
    if (await ignored(repo, file)) throw new UserError(t('finalize.error.ignored', { file: displayPath(context.cwd, file) }));
  }
  const partial = await defaultPerson(context, { root, repo }, { ...(options.author !== undefined ? { author: options.author } : {}), ...(options.email !== undefined ? { email: options.email } : {}) });
  const author = await completePerson(context, partial, undefined, false);

  const head = await repo.headCommit();
  const manifestPath = join(root, MANIFEST_FILE);
  let step: 'render' | 'write' | 'commit' | 'tag' = 'render';
  let applied;
  try {
    // 1. The manifest: version and status (and the date, when given), nothing else touched.
    const text = outcome.guideline.manifestFile.text; // as read for the check above, once
    let edited = setTopLevel(text, 'version', version);
    edited = setTopLevel(edited, 'status', 'final');
    if (options.date !== undefined) edited = setTopLevel(edited, 'date', options.date, ['legal_basis']);

    // 2. The final outputs, from the guideline as it will read with that manifest (no watermark,
    // no notes), before anything is written.
    const final = await checkGuideline(openGuideline(root, { source: withFiles(diskSource, new Map([[manifestPath, edited]])) }));
    if (!final.guideline.manifest || final.counts.error > 0) throw new Error(t('finalize.error.recheck', { count: final.counts.error }));
    const finalManifest = final.guideline.manifest;
    const coverDate = options.date ?? finalManifest.date;
    const doc = buildDocument(final.guideline, final.index, {
      final: true,
      ...(coverDate !== undefined ? { date: coverDate } : {}),
      // The text is that of HEAD (all sections approved and committed); the final commit only adds this rendering.
      commit: head ? { hash: head.slice(0, 7) } : {},
      comments: { mode: 'none', threads: undefined },
    });
    const { renderMarkdown } = await import('../../render/markdown.js');
    const { renderHtml } = await import('../../render/html.js');
    const { renderPdf } = await import('../../render/pdf.js');
    const markdown = renderMarkdown(doc, { root });
    const html = renderHtml(doc, { root, paper });
    const pdf = await renderPdf(doc, {
      root,
      paper,
      creationDate: creationDate({
        ...(options.date !== undefined ? { date: options.date } : {}),
        ...(epoch !== undefined ? { epoch } : {}),
        ...(finalManifest.date !== undefined ? { manifestDate: finalManifest.date } : {}),
        now: () => new Date(),
      }),
    });

    // 3. One transaction: these files, one commit holding exactly them, the annotated tag on it.
    step = 'write';
    const title = finalManifest.title;
    // The commit and the tag are the guideline's history: in its language, not the user's.
    const words = inLanguage(finalManifest.language, () => ({
      message: `${t('finalize.commit.subject', { version })}\n\n${t('finalize.commit.body', { title, version })}`,
      tag: t('finalize.tag.message', { title, version }),
    }));
    applied = await applyChange({
      message: words.message,
      writes: new Map<string, string | Buffer>([
        [manifestPath, edited],
        [outputs[0]!, markdown],
        [outputs[1]!, html],
        [outputs[2]!, pdf.pdf],
      ]),
      tag: { name: tag, message: words.tag },
    }, { root, env: context.env, repo, commit: true, author, requireNewCommit: true });
  } catch (error) {
    const failed = error instanceof ApplyError ? error.step : step;
    const undone = error instanceof ApplyError ? error.leftOver : [];
    const cause = error instanceof ApplyError ? error.cause : error;
    const message = cause instanceof TemplateError
      ? t('render.template', { file: cause.where((path) => displayPath(context.cwd, path)), message: cause.message })
      : gitMessage(cause);
    context.err(`pedoman: ${t('finalize.failed', { step: t(`finalize.step.${failed === 'write' ? 'manifest' : failed}`), message })}\n`);
    if (undone.length > 0) context.err(`pedoman: ${t('finalize.rollbackIncomplete', { problems: undone.join('; ') })}\n`);
    else context.err(`pedoman: ${t('finalize.rolledBack')}\n`);
    if (context.debug && error instanceof Error && error.stack) context.err(`${error.stack}\n`);
    return EXIT_FINDINGS;
  }

  context.out(`${t('finalize.done', { version, commit: applied.commit!.slice(0, 7), tag })}\n`);
  for (const file of outputs) context.out(`  ${displayPath(context.cwd, file)}\n`);
  context.out(`${t('finalize.pushHint')}\n`);
  return EXIT_OK;
}

async function refExists(repo: GitRepo, ref: string): Promise<boolean> {
  try {
    return (await repo.raw(['rev-parse', '--verify', '--quiet', ref])).trim() !== '';
  } catch {
    return false;
  }
}

/** Whether git ignores this path (then it could not be committed). */
async function ignored(repo: GitRepo, path: string): Promise<boolean> {
  try {
    return (await repo.raw(['check-ignore', '--no-index', '--', path])).trim() !== '';
  } catch {
    return false;
  }
}

