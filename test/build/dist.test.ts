// The built program (dist/, bundled by scripts/bundle.mjs) as the `pedoman` binary runs it.
// Bundled code finds its helpers by relative paths (the comment-parsing worker, the precompiled
// schema validators); when one is not found pedoman still works, only slower, so these tests
// ask the binary itself (`--debug`) which ones it used.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGuideline } from '../../bench/generate.js';
import { PARALLEL_FROM } from '../../src/model/read-many.js';
import { SCHEMA_NAMES } from '../../src/model/schema.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { LANGUAGES, mergeCatalogs } from '../../src/i18n/index.js';
import { REPO, runCli, spawnCli } from '../helpers/cli.js';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'pedoman-dist-test-'));
  root = join(base, 'guideline');
  // Enough comment files for the worker threads to be used.
  await generateGuideline(root, { items: 60, commentsPerItem: Math.ceil(PARALLEL_FROM / 60) + 1, seed: 3 });
}, 60000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the built program', () => {
  it('keeps every file two folders below the package, as its relative paths assume', async () => {
    const dist = join(REPO, 'dist');
    const code = (await readdir(dist, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && /\.(c?js|json)$/.test(e.name))
      .map((e) => relative(dist, join(e.parentPath, e.name)));
    expect(code).toContain(join('cli', 'main.js'));
    expect(code).toContain(join('model', 'read-worker.js'));
    expect(code).toContain(join('schema', 'precompiled.cjs'));
    expect(code).toContain(join('i18n', 'messages.en.json'));
    expect(code.filter((path) => path.split(sep).length !== 2)).toEqual([]);
  });

  it('holds one message table per language, built from the catalogues', async () => {
    for (const lang of LANGUAGES) {
      const built = JSON.parse(await readFile(join(REPO, 'dist', 'i18n', `messages.${lang}.json`), 'utf8')) as Record<string, string>;
      expect(built).toEqual({ ...mergeCatalogs(CATALOGS, lang) });
    }
  });

  it('speaks both languages from those tables', () => {
    expect(spawnCli(['validate', '--dir', join(REPO, 'nowhere')]).stderr).toContain('pedoman: ');
    const id = spawnCli(['--lang', 'id', '--help']);
    expect(id.stdout).toContain('Penggunaan:');
    const en = spawnCli(['--help']);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).not.toMatch(/\bcli\.[a-z]+\.[a-zA-Z]/); // no message key shown instead of its text
  });

  it('says in one line that the build is incomplete when the message tables are missing', async () => {
    const copy = join(base, 'package');
    for (const part of ['bin', 'dist', 'schemas', 'templates', 'package.json']) await cp(join(REPO, part), join(copy, part), { recursive: true });
    await symlink(join(REPO, 'node_modules'), join(copy, 'node_modules'));
    await rm(join(copy, 'dist', 'i18n', 'messages.en.json'));
    // Without the stored help texts as well (src/cli/quick.ts): else those answer --help.
    await rm(join(copy, 'dist', 'help', 'help.en.json'));
    const result = spawnSync(process.execPath, [join(copy, 'bin', 'pedoman.js'), '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, LANG: 'C' } });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`pedoman: cannot read the messages at ${join(copy, 'dist', 'i18n', 'messages.en.json')}`);
    expect(result.stderr).toContain('run `npm run build`');
  }, 60000);

  it('validates with the precompiled validators and parses comments on worker threads', () => {
    // Threads are forced: by default they start only from 3 cores (src/model/read-many.ts).
    const result = spawnCli(['--debug', 'validate', root], { env: { PEDOMAN_READ_THREADS: '2' } });
    expect(result.code, result.stderr).toBe(0);
    // The generated guideline has no forms section; the shipped draft's annex has one.
    for (const name of SCHEMA_NAMES.filter((n) => n !== 'forms')) expect(result.stderr).toContain(`pedoman debug: schema ${name}: precompiled validator`);
    expect(result.stderr).not.toContain('compiled now');
    expect(result.stderr).toMatch(/pedoman debug: read \d+ file\(s\): \d+ parsed on 2 worker thread\(s\)/);
    const shipped = spawnCli(['--debug', 'validate', join(REPO, 'guideline')]);
    expect(shipped.code, shipped.stderr).toBe(0);
    expect(shipped.stderr).toContain('pedoman debug: schema forms: precompiled validator');
    expect(result.stderr).not.toContain('no worker module');
  }, 60000);

  it('says nothing of the kind without --debug', () => {
    const result = spawnCli(['validate', root, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
  }, 60000);
});

describe('--debug in-process', () => {
  it('runs from the sources (schemas compiled now) and is off again for the next command', async () => {
    const debug = await runCli(['--debug', 'validate', 'guideline']);
    expect(debug.code).toBe(0);
    expect(debug.stderr).toContain('pedoman debug: schema manifest:');
    const plain = await runCli(['validate', 'guideline']);
    expect(plain.stderr).not.toContain('pedoman debug');
  });
});
