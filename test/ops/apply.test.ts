// The one write path: a change applied as a transaction inside git, undone entirely when a step
// fails, never touching a file it was told to create when that file exists already.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRepo } from '../../src/git/repo.js';
import { ApplyError, applyChange } from '../../src/ops/apply.js';
import { cleanupRepos, guidelineRepo, GIT_ENV, IDENTITY } from '../tracking/helpers.js';

afterEach(cleanupRepos);

describe('applyChange', () => {
  it('writes, creates, moves and removes, then commits exactly those paths in one commit', async () => {
    const repo = await guidelineRepo();
    const p = (rel: string) => join(repo.root, rel);
    const applied = await applyChange({
      message: 'Satu perubahan',
      creates: new Map([[p('comments/peran/01k0000000aaaaaaaaaaaaaaa1.yaml'), 'id: x\n']]),
      writes: new Map([[p('pedoman.yaml'), `${await repo.read('pedoman.yaml')}# akhir\n`]]),
      moves: [{ from: p('sections/indikator.yaml'), to: p('sections/ukuran.yaml') }],
      removals: [p('sections/pendahuluan.yaml')],
    }, { root: repo.root, env: GIT_ENV, commit: true, author: IDENTITY });
    expect(applied.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(applied.files).toEqual(['comments/peran/01k0000000aaaaaaaaaaaaaaa1.yaml', 'pedoman.yaml', 'sections/indikator.yaml', 'sections/pendahuluan.yaml', 'sections/ukuran.yaml']);
    expect(repo.git('show', '--name-status', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
      'Satu perubahan', '', 'A\tguideline/comments/peran/01k0000000aaaaaaaaaaaaaaa1.yaml', 'M\tguideline/pedoman.yaml',
      'D\tguideline/sections/pendahuluan.yaml', 'R100\tguideline/sections/indikator.yaml\tguideline/sections/ukuran.yaml',
    ]);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('undoes every step when the commit fails: files, folders and moves as they were', async () => {
    const repo = await guidelineRepo();
    const p = (rel: string) => join(repo.root, rel);
    const before = await repo.read('pedoman.yaml');
    const head = repo.git('rev-parse', 'HEAD');
    // A hook that refuses every commit.
    const hooks = join(repo.top, '.git', 'hooks');
    await mkdir(hooks, { recursive: true });
    await writeFile(join(hooks, 'pre-commit'), '#!/bin/sh\necho "ditolak" >&2\nexit 1\n');
    await chmod(join(hooks, 'pre-commit'), 0o755);
    const failing = applyChange({
      message: 'Gagal',
      creates: new Map([[p('reviews/peran/01k0000000aaaaaaaaaaaaaaa1.yaml'), 'id: x\n']]),
      writes: new Map([[p('pedoman.yaml'), 'diubah\n']]),
      moves: [{ from: p('sections/indikator.yaml'), to: p('sections/ukuran.yaml') }],
    }, { root: repo.root, env: GIT_ENV, commit: true, author: IDENTITY });
    await expect(failing).rejects.toBeInstanceOf(ApplyError);
    await failing.catch((error: ApplyError) => {
      expect(error.step).toBe('commit');
      expect(error.leftOver).toEqual([]);
    });
    expect(await repo.read('pedoman.yaml')).toBe(before);
    expect(existsSync(p('sections/indikator.yaml'))).toBe(true);
    expect(existsSync(p('sections/ukuran.yaml'))).toBe(false);
    expect(existsSync(p('reviews'))).toBe(false);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('keeps a person\'s record when only its commit fails, and says why', async () => {
    const repo = await guidelineRepo();
    const path = join(repo.root, 'comments', 'peran', '01k0000000aaaaaaaaaaaaaaa1.yaml');
    const hooks = join(repo.top, '.git', 'hooks');
    await mkdir(hooks, { recursive: true });
    // A hook that refuses without a word: git says nothing on stderr, and HEAD does not move.
    await writeFile(join(hooks, 'pre-commit'), '#!/bin/sh\nexit 1\n');
    await chmod(join(hooks, 'pre-commit'), 0o755);
    const applied = await applyChange({ message: 'Komentar', creates: new Map([[path, 'id: x\n']]) },
      { root: repo.root, env: GIT_ENV, commit: true, author: IDENTITY, keepIfCommitFails: true });
    expect(applied.notCommitted?.reason).toBe('failed');
    expect(await readFile(path, 'utf8')).toBe('id: x\n');
  });

  it('never writes over, nor undoes, a file it was to create that exists already', async () => {
    const repo = await guidelineRepo();
    const taken = join(repo.root, 'comments', 'peran', '01k0000000aaaaaaaaaaaaaaa1.yaml');
    await mkdir(join(taken, '..'), { recursive: true });
    await writeFile(taken, 'milik orang lain\n');
    const other = join(repo.root, 'pedoman.yaml');
    const before = await repo.read('pedoman.yaml');
    await expect(applyChange({ message: 'x', writes: new Map([[other, 'diubah\n']]), creates: new Map([[taken, 'baru\n']]) },
      { root: repo.root, env: GIT_ENV, commit: false, repo: await openRepo(repo.root, GIT_ENV) })).rejects.toThrow('exists already');
    expect(await readFile(taken, 'utf8')).toBe('milik orang lain\n');
    expect(await repo.read('pedoman.yaml')).toBe(before);
  });
});
