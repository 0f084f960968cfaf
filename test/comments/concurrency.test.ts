// Many reviewers at once: 20 `comment add` processes on one section, and two clones that each
// add 10 comments and then meet through a shared remote. Real git, the built binary.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, spawnCli } from '../helpers/cli.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { cleanupTemps, git, GIT_ENV, guidelineRepo, setIdentity, storedComments, tempDir } from './helpers.js';

afterEach(async () => {
  await cleanupGuidelines();
  await cleanupTemps();
});

/** Starting 20 node processes takes a while on a small or busy machine; nothing here is timed. */
const SLOW = 180_000;

const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', PEDOMAN_LANG: 'en', NO_COLOR: '1', ...GIT_ENV };

function pedoman(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function commentErrors(cwd: string): unknown[] {
  const result = spawnCli(['validate', '--format', 'json'], { cwd, env: GIT_ENV });
  const report = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; file: string }[] };
  return report.findings.filter((f) => f.file.startsWith('comments/') || f.ruleId.startsWith('comment'));
}

async function addMany(cwd: string, count: number, who: string) {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      pedoman(cwd, ['comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'umum', '--text', `${who}: komentar ${i + 1}`, '--author', `${who} ${i + 1}`]),
    ),
  );
}

/** A bare shared remote holding one guideline commit, and a clone of it per reviewer. */
async function sharedRemote(names: string[]): Promise<{ remote: string; clones: string[] }> {
  const origin = await guidelineRepo();
  const dir = await tempDir();
  const remote = join(dir, 'remote.git');
  git(dir, 'clone', '-q', '--bare', origin, remote);
  const clones = names.map((name) => {
    const clone = join(dir, name);
    git(dir, 'clone', '-q', remote, clone);
    setIdentity(clone, { name, email: `${name.toLowerCase()}@example.go.id` });
    return clone;
  });
  return { remote, clones };
}

describe('many reviewers at once', () => {
  it('20 comment add processes started at once make 20 valid comments in 20 commits', async () => {
    const root = await guidelineRepo();
    const results = await addMany(root, 20, 'Peninjau');
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const stored = await storedComments(root);
    expect(stored).toHaveLength(20);
    expect(new Set(stored.map((s) => s.record.text)).size).toBe(20);
    expect(Number(git(root, 'rev-list', '--count', 'HEAD').trim())).toBe(21);
    for (const sha of git(root, 'rev-list', 'HEAD~20..HEAD').trim().split('\n')) {
      const files = git(root, 'show', '--name-only', '--format=', sha).trim().split('\n');
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^comments\/peran\/[0-9a-z]{26}\.yaml$/);
    }
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(existsSync(join(root, '.git', 'pedoman-commit.lock'))).toBe(false);
    expect(commentErrors(root)).toEqual([]);
  }, SLOW);

  it('two clones that each add 10 comments to one section merge with no conflict', async () => {
    const { clones: [a, b] } = await sharedRemote(['Ani', 'Bayu']);
    for (const r of [...(await addMany(a!, 10, 'Ani')), ...(await addMany(b!, 10, 'Bayu'))]) expect(r.code, r.stderr).toBe(0);

    git(a!, 'push', '-q');
    git(b!, 'pull', '-q', '--rebase'); // throws on a conflict
    git(b!, 'push', '-q');
    git(a!, 'pull', '-q', '--rebase');

    for (const clone of [a!, b!]) {
      const stored = await storedComments(clone);
      expect(stored).toHaveLength(20);
      expect(stored.filter((s) => s.record.author.name.startsWith('Ani'))).toHaveLength(10);
      expect(git(clone, 'status', '--porcelain')).toBe('');
      expect(commentErrors(clone)).toEqual([]);
    }
    expect(git(a!, 'rev-parse', 'HEAD')).toBe(git(b!, 'rev-parse', 'HEAD'));
  }, SLOW);
});

describe('pedoman sync', () => {
  it('pulls with rebase and pushes, so both clones end with every comment', async () => {
    const { clones: [a, b] } = await sharedRemote(['Ani', 'Bayu']);
    await addMany(a!, 3, 'Ani');
    await addMany(b!, 2, 'Bayu');

    const first = await pedoman(a!, ['sync']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('Nothing new on origin/main.\nPushed 3 commit(s).\n');
    const second = await pedoman(b!, ['sync']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe('Pulled 3 commit(s) from origin/main (3 new in the review log).\nPushed 2 commit(s).\n');
    const third = await pedoman(a!, ['sync']);
    expect(third.stdout).toBe('Pulled 2 commit(s) from origin/main (2 new in the review log).\nNothing to push: everything you committed is already shared.\n');
    expect((await storedComments(a!)).length).toBe(5);
    expect((await storedComments(b!)).length).toBe(5);
  }, SLOW);

  it('pushes the version tags finalize makes (annotated v… tags), with the commits, and says which', async () => {
    const { remote, clones: [a] } = await sharedRemote(['Ani']);
    git(a!, 'tag', '-a', 'v0.9', '-m', 'Versi 0.9');
    git(a!, 'tag', 'wip'); // a lightweight tag of the user's own: not pedoman's to share
    const manifest = join(a!, 'pedoman.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}# final\n`);
    git(a!, 'commit', '-q', '-am', 'final text');
    git(a!, 'tag', '-a', 'v1.0', '-m', 'Versi 1.0');
    const first = await pedoman(a!, ['sync']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('Nothing new on origin/main.\nPushed 1 commit(s).\nPushed 2 version tag(s): v0.9, v1.0.\n');
    expect(git(remote, 'tag', '--list').trim().split('\n')).toEqual(['v0.9', 'v1.0']);
    const again = await pedoman(a!, ['sync']);
    expect(again.stdout).toContain('Nothing to push');

    // A tag made after everything else was shared goes out on its own.
    git(a!, 'tag', '-a', 'v1.1', '-m', 'Versi 1.1');
    const tagOnly = await pedoman(a!, ['sync']);
    expect(tagOnly.stdout).toBe('Nothing new on origin/main.\nPushed 1 version tag(s): v1.1.\n');
    expect(git(remote, 'rev-parse', 'v1.1^{commit}')).toBe(git(a!, 'rev-parse', 'HEAD'));
  }, SLOW);

  it('says what to do without a remote or an upstream, outside git, and on a conflict', async () => {
    const lone = await guidelineRepo();
    const noRemote = await pedoman(lone, ['sync']);
    expect(noRemote.code).toBe(2);
    expect(noRemote.stderr).toContain('has no remote to sync with; add one: git remote add origin URL');
    git(lone, 'remote', 'add', 'origin', 'https://example.invalid/pedoman.git');
    expect((await pedoman(lone, ['sync'])).stderr).toContain("branch 'main' does not track a remote branch; run once: git push -u origin main");

    const { clones: [a, b] } = await sharedRemote(['Ani', 'Bayu']);
    for (const [clone, text] of [[a!, 'Judul versi Ani'], [b!, 'Judul versi Bayu']] as const) {
      const manifest = join(clone, 'pedoman.yaml');
      await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('title: Pedoman Uji', `title: ${text}`));
      git(clone, 'commit', '-q', '-am', text);
    }
    expect((await pedoman(a!, ['sync'])).code).toBe(0);
    const conflict = await pedoman(b!, ['sync']);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('sync stopped: git found a conflict in pedoman.yaml.');
    expect(conflict.stderr).toContain('git rebase --continue');
    const again = await pedoman(b!, ['sync']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('git is in the middle of a rebase');
  }, SLOW);
});
