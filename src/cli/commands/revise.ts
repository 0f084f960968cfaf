// `pedoman revise [--version X.Y]`: after a final text, starts the next version. Only
// pedoman.yaml changes (`status: draft` and the new version, every other byte as it was), in one
// commit whose message is in the guideline's language; the final text stays under its tag.
// It refuses (a usage error, nothing written) when the text is not final or the version given is
// not greater than the final one.
import { join } from 'node:path';
import { applyChange } from '../../ops/apply.js';
import { setTopLevel } from '../../ops/yaml-status.js';
import { language, setLanguage, t } from '../../i18n/index.js';
import { findGuidelineRoot, MANIFEST_FILE } from '../../model/locate.js';
import { openGuideline } from '../../model/guideline.js';
import { openRepo } from '../../git/repo.js';
import { compareVersions, nextVersion, VERSION_PATTERN } from '../../tracking/versions.js';
import type { CliContext } from '../context.js';
import { completePerson, defaultPerson } from './comment/shared.js';
import { EXIT_OK, UserError } from '../../core/errors.js';

export interface ReviseOptions {
  version?: string;
  author?: string;
  email?: string;
  dir?: string;
}

export async function reviseCommand(context: CliContext, options: ReviseOptions): Promise<number> {
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const model = openGuideline(root);
  const { manifest, manifestFile, language: guidelineLanguage } = await model.rawManifest();
  if (!manifest) throw new UserError(t('revise.error.noManifest'));
  const final = typeof manifest.version === 'string' ? manifest.version : String(manifest.version ?? '');
  const status = typeof manifest.status === 'string' ? manifest.status : '';
  if (status !== 'final') throw new UserError(t('revise.error.notFinal', { version: final, status: status || '?' }));

  const version = options.version === undefined ? nextVersion(final) : options.version.trim();
  if (!VERSION_PATTERN.test(version)) throw new UserError(t('finalize.error.badVersion', { version: options.version ?? version }));
  const order = compareVersions(version, final);
  if (order !== undefined && order <= 0) throw new UserError(t('revise.error.notGreater', { version, final, next: nextVersion(final) }));

  const repo = await openRepo(root, context.env);
  const partial = await defaultPerson(context, { root, repo }, { ...(options.author !== undefined ? { author: options.author } : {}), ...(options.email !== undefined ? { email: options.email } : {}) });
  const author = repo ? await completePerson(context, partial, undefined, false) : undefined;

  let edited = setTopLevel(manifestFile.text, 'version', version);
  edited = setTopLevel(edited, 'status', 'draft');
  const title = typeof manifest.title === 'string' ? manifest.title : String(manifest.id ?? '');
  const applied = await applyChange({
    message: inLanguage(guidelineLanguage, () => `${t('revise.commit.subject', { version })}\n\n${t('revise.commit.body', { title, version, final })}`),
    writes: new Map([[join(root, MANIFEST_FILE), edited]]),
  }, { root, env: context.env, repo, commit: true, ...(author ? { author } : {}), requireClean: true });

  context.out(`${applied.commit
    ? t('revise.done', { version, final, commit: applied.commit.slice(0, 7) })
    : t('revise.doneNoCommit', { version, final })}\n`);
  context.out(`${t('revise.next')}\n`);
  return EXIT_OK;
}

/** A message in the guideline's language (its manifest), whatever the user's. */
function inLanguage(wanted: 'id' | 'en' | undefined, make: () => string): string {
  const before = language();
  if (wanted) setLanguage(wanted);
  try {
    return make();
  } finally {
    setLanguage(before);
  }
}
