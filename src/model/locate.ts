// Finding the guideline root, as git finds a repository: an explicit path, else the nearest
// folder at or above the current one holding a manifest, else ./guideline.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { UserError } from '../core/errors.js';

export const MANIFEST_FILE = 'pedoman.yaml';
export const SECTIONS_DIR = 'sections';
export const COMMENTS_DIR = 'comments';
/** The folder of a guideline in a workspace made by `pedoman init` (and in pedoman's own repository). */
export const WORKSPACE_GUIDELINE_DIR = 'guideline';
/** Where `pedoman render` writes by default, in the workspace. */
export const RENDER_DIR = 'rendered';

export interface LocateOptions {
  /** A path given on the command line (argument or --dir), relative to cwd. */
  explicit?: string | undefined;
  cwd: string;
}

export function findGuidelineRoot(options: LocateOptions): string {
  if (options.explicit !== undefined) {
    const target = resolve(options.cwd, options.explicit);
    if (!existsSync(target)) throw new UserError(t('locate.missing', { path: options.explicit }));
    const stat = statSync(target);
    if (stat.isFile() && basename(target) === MANIFEST_FILE) return dirname(target);
    if (stat.isDirectory() && isFile(join(target, MANIFEST_FILE))) return target;
    // A workspace made by `pedoman init` keeps the guideline in DIR/guideline.
    if (stat.isDirectory() && isFile(join(target, WORKSPACE_GUIDELINE_DIR, MANIFEST_FILE))) return join(target, WORKSPACE_GUIDELINE_DIR);
    throw new UserError(t('locate.notGuideline', { path: options.explicit, manifest: MANIFEST_FILE }));
  }
  let dir = resolve(options.cwd);
  for (;;) {
    if (isFile(join(dir, MANIFEST_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const fallback = join(resolve(options.cwd), WORKSPACE_GUIDELINE_DIR);
  if (isFile(join(fallback, MANIFEST_FILE))) return fallback;
  throw new UserError(t('locate.notFound', { manifest: MANIFEST_FILE }));
}

/**
 * The workspace of a guideline: the folder holding it when the guideline folder is a
 * workspace's `guideline/` (the layout `pedoman init` makes), else the guideline folder itself.
 * Where that is does not depend on the folder pedoman runs in.
 */
export function workspaceRoot(guidelineRoot: string): string {
  return basename(guidelineRoot) === WORKSPACE_GUIDELINE_DIR ? dirname(guidelineRoot) : guidelineRoot;
}

/**
 * The root of the git work tree holding `start` (the nearest folder at or above it with a
 * `.git` folder, or a `.git` file as in linked worktrees and submodules), without running git.
 */
export function repositoryRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
