import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanupGuidelines, baseGuideline, writeGuideline } from '../helpers/fixture.js';
import { cleanupTemps, cli, git, initWorkspace } from './helpers.js';

afterEach(async () => {
  await cleanupTemps();
  await cleanupGuidelines();
});

const manifestOf = async (dir: string) => readFile(join(dir, 'guideline', 'pedoman.yaml'), 'utf8');
const sectionsOf = async (dir: string) => parse(await manifestOf(dir)).sections as string[];
const commits = (dir: string) => git(dir, 'log', '--format=%s').trim().split('\n');

describe('pedoman section', () => {
  it('lists the sections with kind, item count and title; ids only with --quiet; JSON with --json', async () => {
    const dir = await initWorkspace();
    const table = await cli(['section', 'list'], dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^#\s+id\s+kind\s+items\s+title$/m);
    expect(table.stdout).toMatch(/^3\s+kelembagaan\s+roles\s+3\s+Kelembagaan$/m);
    const quiet = await cli(['section', 'list', '--quiet'], dir);
    expect(quiet.stdout).toBe('pendahuluan\npengertian\nkelembagaan\nmekanisme\nindikator\n');
    const json = JSON.parse((await cli(['section', 'list', '--json'], dir)).stdout);
    expect(json.sections[1]).toMatchObject({ position: 2, id: 'pengertian', kind: 'terms', title: 'Pengertian', items: 2 });
    expect((await cli(['section', 'list', '--json', '--quiet'], dir)).code).toBe(2);
  });

  it('adds a section by flags, in one commit, keeping the manifest\'s comments and layout', async () => {
    const dir = await initWorkspace();
    const before = await manifestOf(dir);
    const result = await cli(['section', 'add', '--kind', 'narrative', '--title', 'Penutup', '--after', 'indikator'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("added the section 'penutup' (narrative) at position 6");
    const after = await manifestOf(dir);
    expect(after).toBe(before.replace('  - indikator\n', '  - indikator\n  - penutup\n'));
    const file = await readFile(join(dir, 'guideline', 'sections', 'penutup.yaml'), 'utf8');
    expect(file).toBe('# yaml-language-server: $schema=../../schemas/narrative.schema.json\nkind: narrative\nid: penutup\ntitle: Penutup\nstatus: draft\nitems: []\n');
    // The guideline is Indonesian: its history is, whatever language the user reads.
    expect(commits(dir)[0]).toBe('Tambah bagian penutup (Penutup)');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['guideline/pedoman.yaml', 'guideline/sections/penutup.yaml']);
    expect((await cli(['validate', '--format', 'json'], dir)).code).toBe(0);

    await cli(['section', 'add', '--kind', 'terms', '--title', 'Daftar Singkatan', '--position', '1'], dir);
    await cli(['section', 'add', '--kind', 'roles', '--title', 'Mitra', '--id', 'mitra-kerja', '--before', 'mekanisme'], dir);
    expect(await sectionsOf(dir)).toEqual(['daftar-singkatan', 'pendahuluan', 'pengertian', 'kelembagaan', 'mitra-kerja', 'mekanisme', 'indikator', 'penutup']);
  });

  it('refuses ids that are taken or not slugs, and names the missing flag without a terminal', async () => {
    const dir = await initWorkspace();
    const taken = await cli(['section', 'add', '--kind', 'roles', '--title', 'Kelembagaan'], dir);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("the id 'kelembagaan' is already used by the section sections/kelembagaan.yaml");
    const item = await cli(['section', 'add', '--kind', 'roles', '--title', 'X', '--id', 'koordinator-pedoman'], dir);
    expect(item.stderr).toContain("already used by an item of the section kelembagaan");
    const bad = await cli(['section', 'add', '--kind', 'roles', '--title', 'X', '--id', 'Peran_Baru'], dir);
    expect(bad.stderr).toContain("'Peran_Baru' is not a valid id");
    const noKind = await cli(['section', 'add', '--title', 'X'], dir);
    expect(noKind.code).toBe(2);
    expect(noKind.stderr).toContain('missing --kind');
    const noTitle = await cli(['section', 'add', '--kind', 'roles'], dir);
    expect(noTitle.stderr).toContain('missing --title');
    const badKind = await cli(['section', 'add', '--kind', 'chapter', '--title', 'X'], dir);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain("option '--kind <kind>' does not accept 'chapter'");
    const twoPlaces = await cli(['section', 'add', '--kind', 'roles', '--title', 'X', '--after', 'pendahuluan', '--position', '2'], dir);
    expect(twoPlaces.stderr).toContain('only one of --after, --before and --position');
    const unknownAnchor = await cli(['section', 'add', '--kind', 'roles', '--title', 'X', '--after', 'lampiran'], dir);
    expect(unknownAnchor.stderr).toContain("no 'lampiran' in the list");
    expect(commits(dir)).toHaveLength(1);
  });

  it('moves a section and says so when it is already there', async () => {
    const dir = await initWorkspace();
    const moved = await cli(['section', 'move', 'indikator', '--after', 'pengertian'], dir);
    expect(moved.code, moved.stderr).toBe(0);
    expect(await sectionsOf(dir)).toEqual(['pendahuluan', 'pengertian', 'indikator', 'kelembagaan', 'mekanisme']);
    expect(commits(dir)[0]).toBe('Pindahkan bagian indikator ke urutan 3');
    const same = await cli(['section', 'move', 'indikator', '--position', '3'], dir);
    expect(same.stdout).toContain('at position 3 already');
    expect(commits(dir)).toHaveLength(2);
    const noPlace = await cli(['section', 'move', 'indikator'], dir);
    expect(noPlace.code).toBe(2);
    expect(noPlace.stderr).toContain('--after ID, --before ID or --position N');
  });

  it('renames a section everywhere (manifest, file, id) in one commit, its threads following by a move act each', async () => {
    const dir = await initWorkspace();
    const comment = await cli(['comment', 'add', 'kelembagaan', '--type', 'umum', '--text', 'Perlu bagan.', '--author', 'Ani', '--email', 'ani@example.go.id'], dir);
    expect(comment.code, comment.stderr).toBe(0);
    const original = git(dir, 'ls-files', 'guideline/comments/kelembagaan').trim();
    const before = await readFile(join(dir, original), 'utf8');
    const result = await cli(['section', 'rename', 'kelembagaan', 'organisasi', '--title', 'Organisasi Pelaksana', '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ action: 'section-rename', from: 'kelembagaan', to: 'organisasi', comments: 1 });
    expect(await sectionsOf(dir)).toContain('organisasi');
    expect(existsSync(join(dir, 'guideline', 'sections', 'kelembagaan.yaml'))).toBe(false);
    const file = parse(await readFile(join(dir, 'guideline', 'sections', 'organisasi.yaml'), 'utf8'));
    expect(file).toMatchObject({ id: 'organisasi', title: 'Organisasi Pelaksana' });
    // The comment stays where and as it was written; a move act in the new folder says where it is now.
    expect(await readFile(join(dir, original), 'utf8')).toBe(before);
    const moved = git(dir, 'ls-files', 'guideline/comments/organisasi').trim();
    expect(moved).toMatch(/^guideline\/comments\/organisasi\/[0-9a-z]{26}\.yaml$/);
    expect(parse(await readFile(join(dir, moved), 'utf8'))).toMatchObject({ act: 'move', section: 'organisasi', thread: parse(before).id });
    expect(commits(dir)[0]).toBe('Ganti nama bagian kelembagaan menjadi organisasi');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'show', '--name-status', '--format=', '-M', 'HEAD')).toMatch(/^R\d+\s+guideline\/sections\/kelembagaan\.yaml\s+guideline\/sections\/organisasi\.yaml$/m);
    expect(git(dir, 'log', '--diff-filter=M', '--oneline', '--', 'guideline/comments')).toBe('');
    const validate = await cli(['validate', '--format', 'json'], dir);
    expect(JSON.parse(validate.stdout).findings).toEqual([]);
    const list = await cli(['comment', 'list', '--format', 'json'], dir);
    expect(JSON.parse(list.stdout)[0]).toMatchObject({ section: 'organisasi', file: original.replace('guideline/', '') });
    const shown = await cli(['comment', 'show', parse(before).id], dir);
    expect(shown.stdout).toContain('Made on:   kelembagaan');
    // The title changed with the rename; the commit is found, under the section's old name.
    expect(shown.stdout).toContain('section changed since commit');
  });

  it('refuses to commit over uncommitted work in the touched files, unless --no-commit', async () => {
    const dir = await initWorkspace();
    const manifest = join(dir, 'guideline', 'pedoman.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('version: "0.1.0"', 'version: "0.2.0"'));
    const refused = await cli(['section', 'add', '--kind', 'narrative', '--title', 'Penutup'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('have changes that are not committed: guideline/pedoman.yaml');
    expect(existsSync(join(dir, 'guideline', 'sections', 'penutup.yaml'))).toBe(false);
    const written = await cli(['section', 'add', '--kind', 'narrative', '--title', 'Penutup', '--no-commit'], dir);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('not committed');
    expect(await readFile(manifest, 'utf8')).toContain('version: "0.2.0"');
    expect(commits(dir)).toHaveLength(1);
  });

  it('asks git for an identity before writing anything', async () => {
    const dir = await initWorkspace();
    const result = await cli(['section', 'add', '--kind', 'narrative', '--title', 'Penutup'], dir, { GIT_AUTHOR_NAME: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git does not know who you are');
    expect(existsSync(join(dir, 'guideline', 'sections', 'penutup.yaml'))).toBe(false);
  });

  it('removes a section only when nothing refers to it and no comment on it is open, unless --force', async () => {
    const dir = await initWorkspace();
    const blocked = await cli(['section', 'remove', 'mekanisme'], dir);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain("the section 'mekanisme' cannot be removed yet");
    expect(blocked.stderr).toContain('ind-sosialisasi (section indikator) refers to sosialisasi-pedoman');
    await cli(['comment', 'add', 'pendahuluan', '--type', 'umum', '--text', 'Terlalu panjang.', '--author', 'Ani', '--email', 'ani@example.go.id'], dir);
    const commented = await cli(['section', 'remove', 'pendahuluan'], dir);
    expect(commented.code).toBe(2);
    expect(commented.stderr).toMatch(/comment [0-9a-z]{12} on pendahuluan is open/);

    expect((await cli(['section', 'remove', 'mekanisme', '--force'], dir)).stderr).toContain('pass --yes');
    const forced = await cli(['section', 'remove', 'mekanisme', '--force', '--yes'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('1 reference(s) now point at nothing');
    expect(await sectionsOf(dir)).not.toContain('mekanisme');
    expect(existsSync(join(dir, 'guideline', 'sections', 'mekanisme.yaml'))).toBe(false);
    expect(commits(dir)[0]).toBe('Hapus bagian mekanisme');
    const validate = await cli(['validate', '--format', 'json'], dir);
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'reference-resolves')).toBe(true);
  });

  it('works without git and on a guideline found by --dir', async () => {
    const root = await writeGuideline(baseGuideline());
    const result = await cli(['section', 'add', '--dir', root, '--kind', 'narrative', '--title', 'Penutup'], process.cwd());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('committed');
    // The fixture has no modeline: the default schema path of the shipped layout is used.
    expect(await readFile(join(root, 'sections', 'penutup.yaml'), 'utf8')).toContain('$schema=../../schemas/narrative.schema.json');
    const renamed = await cli(['section', 'rename', 'peran', 'kelembagaan', '--dir', root], process.cwd());
    expect(renamed.code, renamed.stderr).toBe(0);
    expect((await cli(['validate', root, '--format', 'json'], process.cwd())).code).toBe(0);
  });

  it('speaks Indonesian with --lang id', async () => {
    const dir = await initWorkspace();
    const result = await cli(['--lang', 'id', 'section', 'add', '--kind', 'narrative', '--title', 'Penutup'], dir);
    expect(result.stdout).toContain("bagian 'penutup' (uraian) telah ditambahkan pada urutan 6");
    const missing = await cli(['--lang', 'id', 'section', 'add', '--kind', 'narrative'], dir);
    expect(missing.stderr).toContain('--title belum diberikan');
    const list = await cli(['--lang', 'id', 'section', 'list'], dir);
    expect(list.stdout).toMatch(/^#\s+id\s+jenis\s+butir\s+judul$/m);
  });
});
