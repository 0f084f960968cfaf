// Every write pedoman makes goes through here: write-file-atomic writes a temporary file
// and renames it, so a crash or Ctrl-C never leaves a half-written file.
import writeFileAtomicModule from 'write-file-atomic';
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { t } from '../i18n/index.js';
import { UserError } from '../core/errors.js';

/** File-system refusals the user can fix (a path through a file, no permission, disk full). */
const USER_FIXABLE = new Set(['ENOTDIR', 'EEXIST', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENAMETOOLONG']);

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomicModule(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && USER_FIXABLE.has(code)) throw new UserError(t('io.cannotWrite', { path, reason: code }));
    throw error;
  }
}

/**
 * Writes a new file atomically and never over an existing one: the text goes to a temporary
 * file that is then hard-linked into place (which fails if the name is taken). When the name
 * is taken, throws what `taken()` makes.
 */
export async function writeNewFileAtomic(path: string, data: string | Buffer, taken: () => Error): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, data, { flag: 'wx' });
  try {
    try {
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw taken();
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      // A file system without hard links: check, then rename (atomic, but not exclusive).
      if (await exists(path)) throw taken();
      await rename(temp, path);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
