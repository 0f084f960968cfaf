// The interactive flows, driven through @inquirer/testing's screen as a person would.
import { screen } from '@inquirer/testing/vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import { cleanupTemps, GIT_ENV, git, initWorkspace } from './helpers.js';

afterEach(cleanupTemps);

function runTty(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  return run({
    argv,
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', PEDOMAN_LANG: 'en', NO_COLOR: '1', ...GIT_ENV, ...env },
    stdout,
    stderr,
    stdin,
  }).then((code) => ({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
}

describe('interactive section and item commands', () => {
  it('section add asks for kind, title, id and place, in Indonesian with --lang id', async () => {
    const dir = await initWorkspace();
    const done = runTty(['--lang', 'id', 'section', 'add'], dir);

    await screen.next();
    expect(screen.getScreen()).toContain('Jenis bagian');
    expect(screen.getScreen()).toContain('uraian');
    screen.keypress('down');
    screen.keypress('down');
    expect(screen.getScreen()).toContain('peran dan pihak yang menunjuknya');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Judul bagian');
    screen.type('Peran Serta Masyarakat');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Id');
    expect(screen.getScreen()).toContain('peran-serta-masyarakat');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Di mana letaknya?');
    expect(screen.getScreen()).toContain('sesudah indikator: Indikator');
    screen.keypress('up');
    screen.keypress('up');
    screen.keypress('enter');

    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("bagian 'peran-serta-masyarakat' (peran) telah ditambahkan pada urutan 4");
    const manifest = parse(await readFile(join(dir, 'guideline', 'pedoman.yaml'), 'utf8'));
    expect(manifest.sections).toEqual(['pendahuluan', 'pengertian', 'kelembagaan', 'peran-serta-masyarakat', 'mekanisme', 'indikator']);
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe('Tambah bagian peran-serta-masyarakat (Peran Serta Masyarakat)');
  });

  it('refuses a taken id at the prompt and lets the user type another', async () => {
    const dir = await initWorkspace();
    const done = runTty(['section', 'add', '--kind', 'narrative', '--title', 'Pengertian'], dir);
    await screen.next();
    expect(screen.getScreen()).toContain('pengertian');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain("the id 'pengertian' is already used");
    for (let i = 0; i < 'pengertian'.length; i++) screen.keypress('backspace');
    screen.type('penjelasan');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter'); // place: at the end (the default)
    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    expect(parse(await readFile(join(dir, 'guideline', 'pedoman.yaml'), 'utf8')).sections.at(-1)).toBe('penjelasan');
  });

  it('item add asks for the fields of the kind, choosing ids from the guideline', async () => {
    const dir = await initWorkspace();
    const done = runTty(['item', 'add', 'indikator'], dir);
    await screen.next();
    expect(screen.getScreen()).toContain('Indicator');
    screen.type('Jumlah peserta sosialisasi');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Responsible role');
    expect(screen.getScreen()).toContain('Koordinator Pelaksanaan Pedoman');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Mechanisms it measures');
    screen.keypress('space');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('jumlah-peserta-sosialisasi');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Where does the item go?');
    screen.keypress('enter');

    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    const items = parse(await readFile(join(dir, 'guideline', 'sections', 'indikator.yaml'), 'utf8')).items;
    expect(items.at(-1)).toEqual({
      id: 'jumlah-peserta-sosialisasi',
      indicator: 'Jumlah peserta sosialisasi',
      responsible: 'koordinator-pedoman',
      measures: ['sosialisasi-pedoman'],
    });
  });

  it('section remove asks for confirmation, and "no" changes nothing', async () => {
    const dir = await initWorkspace();
    const done = runTty(['section', 'remove', 'pendahuluan'], dir);
    await screen.next();
    expect(screen.getScreen()).toContain("Remove the section 'pendahuluan' and its 2 item(s)?");
    screen.type('n');
    screen.keypress('enter');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('cancelled; nothing changed');
    expect(git(dir, 'log', '--format=%s').trim().split('\n')).toHaveLength(1);
  });
});
