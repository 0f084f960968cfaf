import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from '../rules/run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'sentence-length';
const FILE = 'sections/pendahuluan.yaml';
const words = (n: number, word = 'kata') => Array.from({ length: n }, () => word).join(' ');
const LONG = `Kalimat pendek di awal. Duta Kerja Sama ${words(43)} selesai.`;

describe(RULE, () => {
  it('reports nothing on short sentences', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports a sentence longer than 40 words as information, at its first word, with its start and length', async () => {
    const result = await check(variant((f) => { f[FILE].items[0].text = LONG; }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', path: 'items[0].text' });
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'Kalimat pendek'));
    expect(found[0]!.column).toBe(result.columnOf(FILE, 'Duta Kerja Sama kata'));
    expect(found[0]!.message).toBe('sentence of 47 words (more than 40): "Duta Kerja Sama kata kata kata kata kata …"; split it into shorter sentences for field staff');
  });

  it('takes max_words from the ruleset, and leaves definitions quoted verbatim alone', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: { options: { max_words: 50 } } };
      f[FILE].items[0].text = LONG;
    }));
    expect(result.of(RULE)).toEqual([]);
    const strict = await check(variant((f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { max_words: 8 } } }; }));
    // 'subsistem peradilan pidana ...' is quoted verbatim (12+ words); the other definition is 8 words.
    expect(strict.of(RULE)).toEqual([]);
  });

  it('reports a bad max_words at its place in the ruleset', async () => {
    for (const options of [{ max_words: 'empat puluh' }, { max_words: 2 }, { max_word: 30 }]) {
      const result = await check(variant((f) => { f['pedoman.yaml'].rules = { [RULE]: { options } }; }));
      const found = result.of('ruleset');
      expect(found, JSON.stringify(options)).toHaveLength(1);
      expect(found[0]!.path).toMatch(/^rules\.sentence-length\.options\.max_words?$/);
    }
  });

  it('says it in Indonesian too', async () => {
    setLanguage('id');
    try {
      const result = await check(variant((f) => { f[FILE].items[0].text = LONG; }));
      expect(result.of(RULE)[0]!.message).toBe('kalimat 47 kata (lebih dari 40): "Duta Kerja Sama kata kata kata kata kata …"; pecah menjadi kalimat yang lebih pendek bagi petugas lapangan');
    } finally {
      setLanguage('en');
    }
  });
});
