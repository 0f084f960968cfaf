import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanupTemps, cli, git, initWorkspace } from './helpers.js';

afterEach(cleanupTemps);

const section = async (dir: string, id: string) => readFile(join(dir, 'guideline', 'sections', `${id}.yaml`), 'utf8');
const itemsOf = async (dir: string, id: string) => parse(await section(dir, id)).items as Record<string, unknown>[];
const commits = (dir: string) => git(dir, 'log', '--format=%s').trim().split('\n');

describe('pedoman item', () => {
  it('adds a role from flags with exactly the fields given, leaving the rest of the file as it was', async () => {
    const dir = await initWorkspace();
    const before = await section(dir, 'kelembagaan');
    const result = await cli([
      'item', 'add', 'kelembagaan', '--name', 'Duta Kerja Sama UPT Pemasyarakatan', '--level', 'upt',
      '--appointed-by', 'kepala-upt', '--instrument', 'Surat Keputusan Kepala UPT Pemasyarakatan',
      '--duty', 'menerima usul program dari masyarakat;', '--duty', 'melaporkan kegiatan kepada Kantor Wilayah.',
      '--after', 'pelaksana-kanwil',
    ], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("added the item 'duta-kerja-sama-upt-pemasyarakatan' to 'kelembagaan' at position 3");
    const items = await itemsOf(dir, 'kelembagaan');
    expect(items.map((i) => i.id)).toEqual(['koordinator-pedoman', 'pelaksana-kanwil', 'duta-kerja-sama-upt-pemasyarakatan', 'pelaksana-upt']);
    expect(items[2]).toEqual({
      id: 'duta-kerja-sama-upt-pemasyarakatan',
      name: 'Duta Kerja Sama UPT Pemasyarakatan',
      level: 'upt',
      appointment: { by: 'kepala-upt', instrument: 'Surat Keputusan Kepala UPT Pemasyarakatan' },
      duties: ['menerima usul program dari masyarakat;', 'melaporkan kegiatan kepada Kantor Wilayah.'],
    });
    // Only lines were added: every line of the old file is still there, in order.
    const after = (await section(dir, 'kelembagaan')).split('\n');
    let k = 0;
    for (const line of before.split('\n')) {
      while (k < after.length && after[k] !== line) k++;
      expect(k, `line kept: ${line}`).toBeLessThan(after.length);
    }
    expect(commits(dir)[0]).toBe('Tambah butir duta-kerja-sama-upt-pemasyarakatan pada kelembagaan');
    expect((await cli(['validate', '--format', 'json'], dir)).code).toBe(0);
  });

  it('adds an item with only the required fields and lets validate say what is missing', async () => {
    const dir = await initWorkspace();
    const result = await cli(['item', 'add', 'indikator', '--indicator', 'Jumlah usul program yang diterima', '--measures', 'sosialisasi-pedoman'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('run pedoman validate');
    const added = (await itemsOf(dir, 'indikator')).at(-1);
    expect(added).toEqual({ id: 'jumlah-usul-program-yang-diterima', indicator: 'Jumlah usul program yang diterima', measures: ['sosialisasi-pedoman'] });
    const validate = await cli(['validate', '--format', 'json'], dir);
    expect(validate.code).toBe(1);
    const messages = JSON.parse(validate.stdout).findings.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`);
    expect(messages.join('\n')).toMatch(/indicator-measurable: .*jumlah-usul-program-yang-diterima.*unit, baseline, targets/);
  });

  it('checks flags against the section kind and the guideline', async () => {
    const dir = await initWorkspace();
    const wrongKind = await cli(['item', 'add', 'pengertian', '--name', 'X', '--term', 'X', '--definition', 'x'], dir);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('--name does not apply to a terms section; its fields are: --term, --abbreviation, --definition, --source');
    const unknownLevel = await cli(['item', 'add', 'kelembagaan', '--name', 'X', '--level', 'provinsi', '--duty', 'x'], dir);
    expect(unknownLevel.stderr).toContain("--level: no 'provinsi' in this guideline; known: pusat, kanwil, upt");
    const missing = await cli(['item', 'add', 'mekanisme', '--name', 'Usul Program'], dir);
    expect(missing.stderr).toContain('missing --implements');
    const noSection = await cli(['item', 'add', 'lampiran', '--title', 'X', '--text', 'y'], dir);
    expect(noSection.stderr).toContain("no section 'lampiran'; the sections are: pendahuluan, pengertian");
    const taken = await cli(['item', 'add', 'pendahuluan', '--title', 'Latar Belakang', '--text', 'x'], dir);
    expect(taken.stderr).toContain("the id 'latar-belakang' is already used");
    expect(commits(dir)).toHaveLength(1);
  });

  it('renames an item in its section and in every reference, its threads following, in one commit', async () => {
    const dir = await initWorkspace();
    await cli(['comment', 'add', 'kelembagaan', '--item', 'koordinator-pedoman', '--type', 'pertanyaan', '--text', 'Eselon berapa?', '--author', 'Ani', '--email', 'ani@example.go.id'], dir);
    const result = await cli(['item', 'rename', 'kelembagaan', 'koordinator-pedoman', 'koordinator-nasional'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("renamed the item 'koordinator-pedoman' to 'koordinator-nasional' (4 reference(s), 1 comment(s))");
    const all = [await section(dir, 'kelembagaan'), await section(dir, 'mekanisme'), await section(dir, 'indikator')].join('\n');
    expect(all).not.toContain('koordinator-pedoman');
    expect(all.match(/koordinator-nasional/g)).toHaveLength(5);
    expect(commits(dir)[0]).toBe('Ganti nama butir koordinator-pedoman menjadi koordinator-nasional');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toHaveLength(4);
    expect(JSON.parse((await cli(['validate', '--format', 'json'], dir)).stdout).findings).toEqual([]);
    const listed = JSON.parse((await cli(['comment', 'list', '--format', 'json'], dir)).stdout);
    expect(listed[0]).toMatchObject({ item: 'koordinator-nasional', anchor: 'unchanged' });
    // The comment file is as written; the thread follows the item by a move act.
    expect(git(dir, 'log', '--diff-filter=M', '--oneline', '--', 'guideline/comments')).toBe('');
    const shown = await cli(['comment', 'show', listed[0].id], dir);
    expect(shown.stdout).toContain('Made on:   kelembagaan › koordinator-pedoman');
    expect(shown.stdout).toContain('item unchanged since commit');
    expect(shown.stdout).not.toContain('not available here');
  });

  it('removes an item only when nothing refers to it, unless --force', async () => {
    const dir = await initWorkspace();
    const blocked = await cli(['item', 'remove', 'mekanisme', 'sosialisasi-pedoman'], dir);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('ind-sosialisasi (section indikator) refers to sosialisasi-pedoman');
    const unconfirmed = await cli(['item', 'remove', 'pendahuluan', 'maksud-dan-tujuan'], dir);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('pass --yes');
    const free = await cli(['item', 'remove', 'pendahuluan', 'maksud-dan-tujuan', '--yes'], dir);
    expect(free.code, free.stderr).toBe(0);
    expect((await itemsOf(dir, 'pendahuluan')).map((i) => i.id)).toEqual(['latar-belakang']);
    const forced = await cli(['item', 'remove', 'mekanisme', 'sosialisasi-pedoman', '--force', '--yes', '--json'], dir);
    expect(JSON.parse(forced.stdout)).toMatchObject({ action: 'item-remove', danglingReferences: 1 });
    expect(await section(dir, 'mekanisme')).toMatch(/^items: \[\]$/m);
    expect(commits(dir).slice(0, 2)).toEqual(['Hapus butir sosialisasi-pedoman dari mekanisme', 'Hapus butir maksud-dan-tujuan dari pendahuluan']);
  });

  it('lists items, all or of one section', async () => {
    const dir = await initWorkspace();
    const quiet = await cli(['item', 'list', 'pengertian', '--quiet'], dir);
    expect(quiet.stdout).toBe('pemasyarakatan\nupt-pemasyarakatan\n');
    const json = JSON.parse((await cli(['item', 'list', '--json'], dir)).stdout);
    expect(json.items).toHaveLength(9);
    expect(json.items[0]).toEqual({ section: 'pendahuluan', position: 1, id: 'latar-belakang', label: 'Latar Belakang' });
  });
});
