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

  it('leaves passages in double quotation marks as written (a law quoted word for word), and checks the rest', async () => {
    const result = await check(variant((f) => {
      f['sections/peran.yaml'].items[1].duties.push('mengutip “peran serta masyarakat” dan "peran serta masyarakat" sebagaimana tertulis, lalu peran serta masyarakat di luar kutipan');
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.column).toBe(result.columnOf('sections/peran.yaml', 'peran serta masyarakat di luar kutipan'));
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

  describe('near misses beyond letter case', () => {
    /** The fixture with more terms and one narrative text. */
    const withText = (text: string, mutate?: (f: Record<string, any>) => void) => variant((f) => {
      f['sections/pengertian.yaml'].items.push(
        { id: 'duta-kerja-sama', term: 'Duta Kerja Sama', definition: 'petugas penghubung kerja sama.' },
        { id: 'warga-binaan', term: 'Warga Binaan', definition: 'narapidana, anak binaan, dan klien.' },
        { id: 'sahabat-pemasyarakatan', term: 'Sahabat Pemasyarakatan', definition: 'relawan.' },
        { id: 'lembaga-pemasyarakatan', term: 'Lembaga Pemasyarakatan', abbreviation: 'Lapas', definition: 'tempat pembinaan narapidana.' },
        { id: 'tahanan', term: 'Tahanan', definition: 'tersangka atau terdakwa yang ditahan.' },
        { id: 'pembimbing-kemasyarakatan', term: 'Pembimbing Kemasyarakatan', definition: 'petugas pembimbingan.' },
      );
      f[NARRATIVE].items[0].text = text;
      mutate?.(f);
    });
    const messages = async (text: string, mutate?: (f: Record<string, any>) => void) =>
      (await check(withText(text, mutate))).of(RULE).map((x) => x.message);

    it('reports compounds joined, split or hyphenated otherwise than defined, with the term to use', async () => {
      expect(await messages('Setiap Duta Kerjasama dan DutaKerja Sama membina warga-binaan serta Warga-Binaan.')).toEqual([
        '"Duta Kerjasama" should be written "Duta Kerja Sama" (defined term, see pengertian)',
        '"DutaKerja Sama" should be written "Duta Kerja Sama" (defined term, see pengertian)',
        '"warga-binaan" should be written "Warga Binaan" (defined term, see pengertian)',
        '"Warga-Binaan" should be written "Warga Binaan" (defined term, see pengertian)',
      ]);
    });

    it('reports typos within the edit distance, at their place', async () => {
      const result = await check(withText('Para Sahabat Pemasyarakatn hadir; Lembaga Pemasyarkaatan dan\nLapas menerima Tahnaan.'));
      const found = result.of(RULE);
      expect(found.map((x) => x.message)).toEqual([
        '"Sahabat Pemasyarakatn" looks like a misspelling of the defined term "Sahabat Pemasyarakatan" (see pengertian); write "Sahabat Pemasyarakatan"',
        '"Lembaga Pemasyarkaatan" looks like a misspelling of the defined term "Lembaga Pemasyarakatan" (see pengertian); write "Lembaga Pemasyarakatan"',
        '"Tahnaan" looks like a misspelling of the defined term "Tahanan" (see pengertian); write "Tahanan"',
      ]);
      expect(found[0]).toMatchObject({ severity: 'warning', path: 'items[0].text' });
      expect(found[0]!.column).toBe(result.columnOf(NARRATIVE, 'Sahabat Pemasyarakatn'));
    });

    it('leaves legitimately different words, reduplicated plurals, headings and code alone', async () => {
      expect(await messages([
        'Lembaga kemasyarakatan dan Pembimbing Kemasyarakatan bekerja sama.', // a word of another term
        'Tahapan pertama, tahapan kedua, dan tahapan ketiga; laporan tahunan.', // real words, near "Tahanan"
        'Sahabat-sahabat Pemasyarakatan dan Duta Kerja Sama hadir.', // a plural; the term as defined
        'DUTA KERJASAMA di judul; `warga-binaan` sebagai kode.', // a heading, inline code
        'Lapas, Lapaz dan Lapa tidak diperiksa menurut jarak.', // short terms: compounds only
      ].join('\n'))).toEqual([]);
    });

    it('follows its options, and reports bad ones', async () => {
      const typos = 'Para Sahabat Pemasyarakatn hadir bersama Sahabat Pemasyarkatn, dan Duta Kerjasama.';
      expect(await messages(typos)).toHaveLength(3);
      expect(await messages(typos, (f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { max_distance: 1 } } }; })).toHaveLength(2);
      expect(await messages(typos, (f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { max_distance: 0 } } }; })).toEqual([
        '"Duta Kerjasama" should be written "Duta Kerja Sama" (defined term, see pengertian)',
      ]);
      expect(await messages(typos, (f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { long_length: 30 } } }; })).toHaveLength(2);
      expect(await messages('Tahnaan.', (f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { min_length: 8 } } }; })).toEqual([]);
      const bad = await check(withText(typos, (f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { max_distance: 5, distance: 1 } } }; }));
      expect(bad.of('ruleset').map((x) => x.path)).toEqual([`rules.${RULE}.options.max_distance`, `rules.${RULE}.options.distance`]);
    });

    it('says it in Indonesian too', async () => {
      setLanguage('id');
      try {
        expect(await messages('Para Sahabat Pemasyarakatn hadir.')).toEqual([
          '"Sahabat Pemasyarakatn" tampaknya salah ketik dari istilah yang didefinisikan "Sahabat Pemasyarakatan" (lihat pengertian); tulis "Sahabat Pemasyarakatan"',
        ]);
      } finally {
        setLanguage('en');
      }
    });
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
