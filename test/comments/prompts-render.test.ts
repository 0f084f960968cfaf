// Each prompt on its own: the choices pedoman offers, rendered with @inquirer/testing's
// render() (kept apart from the screen tests, as the library asks), and the multi-line reader.
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionAnchors } from '../../src/comments/anchors.js';
import {
  dispositionPromptConfig, itemPromptConfig, joinQuote, quoteNotFoundConfig, readLines, sectionPromptConfig, typePromptConfig, WHOLE_SECTION,
} from '../../src/cli/prompts.js';
import { closestPassages, containsQuote } from '../../src/comments/quotes.js';
import { setLanguage } from '../../src/i18n/index.js';
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
    io.input.write('satu\r');
    io.input.write('setengah');
    io.input.write('\u0003');
    const error = await text.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExitSignal);
    // What was typed goes with it, for the draft `comment add` keeps.
    expect(error).toMatchObject({ exitCode: 130, partial: { text: 'satu\nsetengah', open: true } });
  });

  it('shows the lines of a draft and goes on from them', async () => {
    const io = streams();
    const text = readLines(io, 'Your comment', true, false, 'paragraphs', { text: 'satu\ndua', open: false });
    io.input.write('tiga\n');
    io.input.write('\n');
    await expect(text).resolves.toBe('satu\ndua\ntiga');
    expect(io.shown()).toContain('(from your draft; go on typing)\n  … satu\n  … dua\n');
  });

  it('keeps the lines of a marked (bracketed) paste together, a blank one too, in a terminal', async () => {
    const io = streams(true);
    const text = readLines(io, 'Your comment', true);
    io.input.write('\u001b[200~satu\r\rdua\r\u001b[201~');
    await new Promise((r) => setTimeout(r, 100)); // longer than a paste gap: only the marks keep it whole
    io.input.write('\r');
    await expect(text).resolves.toBe('satu\n\ndua');
    expect(io.shown()).toContain('\u001b[?2004h');
    expect(io.shown()).toContain('\u001b[?2004l');
  });
});

describe('the quote prompt (one line, or a pasted passage)', () => {
  it('finishes on Enter', async () => {
    const io = streams();
    const text = readLines(io, 'Quote', false, false, 'line');
    io.input.write('program di UPT\n');
    await expect(text).resolves.toBe('program di UPT');
  });

  it('keeps lines pasted at once, and waits for Enter after a pasted last line', async () => {
    const io = streams();
    const text = readLines(io, 'Quote', false, false, 'line');
    io.input.write('paling sedikit 1 (satu)\ndan paling banyak');
    await new Promise((r) => setTimeout(r, 100));
    io.input.write(' 3 (tiga)\n');
    const value = await text;
    expect(value).toBe('paling sedikit 1 (satu)\ndan paling banyak 3 (tiga)');
    expect(joinQuote(value)).toBe('paling sedikit 1 (satu) dan paling banyak 3 (tiga)');
  });

  it('keeps a marked paste whole even when its lines come slowly, and finishes when it ends with a line break', async () => {
    const io = streams(true);
    const text = readLines(io, 'Quote', false, false, 'line');
    io.input.write('\u001b[200~baris satu\r');
    await new Promise((r) => setTimeout(r, 100));
    io.input.write('baris dua\r\u001b[201~');
    await expect(text).resolves.toBe('baris satu\nbaris dua');
  });

  it('is skipped by Enter alone', async () => {
    const io = streams();
    const text = readLines(io, 'Quote', false, false, 'line');
    io.input.write('\n');
    await expect(text).resolves.toBe('');
  });
});

describe('the quote check', () => {
  const item = {
    id: 'duta-upt',
    name: 'Duta Kerja Sama UPT',
    description: 'Setiap UPT menunjuk paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang\nDuta Kerja Sama. Pada Bapas, paling sedikit 1 (satu) orang\nberasal dari Pembimbing Kemasyarakatan.',
    duties: ['Melaksanakan program di UPT.', 'Melaporkan hasil program setiap semester.'],
  };

  it('finds a quote regardless of line breaks, spacing and capitals, also across two entries', () => {
    expect(containsQuote(item, 'dan paling  banyak 3 (tiga) orang duta kerja sama')).toBe(true);
    expect(containsQuote(item, 'PADA BAPAS')).toBe(true);
    expect(containsQuote(item, 'program di UPT. Melaporkan hasil')).toBe(true);
    expect(containsQuote(item, 'paling banyak 3 orang')).toBe(false);
  });

  it('offers the closest sentences or runs of words, best first, not two that overlap, and not the id', () => {
    expect(closestPassages(item, 'paling banyak 3 orang Duta Kerja Sama')[0]).toBe('paling banyak 3 (tiga) orang Duta Kerja Sama.');
    expect(closestPassages(item, 'Pada Bapas paling sedikit satu orang berasal dari Pembimbing')[0]).toBe('Pada Bapas, paling sedikit 1 (satu) orang berasal dari Pembimbing');
    expect(closestPassages(item, 'melaporkan hasil program tiap semester', 3)).toContain('Melaporkan hasil program setiap semester.');
    const offered = closestPassages(item, 'paling sedikit 1 (satu) dan paling banyak 3 orang', 3);
    expect(offered.length).toBeLessThanOrEqual(3);
    expect(new Set(offered).size).toBe(offered.length);
    expect(closestPassages(item, 'duta-upt')).not.toContain('duta-upt');
    expect(closestPassages(item, 'zzzz qqqq xxxx')).toEqual([]);
  });

  it('offers the passages, keep and type again, in both languages', async () => {
    const en = await render(select, quoteNotFoundConfig(['paling banyak 3 (tiga) orang'], 'peran › Duta Kerja Sama UPT'));
    expect(en.getScreen()).toMatch(/❯ “paling banyak 3 \(tiga\) orang”\n {2}Keep my quote as typed\n {2}Type the quote again/);
    expect(en.getScreen()).toContain('a passage of peran › Duta Kerja Sama UPT');
    en.events.keypress('enter');
    await expect(en.answer).resolves.toBe('paling banyak 3 (tiga) orang');
    setLanguage('id');
    try {
      const id = await render(select, quoteNotFoundConfig([], 'Peran'));
      expect(id.getScreen()).toContain('? Kutipan mana yang Anda maksud?');
      expect(id.getScreen()).toMatch(/❯ Pakai kutipan saya apa adanya\n {2}Ketik ulang kutipan/);
      expect(id.getScreen()).toContain('komentar akan ditandai [kutipan tidak ditemukan]');
      id.events.keypress('enter');
      await id.answer;
    } finally {
      setLanguage('en');
    }
  });
});
