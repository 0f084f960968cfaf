import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'term-spelling';
const NARRATIVE = 'sections/pendahuluan.yaml';

/** The narrative section written by hand, so that lines and columns are known. */
const BLOCK = [
  'kind: narrative', // 1
  'id: pendahuluan', // 2
  'title: Pendahuluan', // 3
  'items:', // 4
  '  - id: latar-belakang', // 5
  '    title: Latar Belakang', // 6
  '    text: |', // 7
  '      Peran Serta Masyarakat diatur dalam Pasal 92.', // 8
  '      Dalam praktik, peran serta', // 9  "peran" starts at column 22
  '        masyarakat sering ditulis tanpa huruf kapital.', // 10 "masyarakat" ends at column 18
  '      PERAN SERTA MASYARAKAT ditulis kapital di judul.', // 11 all upper case: a heading, fine
  '      Kode `peran serta masyarakat` tidak diperiksa.', // 12 inline code, fine
  '      Istilah pemasyarakatan juga ditulis keliru, pemasyarakatannya tidak.', // 13 "pemasyarakatan" at column 15
  '',
].join('\n');

describe(RULE, () => {
  it('passes when terms are written as defined', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports each variant at its exact line and column inside a block scalar', async () => {
    const result = await check(variant((f) => {
      f[NARRATIVE] = BLOCK;
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      ruleId: RULE,
      severity: 'warning',
      line: 9,
      column: 22,
      endLine: 10,
      endColumn: 19,
      path: 'items[0].text',
      message: '"peran serta masyarakat" should be written "Peran Serta Masyarakat" (defined term, see pengertian)',
    });
    expect(found[0]!.file.endsWith('pendahuluan.yaml')).toBe(true);
    expect(found[1]).toMatchObject({
      line: 13,
      column: 15,
      endLine: 13,
      endColumn: 29,
      message: '"pemasyarakatan" should be written "Pemasyarakatan" (defined term, see pengertian)',
    });
  });

  it('maps positions in folded and plain multi-line scalars too', async () => {
    const folded = BLOCK.replace('    text: |', '    text: >-');
    const result = await check(variant((f) => {
      f[NARRATIVE] = folded;
    }));
    expect(result.of(RULE).map((x) => [x.line, x.column])).toEqual([[9, 22], [13, 15]]);

    const plain = [
      'kind: narrative',
      'id: pendahuluan',
      'title: Pendahuluan',
      'items:',
      '  - id: latar-belakang',
      '    title: Latar Belakang',
      '    text: Dalam praktik',
      '      peran serta masyarakat diatur.', // 8, column 7
      '',
    ].join('\n');
    const second = await check(variant((f) => {
      f[NARRATIVE] = plain;
    }));
    expect(second.of(RULE).map((x) => [x.line, x.column])).toEqual([[8, 7]]);
  });

  it('falls back to the start of the scalar when it has escapes', async () => {
    const quoted = [
      'kind: narrative',
      'id: pendahuluan',
      'title: Pendahuluan',
      'items:',
      '  - id: latar-belakang',
      '    title: Latar Belakang',
      '    text: "Satu\\tdua peran serta masyarakat"', // 7; the scalar starts at column 11
      '',
    ].join('\n');
    const result = await check(variant((f) => {
      f[NARRATIVE] = quoted;
    }));
    expect(result.of(RULE).map((x) => [x.line, x.column])).toEqual([[7, 11]]);
  });

  it('reports variants in list items (duties) at the word', async () => {
    const result = await check(variant((f) => {
      f['sections/peran.yaml'].items[1].duties.push('menggerakkan peran serta masyarakat di UPT');
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.file.endsWith('peran.yaml')).toBe(true);
    expect(found[0]!.path).toBe('items[1].duties[1]');
    expect(found[0]!.line).toBe(result.lineOf('sections/peran.yaml', 'peran serta masyarakat di UPT'));
    expect(found[0]!.column).toBe(result.columnOf('sections/peran.yaml', 'peran serta masyarakat di UPT'));
  });

  it('checks abbreviations, non-verbatim definitions and open questions, but not verbatim definitions', async () => {
    const result = await check(variant((f) => {
      const terms = f['sections/pengertian.yaml'];
      terms.items[0].abbreviation = 'PSM';
      terms.items[1].definition = 'sistem yang melibatkan peran serta masyarakat (verbatim, tidak diperiksa).';
      terms.open_questions = ['Apakah psm perlu disingkat di seluruh naskah?'];
      f['sections/mekanisme.yaml'].items[0].description = 'Masyarakat mengajukan usul program melalui Psm.';
    }));
    const found = result.of(RULE);
    expect(found.map((x) => x.message)).toEqual([
      '"Psm" should be written "PSM" (defined term, see pengertian)',
      '"psm" should be written "PSM" (defined term, see pengertian)',
    ]);
    expect(found[0]!.file.endsWith('mekanisme.yaml')).toBe(true);
    expect(found[1]!.file.endsWith('pengertian.yaml')).toBe(true);
    expect(found[1]!.line).toBe(result.lineOf('sections/pengertian.yaml', 'Apakah psm'));
  });

  it('allows a lower-case term capitalised at the start of a sentence, not in mid-sentence', async () => {
    const result = await check(variant((f) => {
      f['sections/pengertian.yaml'].items.push({
        id: 'warga-binaan',
        term: 'warga binaan',
        definition: 'narapidana, anak binaan, dan klien.',
      });
      f['sections/pendahuluan.yaml'].items[0].text =
        'Warga binaan berhak atas layanan. Hak warga binaan dijamin. Pembinaan bagi Warga binaan berlanjut.';
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('"Warga binaan" should be written "warga binaan" (defined term, see pengertian)');
  });

  it('prefers the longest term and matches whole words only', async () => {
    const result = await check(variant((f) => {
      f['sections/pengertian.yaml'].items.push({ id: 'peran', term: 'Peran', definition: 'fungsi yang dijalankan.' });
      f['sections/pendahuluan.yaml'].items[0].text = 'Tentang peran serta masyarakat dan kepemasyarakatan serta pemasyarakatan_lama.';
    }));
    expect(result.of(RULE).map((x) => x.message)).toEqual([
      '"peran serta masyarakat" should be written "Peran Serta Masyarakat" (defined term, see pengertian)',
    ]);
  });

  it('follows the ruleset: off disables, a severity override applies', async () => {
    const off = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'off' };
      f[NARRATIVE] = BLOCK;
    }));
    expect(off.of(RULE)).toEqual([]);
    const error = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'error' };
      f[NARRATIVE] = BLOCK;
    }));
    expect(error.of(RULE).map((x) => x.severity)).toEqual(['error', 'error']);
  });

  it('scales: thousands of terms and texts in one pass', async () => {
    const terms = Array.from({ length: 2000 }, (_, i) => ({
      id: `istilah-${i}`,
      term: `Istilah Khusus Nomor ${i}`,
      definition: 'pengertian istilah.',
    }));
    const items = Array.from({ length: 2000 }, (_, i) => ({
      id: `butir-${i}`,
      title: `Butir ${i}`,
      text: `Butir ini menyebut Istilah Khusus Nomor ${i} dengan benar dan istilah khusus nomor ${(i * 7) % 2000} dengan keliru. `.repeat(3),
    }));
    const files = variant((f) => {
      f['sections/pengertian.yaml'].items.push(...terms);
      f['sections/pendahuluan.yaml'].items.push(...items);
    });
    const started = performance.now();
    const result = await check(files);
    const elapsed = performance.now() - started;
    expect(result.of(RULE)).toHaveLength(6000);
    expect(elapsed).toBeLessThan(15000);
  });
});
