// The help texts and the version the binary writes without building the command line
// (src/cli/quick.ts, from dist/help/help.<lang>.json written by src/cli/help-precompute.ts) are
// exactly what the program writes: every stored one against run() from the sources, and the
// binary against run() for a few, in both languages and at several widths. Run from the
// sources, quick.ts would look for the texts in src/, so the tests hand it those of dist/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpRequests } from '../../src/cli/help-precompute.js';
import { helpWidth, quickAnswer, type HelpTexts } from '../../src/cli/quick.js';
import { VERSION } from '../../src/core/package.js';
import { LANGUAGES, type Language } from '../../src/i18n/index.js';
import { REPO, runCli, spawnCli } from '../helpers/cli.js';

const stored = (lang: Language) => JSON.parse(readFileSync(`${REPO}dist/help/help.${lang}.json`, 'utf8')) as HelpTexts;
const W80 = { stdout: 80, stderr: 80 };

describe('the stored help texts', () => {
  it('hold every help request of the command table, built for this version', () => {
    for (const lang of LANGUAGES) {
      const texts = stored(lang);
      expect(texts.version).toBe(VERSION);
      expect(Object.keys(texts.entries).sort()).toEqual(helpRequests().map((words) => words.join(' ')).sort());
    }
  });

  it('are what the program writes (width 80: not a terminal)', async () => {
    for (const lang of LANGUAGES) {
      for (const key of Object.keys(stored(lang).entries)) {
        const words = key === '' ? [] : key.split(' ');
        const answer = quickAnswer(words, { PEDOMAN_LANG: lang }, W80, stored)!;
        const result = await runCli(words, { env: { PEDOMAN_LANG: lang } });
        expect({ key, lang, code: answer.code, stdout: answer.stream === 'stdout' ? answer.text : '', stderr: answer.stream === 'stderr' ? answer.text : '' })
          .toEqual({ key, lang, code: result.code, stdout: result.stdout, stderr: result.stderr });
      }
    }
  }, 60000);

  it('are the unwrapped text on a terminal wide enough, and left to the program on a narrower one', () => {
    const texts = stored('en');
    const [, , at80, wide, wideFrom] = texts.entries['--help']!;
    expect(at80).not.toBe(wide);
    expect(quickAnswer(['--help'], {}, { stdout: wideFrom, stderr: 80 }, stored)?.text).toBe(texts.texts[wide]);
    expect(quickAnswer(['--help'], {}, { stdout: wideFrom - 1, stderr: 80 }, stored)).toBeUndefined();
    expect(quickAnswer(['--help'], {}, { stdout: 100, stderr: 80 }, stored)).toBeUndefined();
    // `pedoman` alone writes its help on stderr: that stream's width counts.
    expect(quickAnswer([], {}, { stdout: 100, stderr: 80 }, stored)?.stream).toBe('stderr');
    expect(quickAnswer([], {}, { stdout: 80, stderr: 100 }, stored)).toBeUndefined();
    expect(helpWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(helpWidth({ columns: 132 })).toBe(80);
  });

  it('choose the language as the program does, and leave anything else to it', () => {
    const id = stored('id');
    expect(quickAnswer(['--lang', 'id', 'validate', '--help'], { PEDOMAN_LANG: 'en' }, W80, stored)?.text).toBe(id.texts[id.entries['validate --help']![2]]);
    expect(quickAnswer(['--lang=id', '-h'], {}, W80, stored)?.text).toBe(id.texts[id.entries['-h']![2]]);
    expect(quickAnswer(['help', 'status'], { LANG: 'id_ID.UTF-8' }, W80, stored)?.text).toBe(id.texts[id.entries['help status']![2]]);
    for (const words of [['--lang', 'fr', '--help'], ['--lang=', '--help'], ['--lang', 'id', '--lang', 'en', '--help'], ['--debug', '--help'], ['validate', '--help', 'x'], ['validate'], ['__complete', '--help'], ['--no-color', '--help']]) {
      expect(quickAnswer(words, {}, W80, stored), words.join(' ')).toBeUndefined();
    }
    // Texts built for another version are not used.
    expect(quickAnswer(['--version'], {}, W80, () => ({ ...stored('en'), version: '0.0.0-other' }))).toBeUndefined();
    expect(quickAnswer(['--version'], {}, W80, () => undefined)).toBeUndefined();
  });
});

describe('the binary', () => {
  it('writes the help and the version as the program does', async () => {
    const cases: { argv: string[]; env?: NodeJS.ProcessEnv }[] = [
      { argv: ['--help'] },
      { argv: [] },
      { argv: ['--version'] },
      { argv: ['--lang', 'id', 'comment', 'add', '--help'] },
      { argv: ['validate', '-h'], env: { PEDOMAN_LANG: 'id' } },
      { argv: ['help', 'finalise'], env: { LC_ALL: 'id_ID.UTF-8' } },
      { argv: ['section'] },
      // Not stored: the program answers.
      { argv: ['--no-color', 'rules', '--help'] },
      { argv: ['validate', '--frob'] },
    ];
    for (const c of cases) {
      expect({ argv: c.argv, ...spawnCli(c.argv, { env: c.env ?? {} }) }).toEqual({ argv: c.argv, ...(await runCli(c.argv, { env: c.env ?? {} })) });
    }
  }, 60000);
});
