// The question flows of `comment add`, `reply` and `answer`, end to end through run(), with
// the prompts driven by @inquirer/testing's screen (its `render()` tests live in
// prompts-render.test.ts, as the library asks). Lines typed without an editor go to stdin.
import { screen } from '@inquirer/testing/vitest';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupTemps, git, guidelineRepo, REVIEWER, runTty, storedComments, type TtyRun } from './helpers.js';

afterEach(async () => {
  vi.unstubAllEnvs();
  await cleanupGuidelines();
  await cleanupTemps();
});

const WAIT = { timeout: 15_000, interval: 20 };

/** Waits until a prompt read from stdin (the quote, texts without an editor) shows `text`. */
async function typed(run: TtyRun, text: string): Promise<void> {
  await vi.waitFor(() => expect(run.stderr()).toContain(text), WAIT);
}

/** Where `comment add` keeps the draft of a guideline at the top of its repository. */
function draftFile(root: string): string {
  return join(root, '.git', 'pedoman', 'drafts', 'comment-add.json');
}

/** Waits until the current prompt shows `text` (commands load the guideline before asking). */
async function prompt(text: string): Promise<string> {
  await vi.waitFor(() => expect(screen.getScreen()).toContain(text), WAIT);
  return screen.getScreen();
}

// The editor prompt starts the real $EDITOR; here that is a script that "saves" the text the
// test asks for.
const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fake-editor.mjs', import.meta.url))}`;
const EDITOR_ENV = { EDITOR: FAKE_EDITOR };

beforeEach(() => {
  vi.stubEnv('VISUAL', '');
  vi.stubEnv('EDITOR', FAKE_EDITOR);
});

/** Answers an editor prompt: Enter opens the editor, which saves `text`. */
async function inEditor(text: string) {
  vi.stubEnv('PEDOMAN_TEST_EDITOR_TEXT', text);
  screen.keypress('enter');
}

describe('comment add, asked in a terminal', () => {
  it('asks section, item, quote, type, text, proposed change and affiliation, then shows the comment and saves it', async () => {
    const root = await guidelineRepo();
    const run = runTty(['comment', 'add'], { cwd: root, env: EDITOR_ENV });

    const sections = await prompt('Which section is your comment about?');
    expect(sections).toContain('❯ 1. Pendahuluan');
    expect(sections).toContain('3. Peran');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');

    const items = await prompt('Which part of "Peran"?');
    expect(items).toContain('(the whole section)');
    expect(items).toContain('Duta Kerja Sama UPT');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');

    await typed(run, 'Quote the passage you mean');
    run.stdin.write('program di UPT\n');

    const types = await prompt('Type of comment:');
    expect(types).toContain('general');
    expect(types).toContain('general remark on the section');
    screen.keypress('down');
    screen.keypress('enter');

    await prompt('Your comment (opens your editor');
    await inEditor('Baris satu: "kutip" # bukan komentar\n\nBaris dua 🎉 <script>\n');

    await prompt('Proposed wording (optional; opens your editor');
    await inEditor('melaksanakan dan melaporkan program di UPT\n');

    await prompt('Your directorate, Kanwil, UPT or organisation (optional):');
    screen.type('Kanwil Jawa Barat');
    screen.keypress('enter');

    await prompt('Save this?');
    // The preview is plain language, not the YAML file.
    const preview = run.stderr();
    expect(preview).not.toContain('yaml-language-server');
    expect(preview).not.toContain('text: |-');
    expect(preview).toContain([
      'A comment on 3. Peran › Duta Kerja Sama UPT (substance):',
      '  Quote: “program di UPT”',
      '  Comment:',
      '    Baris satu: "kutip" # bukan komentar',
      '',
      '    Baris dua 🎉 <script>',
      '  Proposed wording:',
      '    melaksanakan dan melaporkan program di UPT',
      `  By: ${REVIEWER.name} <${REVIEWER.email}> · Kanwil Jawa Barat`,
    ].join('\n'));
    screen.keypress('enter');

    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    const [stored] = await storedComments(root);
    expect(stored!.record).toMatchObject({
      section: 'peran',
      item: 'duta-upt',
      quote: 'program di UPT',
      type: 'substansi',
      text: 'Baris satu: "kutip" # bukan komentar\n\nBaris dua 🎉 <script>',
      proposed_change: 'melaksanakan dan melaporkan program di UPT',
      author: { name: REVIEWER.name, email: REVIEWER.email, affiliation: 'Kanwil Jawa Barat' },
    });
    expect(git(root, 'log', '-1', '--format=%an|%s')).toMatch(/^Budi Santoso\|Komentar pada peran › duta-upt oleh Budi Santoso: Baris satu/);
  });

  it('asks only for what the flags left out', async () => {
    const root = await guidelineRepo();
    const run = runTty(['comment', 'add', 'pendahuluan', '--type', 'pertanyaan', '--affiliation', 'UNODC'], { cwd: root, env: EDITOR_ENV });
    const items = await prompt('Which part of "Pendahuluan"?');
    expect(items).toContain('Latar Belakang');
    screen.keypress('enter'); // the whole section
    await typed(run, 'Quote the passage');
    run.stdin.write('\n'); // skipped
    await prompt('Your comment');
    await inEditor('Mengapa Pasal 92 saja?');
    await prompt('Proposed wording');
    await inEditor('');
    await prompt('Save this?');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    const [stored] = await storedComments(root);
    expect(stored!.record).toMatchObject({ section: 'pendahuluan', type: 'pertanyaan', text: 'Mengapa Pasal 92 saja?', author: { affiliation: 'UNODC' } });
    expect(stored!.record.item).toBeUndefined();
    expect(stored!.record.quote).toBeUndefined();
    expect(stored!.record.proposed_change).toBeUndefined();
  });

  it('without an editor, reads several lines (a pasted block with blank lines too) until an empty line', async () => {
    const root = await guidelineRepo();
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'umum', '--affiliation', 'Kanwil Jabar'], { cwd: root });
    await typed(run, 'Quote the passage');
    run.stdin.write('\n');
    await vi.waitFor(() => expect(run.stderr()).toContain('Your comment (several lines allowed; an empty line finishes):'), WAIT);
    run.stdin.write('Paragraf satu: "kutip" # x\n\n  Paragraf dua, menjorok 🎉\n'); // pasted at once: its blank line does not end it
    run.stdin.write('\n'); // typed: an empty line ends it
    await vi.waitFor(() => expect(run.stderr()).toContain('Proposed wording (optional;'), WAIT);
    run.stdin.write('\n'); // skipped
    await prompt('Save this?');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    const [stored] = await storedComments(root);
    expect(stored!.record.text).toBe('Paragraf satu: "kutip" # x\n\n  Paragraf dua, menjorok 🎉');
    expect(stored!.record.proposed_change).toBeUndefined();
  });

  it('leaves no file and no commit after Ctrl-C at a prompt; with nothing answered it exits quietly', async () => {
    const root = await guidelineRepo();
    const head = git(root, 'rev-parse', 'HEAD');
    const run = runTty(['comment', 'add'], { cwd: root, env: EDITOR_ENV });
    await prompt('Which section is your comment about?');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await run.result;
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('');
    expect(await storedComments(root)).toEqual([]);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(existsSync(draftFile(root))).toBe(false);
  });

  it('saves nothing when the confirmation is declined', async () => {
    const root = await guidelineRepo();
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'x', '--proposed-change', 'y', '--type', 'umum', '--affiliation', 'UNODC'], { cwd: root, env: EDITOR_ENV });
    await prompt('Your comment');
    await inEditor('Tidak jadi.');
    await prompt('Save this?');
    screen.type('n');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing was saved.');
    expect(await storedComments(root)).toEqual([]);
  });

  it('asks the name when git does not know it', async () => {
    const root = await guidelineRepo(undefined, null);
    const run = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'x', '--proposed-change', 'y', '--type', 'umum', '--text', 'Komentar'], { cwd: root, env: EDITOR_ENV });
    await prompt('Your name:');
    screen.type('Sari <Dewi>');
    screen.keypress('enter');
    expect(await prompt('without < or >')).toContain('Your name:');
    for (let i = 0; i < 'Sari <Dewi>'.length; i++) screen.keypress('backspace');
    screen.type('Sari Dewi');
    screen.keypress('enter');
    await prompt('Your e-mail (optional):');
    screen.type('sari@unodc.example.org');
    screen.keypress('enter');
    await prompt('Your directorate');
    screen.type('UNODC');
    screen.keypress('enter');
    await prompt('Save this?');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record.author).toEqual({ name: 'Sari Dewi', email: 'sari@unodc.example.org', affiliation: 'UNODC' });
    expect(git(root, 'log', '-1', '--format=%an <%ae>|%cn')).toBe('Sari Dewi <sari@unodc.example.org>|Sari Dewi\n');
  });
});

describe('comment reply and answer, asked in a terminal', () => {
  it('replies, then answers with a disposition and a response', async () => {
    const root = await guidelineRepo();
    const add = runTty(['comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'substansi', '--text', 'Tugas perlu diperjelas.'], { cwd: root });
    expect((await add.result).code).toBe(0);
    const [comment] = await storedComments(root);

    const reply = runTty(['comment', 'reply', comment!.record.id.slice(0, 12)], { cwd: root, env: EDITOR_ENV });
    await prompt('Your reply');
    expect(reply.stderr()).toMatch(/Replying to [0-9a-z]{8,} by Budi Santoso on peran › duta-upt: Tugas perlu diperjelas\./);
    await inEditor('Bagian mana yang kurang jelas?');
    await prompt('Your directorate');
    screen.keypress('enter');
    await prompt('Save this?');
    expect(reply.stderr()).toContain(`A reply to comment ${comment!.record.id.slice(0, 12)} by Budi Santoso:\n  Comment:\n    Bagian mana yang kurang jelas?`);
    screen.keypress('enter');
    expect((await reply.result).code).toBe(0);

    const resolve = runTty(['comment', 'answer', comment!.record.id.slice(0, 12), '--author', 'Tim Penyusun'], { cwd: root, env: EDITOR_ENV });
    const dispositions = await prompt('Disposition:');
    expect(dispositions).toContain('diterima sebagian');
    expect(dispositions).toContain('accepted: the draft is changed as proposed');
    screen.keypress('down');
    screen.keypress('enter');
    await prompt('Response to the commenter');
    await inEditor('Batas tugas ditambahkan pada butir 3.\n');
    await prompt('Save this?');
    expect(resolve.stderr()).toContain(`The answer to comment ${comment!.record.id.slice(0, 12)} by Budi Santoso: diterima sebagian\n  Rationale:\n    Batas tugas ditambahkan pada butir 3.\n  By: Tim Penyusun\n`);
    screen.keypress('enter');
    const resolved = await resolve.result;
    expect(resolved.code, resolved.stderr).toBe(0);

    const records = (await storedComments(root)).map((s) => s.record);
    expect(records[0]).toEqual(comment!.record);
    expect(records[1]).toMatchObject({ act: 'reply', reply_to: comment!.record.id, text: 'Bagian mana yang kurang jelas?' });
    expect(records[2]).toMatchObject({ act: 'answer', thread: comment!.record.id, disposition: 'diterima-sebagian', response: 'Batas tugas ditambahkan pada butir 3.', author: { name: 'Tim Penyusun' } });
  });
});
