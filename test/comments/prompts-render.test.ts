// Each prompt on its own: the choices pedoman offers, rendered with @inquirer/testing's
// render() (kept apart from the screen tests, as the library asks), and the multi-line reader.
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionAnchors } from '../../src/comments/anchors.js';
import {
  dispositionPromptConfig, itemPromptConfig, readLines, sectionPromptConfig, typePromptConfig, WHOLE_SECTION,
} from '../../src/cli/prompts.js';
import { openGuideline } from '../../src/model/guideline.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { ExitSignal } from '../../src/core/errors.js';

afterEach(cleanupGuidelines);

async function anchors() {
  const root = await writeGuideline(baseGuideline());
  return sectionAnchors((await openGuideline(root).typed()).guideline);
}

describe('prompt choices', () => {
  it('offers the sections by number and title, in manifest order, and answers with the id', async () => {
    const { answer, events, getScreen } = await render(select, sectionPromptConfig(await anchors()));
    const screen = getScreen();
    expect(screen).toContain('? Which section is your comment about?');
    expect(screen).toMatch(/❯ 1\. Pendahuluan\n {2}2\. Pengertian\n {2}3\. Peran\n {2}4\. Mekanisme\n {2}5\. Indikator/);
    expect(screen).toContain('id: pendahuluan · 1 item(s)');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('id: peran · 2 item(s)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('peran');
  });

  it('offers the whole section first, then the items by their names', async () => {
    const peran = (await anchors()).find((s) => s.id === 'peran')!;
    const first = await render(select, itemPromptConfig(peran));
    expect(first.getScreen()).toMatch(/❯ \(the whole section\)\n {2}Duta Kerja Sama Kantor Pusat\n {2}Duta Kerja Sama UPT/);
    first.events.keypress('enter');
    await expect(first.answer).resolves.toBe(WHOLE_SECTION);

    const second = await render(select, itemPromptConfig(peran));
    second.events.keypress('down');
    second.events.keypress('down');
    expect(second.getScreen()).toContain('duta-upt');
    second.events.keypress('enter');
    await expect(second.answer).resolves.toBe('duta-upt');
  });

  it('explains each type and disposition, and stores dispositions as slugs', async () => {
    const types = await render(select, typePromptConfig());
    expect(types.getScreen()).toMatch(/general\n {2}substance\n {2}wording\n {2}question/);
    expect(types.getScreen()).toContain('general remark on the section');
    types.events.keypress('up');
    types.events.keypress('enter');
    await expect(types.answer).resolves.toBe('umum');

    const dispositions = await render(select, dispositionPromptConfig());
    expect(dispositions.getScreen()).toMatch(/diterima\n {2}diterima sebagian\n {2}tidak diterima\n {2}ditunda\n {2}dicatat/);
    dispositions.events.keypress('down');
    dispositions.events.keypress('down');
    expect(dispositions.getScreen()).toContain('not accepted: the response says why');
    dispositions.events.keypress('enter');
    await expect(dispositions.answer).resolves.toBe('tidak-diterima');
    expect(dispositions.getScreen()).not.toContain('dijawab');

    // A question is answered: dijawab comes first.
    const forQuestion = await render(select, dispositionPromptConfig('pertanyaan'));
    expect(forQuestion.getScreen()).toMatch(/dijawab\n {2}diterima\n/);
    expect(forQuestion.getScreen()).toContain('answered: the response answers the question');
    forQuestion.events.keypress('enter');
    await expect(forQuestion.answer).resolves.toBe('dijawab');
  });
});

function streams(tty = false) {
  const input = Object.assign(new PassThrough(), { isTTY: tty });
  const output = Object.assign(new PassThrough(), { isTTY: tty });
  const shown: string[] = [];
  output.on('data', (c: Buffer) => shown.push(c.toString()));
  return { input, output, shown: () => shown.join('') };
}

describe('multi-line text without an editor', () => {
  it('keeps a pasted block whole, blank lines and indentation included, until an empty line', async () => {
    const io = streams();
    const text = readLines(io, 'Your comment', true);
    io.input.write('Satu: "dua" # tiga\n\n  empat 🎉 <script>\n');
    io.input.write('\n');
    await expect(text).resolves.toBe('Satu: "dua" # tiga\n\n  empat 🎉 <script>');
    expect(io.shown()).toContain('? Your comment\n');
  });

  it('finishes on end of input (Ctrl-D) too', async () => {
    const io = streams();
    const text = readLines(io, 'Your comment', true);
    io.input.end('baris terakhir tanpa baris kosong\n');
    await expect(text).resolves.toBe('baris terakhir tanpa baris kosong');
  });

  it('skips an optional text on an empty first line, and insists on a required one', async () => {
    const optional = streams();
    const skipped = readLines(optional, 'Proposed wording', false);
    optional.input.write('\n');
    await expect(skipped).resolves.toBe('');

    const required = streams();
    const text = readLines(required, 'Your comment', true);
    required.input.write('\n');
    required.input.write('isi\n');
    required.input.write('\n');
    await expect(text).resolves.toBe('isi');
    expect(required.shown()).toContain('Please write something (Ctrl-C cancels).');
  });

  it('turns Ctrl-C in a terminal into a quiet exit 130', async () => {
    const io = streams(true);
    const text = readLines(io, 'Your comment', true);
    io.input.write('setengah');
    io.input.write('\u0003');
    await expect(text).rejects.toEqual(new ExitSignal(130));
  });
});
