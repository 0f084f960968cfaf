// pedoman init [DIR]: a new guideline workspace that validates clean, with the schemas for
// editors, CI for GitHub and GitLab, and a git repository. Never overwrites a file.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { relPath } from '../../core/paths.js';
import { fileURLToPath } from 'node:url';
import { inLanguage, language, LANGUAGES, t } from '../../i18n/index.js';
import { MANIFEST_FILE, WORKSPACE_GUIDELINE_DIR as GUIDELINE_DIR } from '../../model/locate.js';
import { applyChange } from '../../ops/apply.js';
import { vendorPedoman } from '../../ops/vendor.js';
import { PACKAGE_ROOT } from '../version.js';
import { commit, describeGitError, initRepo, openRepo } from '../../ops/git-steps.js';
import { committer } from '../../ops/identity.js';
import { isSlug, slugify } from '../../util/slug.js';
import { SCHEMAS_DIR_NAME, starterFiles } from '../../ops/starter.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags, paint, printJson, type OutputFlags } from '../output.js';
import { createAsk, interactive } from '../prompts.js';
import { EXIT_OK, UserError } from '../../core/errors.js';
import { SCHEMAS_DIR } from '../../model/schema.js';
import { oneOf } from '../../core/guards.js';

export interface InitOptions extends OutputFlags {
  title?: string;
  id?: string;
  language?: string;
  ciPackage?: string;
  commit?: boolean;
}

export async function initCommand(context: CliContext, dir: string | undefined, options: InitOptions): Promise<number> {
  checkOutputFlags(options);
  const target = resolve(context.cwd, dir ?? '.');
  const shown = relPath(context.cwd, target) || '.';
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UserError(t('init.notFolder', { path: shown }));

  for (const manifest of [join(target, MANIFEST_FILE), join(target, GUIDELINE_DIR, MANIFEST_FILE)]) {
    if (existsSync(manifest)) throw new UserError(t('init.exists', { file: relPath(context.cwd, manifest) }));
  }
  const docLanguage = oneOf(LANGUAGES, options.language ?? language());
  if (!docLanguage) throw new UserError(t('init.badLanguage', { language: String(options.language) }));

  let title = options.title?.trim();
  if (options.title !== undefined && title === '') throw new UserError(t('workspace.emptyFlag', { flag: '--title' }));
  if (title === undefined) {
    if (!interactive(context)) throw new UserError(t('workspace.missingFlag', { flag: '--title' }));
    title = (await createAsk(context).text(t('init.prompt.title'), { validate: (v) => v.trim() !== '' || t('workspace.required') })).trim();
  }
  const id = options.id ?? slugify(title);
  if (id === '' && options.id === undefined) throw new UserError(t('workspace.missingFlag', { flag: '--id' }));
  if (!isSlug(id)) throw new UserError(t('workspace.badId', { id, flag: '--id' }));

  const now = new Date();
  const makeFiles = (ciPackage: string) => starterFiles({
    id,
    title,
    language: docLanguage,
    year: now.getFullYear(),
    date: now.toISOString().slice(0, 10),
    ciPackage,
    // What init writes is the guideline's, in its language (--language), not the user's.
    ciNote: inLanguage(docLanguage, () => t('init.ci.note')),
    readme: inLanguage(docLanguage, () => readme(title)),
  });
  const schemas = (await readdir(fileURLToPath(SCHEMAS_DIR))).filter((n) => n.endsWith('.schema.json')).sort();
  const schemaFiles = await Promise.all(
    schemas.map(async (name) => ({
      path: `${SCHEMAS_DIR_NAME}/${name}`,
      text: await readFile(new URL(name, SCHEMAS_DIR), 'utf8'),
      guideline: true,
    })),
  );

  // The guideline and its schemas are all new, or nothing is written.
  const clashes = [...makeFiles(''), ...schemaFiles].filter((f) => f.guideline && existsSync(join(target, f.path))).map((f) => f.path);
  if (clashes.length > 0) throw new UserError(t('init.clash', { path: shown, files: clashes.join(', ') }));

  // What CI installs: the SPEC given, else this very pedoman, packed into tools/ and committed
  // with the workspace (installing a packed tarball needs no build tools; see ops/vendor.ts).
  let ciPackage = options.ciPackage ?? '';
  let vendored: { path: string; bytes: Buffer } | undefined;
  let ciNote: string | null = null;
  if (options.ciPackage === undefined) {
    const packed = await vendorPedoman(fileURLToPath(PACKAGE_ROOT), context.env);
    if (packed.ok) {
      ciPackage = `./${packed.path}`;
      vendored = packed;
    } else ciNote = t('init.ci.packFailed', { reason: packed.reason });
  }
  const all: { path: string; text: string | Buffer }[] = [...makeFiles(ciPackage), ...schemaFiles];
  if (vendored) all.unshift({ path: vendored.path, text: vendored.bytes });

  // Every file new (existing ones are kept as they are), written as one change: all or nothing.
  await mkdir(target, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  const creates = new Map<string, string | Buffer>();
  for (const file of all) {
    if (existsSync(join(target, file.path))) kept.push(file.path);
    else {
      creates.set(join(target, file.path), file.text);
      written.push(file.path);
    }
  }
  const commitMessage = inLanguage(docLanguage, () => t('init.commit', { title }));
  await applyChange({ message: commitMessage, creates }, { root: target, env: context.env, repo: undefined, commit: false });

  // git: a new repository when the folder is not inside one; its first commit when we made it.
  const git: { initialised: boolean; commit: string | null; note: string | null } = { initialised: false, commit: null, note: null };
  let repo = await openRepo(target, context.env);
  if (!repo) {
    repo = await initRepo(target, context.env);
    if (repo) git.initialised = true;
    else git.note = t('init.git.unavailable');
  }
  if (repo && git.initialised && options.commit !== false) {
    const author = await committer(repo, context.env);
    if (!author) git.note = t('init.git.noIdentity');
    else {
      try {
        git.commit = await commit(repo, written.map((p) => join(target, p)), commitMessage, author);
      } catch (error) {
        git.note = t('init.git.commitFailed', { reason: describeGitError(error) });
      }
    }
  }

  if (options.json) {
    printJson(context, { root: target, guideline: join(target, GUIDELINE_DIR), id, title, language: docLanguage, written, kept, git, ci: { package: ciPackage || null, note: ciNote } });
    return EXIT_OK;
  }
  if (options.quiet) {
    if (git.note) context.err(`pedoman: ${git.note}\n`);
    if (ciNote) context.err(`pedoman: ${ciNote}\n`);
    return EXIT_OK;
  }
  const c = paint(context);
  context.out(`${c.green('✔')} ${t('init.done', { title, path: shown })}\n`);
  for (const path of written) context.out(`  ${c.green('+')} ${path}\n`);
  for (const path of kept) context.out(`  ${c.yellow('=')} ${path}  ${c.dim(t('init.kept'))}\n`);
  if (git.initialised) context.out(`  ${t('init.git.initialised')}\n`);
  if (git.commit) context.out(`  ${t('workspace.committed', { commit: git.commit.slice(0, 7) })}\n`);
  if (git.note) context.out(`  ${c.yellow(git.note)}\n`);
  context.out(`\n${t('init.next', { cd: shown === '.' ? '' : `cd ${shown} && `, dir: GUIDELINE_DIR })}\n`);
  if (vendored) context.out(`${t('init.ci.vendored', { path: vendored.path })}\n`);
  if (ciNote) context.out(`${c.yellow(ciNote)}\n`);
  if (!ciPackage) context.out(`${c.yellow(t('init.ci.todo'))}\n`);
  return EXIT_OK;
}


function readme(title: string): string {
  return `# ${title}

${t('init.readme.intro')}

\`\`\`sh
${t('init.readme.commands')}
\`\`\`

${t('init.readme.layout')}

${t('init.readme.ci')}
`;
}
