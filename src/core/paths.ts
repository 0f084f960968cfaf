// Paths as pedoman shows and stores them: relative, with forward slashes on every system.
import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `from`, with forward slashes ('' when they are the same folder). */
export function relPath(from: string, path: string): string {
  return relative(from, path).split(sep).join('/');
}

/**
 * For messages: `path` relative to the folder the user is in, or the absolute path when it lies
 * outside that folder (a `../../x` is harder to read than the path itself).
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
