// `comment add` in a terminal, for the prompts a person can use: a quote pasted over several
// lines, the quote checked against the item as it is typed (closest passages offered), Ctrl-C
// keeping a draft that the next `comment add` resumes, and an editor that cannot start. Driven
// like prompts-screen.test.ts: inquirer prompts through the @inquirer/testing screen, lines
// typed without an editor through stdin.
import { screen } from '@inquirer/testing/vitest';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { baseGuideline, cleanupGuidelines, type Files } from '../helpers/fixture.js';
import { cleanupTemps, git, GIT_ENV, guidelineRepo, runTty, storedComments, type TtyRun } from './helpers.js';

afterEach(async () => {
  vi.unstubAllEnvs();
  await cleanupGuidelines();
  await cleanupTemps();
});

const WAIT = { timeout: 15_000, interval: 20 };
const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fake-editor.mjs', import.meta.url))}`;

beforeEach(() => {
  vi.stubEnv('VISUAL', '');
  vi.stubEnv('EDITOR', '');
});

/** Waits until the current inquirer prompt shows `text`. */
async function prompt(text: string): Promise<string> {
  await vi.waitFor(() => expect(screen.getScreen()).toContain(text), WAIT);
  return screen.getScreen();
}

/** Waits until what is written where the prompts go (stderr here) shows `text`. */
async function shown(run: TtyRun, text: string): Promise<void> {
  await vi.waitFor(() => expect(run.stderr()).toContain(text), WAIT);
}

async function inEditor(text: string) {
  vi.stubEnv('PEDOMAN_TEST_EDITOR_TEXT', text);
  screen.keypress('enter');
}

const DESCRIPTION = [
  'Setiap UPT menunjuk paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang',
  'Duta Kerja Sama, dengan mempertimbangkan jumlah Warga Binaan. Pada Bapas, paling sedikit',
  '1 (satu) orang berasal dari Pembimbing Kemasyarakatan.',
].join('\n');

/** The base guideline with a longer text on peran › duta-upt (a sentence over several lines). */
function withDescription(): Files {
  const files = baseGuideline();
  const peran = files['sections/peran.yaml'] as { items: Record<string, unknown>[] };
  peran.items.find((i) => i.id === 'duta-upt')!.description = DESCRIPTION;
  return files;
}

function draftFile(root: string): string {
  return join(root, '.git', 'pedoman', 'drafts', 'comment-add.json');
}

/** All but the type (so that the questions are asked) and the quote. */
const FLAGS = ['--text', 'Batas tiga orang terlalu kecil.', '--proposed-change', 'paling banyak 5 (lima) orang', '--affiliation', 'Kanwil Jabar'];

describe('the quote prompt', () => {
  it('keeps a quote pasted over two lines whole, as one line, when the item holds it', async () => {
    const root = await guidelineRepo(withDescription());
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', ...FLAGS], { cwd: root });
    await shown(run, 'Quote the passage you mean (optional; Enter finishes, pasted lines stay together; Enter alone skips):');
    run.stdin.write('paling banyak 3 (tiga) orang\nDuta Kerja Sama, dengan mempertimbangkan\n'); // one paste
    await prompt('Type of comment:');
    screen.keypress('enter');
    await prompt('Save this?');
    expect(run.stderr()).not.toContain('is not in');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record.quote).toBe('paling banyak 3 (tiga) orang Duta Kerja Sama, dengan mempertimbangkan');
  });

  it('says when the quote is not in the item and offers the closest passages; one is taken', async () => {
    const root = await guidelineRepo(withDescription());
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', ...FLAGS], { cwd: root });
    await shown(run, 'Quote the passage you mean');
    run.stdin.write('paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang\nDuta Kerja Sama, dengan mempertimbangkn jumlah\n');
    const choices = await prompt('Which quote do you mean?');
    expect(run.stderr()).toContain(
      '“paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang Duta Kerja Sama, dengan mempertimbangkn jumlah” is not in peran › Duta Kerja Sama UPT (line breaks, spacing and capitals aside).',
    );
    expect(choices).toContain('❯ “paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang Duta Kerja Sama, dengan mempertimbangkan jumlah”');
    expect(choices).toContain('Keep my quote as typed');
    expect(choices).toContain('Type the quote again');
    expect(choices).toContain('a passage of peran › Duta Kerja Sama UPT');
    screen.keypress('enter');
    await prompt('Type of comment:');
    screen.keypress('enter');
    await prompt('Save this?');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record.quote).toBe('paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang Duta Kerja Sama, dengan mempertimbangkan jumlah');
  });

  it('asks again, then keeps a quote as typed when the user says so', async () => {
    const root = await guidelineRepo(withDescription());
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', ...FLAGS], { cwd: root });
    await shown(run, 'Quote the passage you mean');
    run.stdin.write('sama sekali lain\n');
    await prompt('Which quote do you mean?');
    for (let i = 0; i < 6; i++) screen.keypress('down');
    expect(screen.getScreen()).toContain('❯ Type the quote again');
    screen.keypress('enter');
    await vi.waitFor(() => expect(run.stderr().split('Quote the passage you mean').length).toBe(3), WAIT);
    run.stdin.write('tiga orang duta\n');
    await prompt('Keep my quote as typed'); // the second check (the first one's answer shows only "Type the quote again")
    for (let i = 0; i < 6; i++) screen.keypress('down');
    screen.keypress('up');
    expect(screen.getScreen()).toContain('❯ Keep my quote as typed');
    screen.keypress('enter');
    await prompt('Type of comment:');
    screen.keypress('enter');
    await prompt('Save this?');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record.quote).toBe('tiga orang duta');
  });

  it('accepts a quote that differs from the item only in line breaks, spacing and capitals', async () => {
    const root = await guidelineRepo(withDescription());
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', ...FLAGS], { cwd: root });
    await shown(run, 'Quote the passage you mean');
    run.stdin.write('PADA BAPAS,   paling sedikit 1 (satu) orang\n');
    await prompt('Type of comment:');
    screen.keypress('enter');
    await prompt('Save this?');
    expect(run.stderr()).not.toContain('is not in');
    screen.keypress('enter');
    expect((await run.result).code).toBe(0);
    expect((await storedComments(root))[0]!.record.quote).toBe('PADA BAPAS,   paling sedikit 1 (satu) orang');
  });

  it('warns on stderr, with the closest passage, when --quote is not in the item, and saves it as given', async () => {
    const root = await guidelineRepo(withDescription());
    const en = await runCli(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'paling banyak 3 orang Duta', '--type', 'umum', ...FLAGS], { cwd: root, env: GIT_ENV });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toBe(
      'pedoman: warning: the quote is not in peran › Duta Kerja Sama UPT (line breaks, spacing and capitals aside); it is saved as given; closest passage: “paling banyak 3 (tiga) orang Duta”\n',
    );
    const id = await runCli(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'paling banyak 3 orang Duta', '--type', 'umum', ...FLAGS], { cwd: root, env: { ...GIT_ENV, PEDOMAN_LANG: 'id' } });
    expect(id.code, id.stderr).toBe(0);
    expect(id.stderr).toContain('pedoman: peringatan: kutipan tidak ada dalam peran › Duta Kerja Sama UPT');
    expect(id.stderr).toContain('bagian yang paling mirip: “paling banyak 3 (tiga) orang Duta”');
    expect((await storedComments(root)).map((c) => c.record.quote)).toEqual(['paling banyak 3 orang Duta', 'paling banyak 3 orang Duta']);
    // A quote the item holds: no warning.
    const found = await runCli(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'Warga  Binaan', '--type', 'umum', ...FLAGS], { cwd: root, env: GIT_ENV });
    expect(found.stderr).toBe('');
  });
});

describe('Ctrl-C in comment add', () => {
  it('keeps what was answered as a draft, which the next comment add resumes; saving deletes it', async () => {
    const root = await guidelineRepo();
    const head = git(root, 'rev-parse', 'HEAD');
    vi.stubEnv('EDITOR', FAKE_EDITOR);
    const first = runTty(['comment', 'add'], { cwd: root, env: { EDITOR: FAKE_EDITOR } });
    await prompt('Which section is your comment about?');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await prompt('Which part of "Peran"?');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await shown(first, 'Quote the passage you mean');
    first.stdin.write('program di UPT\n');
    await prompt('Type of comment:');
    screen.keypress('down');
    screen.keypress('enter');
    await prompt('Your comment (opens your editor');
    screen.keypress({ name: 'c', ctrl: true });
    const cancelled = await first.result;
    expect(cancelled.code).toBe(130);
    expect(cancelled.stderr).toContain('Cancelled. What you entered is kept as a draft (.git/pedoman/drafts/comment-add.json); run pedoman comment add again to resume it.\n');
    expect(await storedComments(root)).toEqual([]);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(root, 'status', '--porcelain')).toBe(''); // nothing in the guideline's tree
    const draft = JSON.parse(await readFile(draftFile(root), 'utf8'));
    expect(draft).toMatchObject({ version: 1, section: 'peran', item: 'duta-upt', quote: 'program di UPT', type: 'substansi' });
    expect(draft.answered.sort()).toEqual(['item', 'quote', 'type']);

    const second = runTty(['comment', 'add'], { cwd: root, env: { EDITOR: FAKE_EDITOR } });
    const offer = await prompt('Resume it?');
    expect(offer).toMatch(/You have an unfinished comment on peran › Duta Kerja Sama UPT \(quote, type\), kept \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Resume it\?/);
    screen.keypress('enter');
    // Section, item, quote and type are not asked again.
    await prompt('Your comment (opens your editor');
    await inEditor('Tugas perlu diperjelas.\n');
    await prompt('Proposed wording');
    await inEditor('');
    await prompt('Your directorate');
    screen.keypress('enter');
    await prompt('Save this?');
    expect(second.stderr()).toContain('A comment on 3. Peran › Duta Kerja Sama UPT (substance):\n  Quote: “program di UPT”');
    screen.keypress('enter');
    const saved = await second.result;
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stderr).not.toContain('Quote the passage');
    expect((await storedComments(root))[0]!.record).toMatchObject({ section: 'peran', item: 'duta-upt', quote: 'program di UPT', type: 'substansi', text: 'Tugas perlu diperjelas.' });
    expect(existsSync(draftFile(root))).toBe(false);
  });

  it('keeps the lines of a text being typed, and goes on from them when resumed', async () => {
    const root = await guidelineRepo();
    const argv = ['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'program di UPT', '--type', 'umum'];
    const first = runTty(argv, { cwd: root, terminal: true });
    await shown(first, 'Your comment (several lines allowed');
    first.stdin.write('Baris pertama\r');
    first.stdin.write('setengah');
    await new Promise((r) => setTimeout(r, 100));
    first.stdin.write('\u0003');
    const cancelled = await first.result;
    expect(cancelled.code).toBe(130);
    expect(cancelled.stderr).toContain('What you entered is kept as a draft');
    expect(JSON.parse(await readFile(draftFile(root), 'utf8')).partial).toEqual({ field: 'text', value: 'Baris pertama\nsetengah', open: true });

    const second = runTty(['comment', 'add', 'peran'], { cwd: root, terminal: true });
    expect(await prompt('Resume it?')).toContain('(quote, type, comment)');
    screen.keypress('enter');
    await shown(second, '(from your draft; go on typing)');
    // The line that was being typed is put back on the line being edited, to be finished.
    await vi.waitFor(() => expect(second.stderr()).toMatch(/ {2}… Baris pertama\n[^\n]* {2}… [^\n]*setengah$/), WAIT);
    second.stdin.write(' jalan\r');
    second.stdin.write('baris ketiga\r');
    second.stdin.write('\r');
    await shown(second, 'Proposed wording (optional;');
    second.stdin.write('\r');
    await prompt('Your directorate');
    screen.keypress('enter');
    await prompt('Save this?');
    screen.keypress('enter');
    const saved = await second.result;
    expect(saved.code, saved.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record).toMatchObject({ item: 'duta-upt', quote: 'program di UPT', type: 'umum', text: 'Baris pertama\nsetengah jalan\nbaris ketiga' });
    expect(existsSync(draftFile(root))).toBe(false);
  });

  it('discards the draft when the user does not resume it, and says so in Indonesian too', async () => {
    const root = await guidelineRepo();
    await mkdir(join(root, '.git', 'pedoman', 'drafts'), { recursive: true });
    const draft = { version: 1, saved: '2026-12-01T08:00:00.000Z', section: 'peran', item: 'duta-upt', answered: ['item', 'type'], type: 'umum' };
    await writeFile(draftFile(root), JSON.stringify(draft));
    const run = runTty(['comment', 'add'], { cwd: root, env: { PEDOMAN_LANG: 'id' } });
    expect(await prompt('Lanjutkan?')).toContain('Ada komentar yang belum selesai pada peran › Duta Kerja Sama UPT (jenis), disimpan 2026-12-01 08:00 UTC. Lanjutkan?');
    screen.type('n');
    screen.keypress('enter');
    await prompt('Komentar Anda tentang bagian mana?');
    expect(run.stderr()).toContain('Komentar yang belum selesai itu dibuang.');
    expect(existsSync(draftFile(root))).toBe(false);
    screen.keypress('down');
    screen.keypress('enter');
    await prompt('Bagian mana dari');
    screen.keypress('enter');
    await shown(run, 'Kutip kalimat yang Anda maksud (opsional; Enter untuk selesai');
    run.stdin.write('\n');
    await prompt('Jenis komentar:');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Dibatalkan. Isian Anda disimpan sebagai draf (.git/pedoman/drafts/comment-add.json); jalankan pedoman comment add lagi untuk melanjutkannya.');
    expect(JSON.parse(await readFile(draftFile(root), 'utf8'))).toMatchObject({ section: 'pengertian', answered: ['item', 'quote'] });
  });

  it('leaves a draft on another section alone when comment add is given a section', async () => {
    const root = await guidelineRepo();
    await mkdir(join(root, '.git', 'pedoman', 'drafts'), { recursive: true });
    const draft = { version: 1, saved: '2026-12-01T08:00:00.000Z', section: 'peran', answered: ['type'], type: 'umum' };
    await writeFile(draftFile(root), JSON.stringify(draft));
    const run = runTty(['comment', 'add', 'pendahuluan'], { cwd: root });
    await prompt('Which part of "Pendahuluan"?');
    expect(run.stderr()).not.toContain('Resume');
    screen.keypress({ name: 'c', ctrl: true }); // nothing answered yet but the section: the draft is replaced
    expect((await run.result).code).toBe(130);
    expect(JSON.parse(await readFile(draftFile(root), 'utf8'))).toMatchObject({ section: 'pendahuluan', answered: [] });
  });
});

describe('an editor that cannot start', () => {
  it('falls back to typing the text here, with one message naming the editor', async () => {
    const root = await guidelineRepo();
    vi.stubEnv('EDITOR', 'pedoman-no-such-editor');
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'program di UPT', '--type', 'umum', '--affiliation', 'UNODC'], {
      cwd: root,
      env: { EDITOR: 'pedoman-no-such-editor' },
    });
    await prompt('Your comment (opens your editor');
    screen.keypress('enter');
    await shown(run, 'Your editor (pedoman-no-such-editor) could not be started; type the text here instead.');
    await shown(run, 'Your comment (several lines allowed; an empty line finishes):');
    run.stdin.write('Diketik tanpa editor.\n');
    run.stdin.write('\n');
    await shown(run, 'Proposed wording (optional; several lines allowed');
    run.stdin.write('\n');
    await prompt('Save this?');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split('could not be started').length).toBe(2);
    expect((await storedComments(root))[0]!.record.text).toBe('Diketik tanpa editor.');
  });

  it('says so in Indonesian', async () => {
    const root = await guidelineRepo();
    vi.stubEnv('EDITOR', 'pedoman-no-such-editor');
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'program di UPT', '--type', 'umum', '--proposed-change', 'x', '--affiliation', 'UNODC'], {
      cwd: root,
      env: { EDITOR: 'pedoman-no-such-editor', PEDOMAN_LANG: 'id' },
    });
    await prompt('Komentar Anda (membuka editor Anda');
    screen.keypress('enter');
    await shown(run, 'Editor Anda (pedoman-no-such-editor) tidak dapat dijalankan; ketik teksnya di sini saja.');
    run.stdin.write('Teks.\n');
    run.stdin.write('\n');
    await prompt('Simpan');
    screen.keypress('enter');
    expect((await run.result).code).toBe(0);
  });
});
