import { describe, expect, it } from 'vitest';
import { foldStem, indonesianStopWords, isStopWord, PhraseMatcher, stem, TermMatcher, tokenize, wordKey } from '../../src/analyze/text.js';

const key = (w: string) => wordKey(w);

describe('Indonesian stemmer', () => {
  it('brings the affixed forms of one root to the same key', () => {
    const families = [
      ['menyusun', 'penyusunan', 'disusun', 'susun'],
      ['memantau', 'pemantauan', 'dipantau'],
      ['melaporkan', 'pelaporan', 'laporan', 'dilaporkan'],
      ['mengelola', 'pengelolaan', 'dikelola'],
      ['menyelenggarakan', 'penyelenggaraan', 'diselenggarakan'],
      ['mencatat', 'pencatatan', 'dicatat', 'tercatat'],
      ['menilai', 'penilaian', 'dinilai', 'nilai'],
      ['mengoordinasikan', 'berkoordinasi', 'koordinasi'],
      ['membimbing', 'pembimbingan', 'bimbingan'],
      ['melaksanakan', 'pelaksanaan', 'dilaksanakan', 'terlaksana'],
      ['memiliki', 'dimiliki'],
      ['mengambil', 'diambil'],
      ['kemitraan', 'bermitra', 'mitra'],
      ['menghimpun', 'himpunan'],
    ];
    for (const family of families) {
      const keys = new Set(family.map(key));
      expect(keys.size, family.join(' ')).toBe(1);
      expect([...keys][0], family.join(' ')).toBeTypeOf('string');
    }
  });

  it('keeps short roots and different roots apart', () => {
    expect(stem('kerja')).toBe('kerja');
    expect(stem('peran')).toBe('peran');
    expect(stem('berperan')).toBe('peran');
    expect(key('laporan')).not.toBe(key('lapangan'));
    expect(key('pembinaan')).not.toBe(key('pembimbingan'));
  });

  it('restores the nasal-assimilated first letter', () => {
    expect(stem('menyusun')).toBe('susun');
    expect(stem('memantau')).toBe('pantau');
    expect(stem('menulis')).toBe('tulis');
    expect(stem('mengelola')).not.toMatch(/^ng/);
    expect(foldStem('tulis')).toBe(foldStem('nulis'));
  });
});

describe('stop words', () => {
  it('come from the maintained list, with number words', () => {
    const list = indonesianStopWords();
    expect(list.size).toBeGreaterThan(700);
    for (const w of ['yang', 'dan', 'untuk', 'dengan', 'dalam', 'dua', 'lima']) expect(isStopWord(w), w).toBe(true);
    for (const w of ['laporan', 'kerja', 'mitra', 'penelitian']) expect(isStopWord(w), w).toBe(false);
  });

  it('drop a derived form whose root is a stop word', () => {
    expect(key('menyampaikan')).toBeUndefined();
    expect(key('penyampaian')).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('folds case, strips punctuation, numbers and stop words', () => {
    const tokens = tokenize('Menyusun **laporan** (2 tahun) dan RENCANA kerja, yang jelas!');
    expect(tokens.map((t) => t.surface)).toEqual(['Menyusun', 'laporan', 'RENCANA', 'kerja']);
    expect(tokens[2]!.key).toBe(key('rencana'));
  });

  it('keeps a defined term as one token, longest first, across line breaks', () => {
    const terms = new TermMatcher([
      { id: 'psm', spelling: 'Peran Serta Masyarakat' },
      { id: 'pas', spelling: 'Pemasyarakatan' },
      { id: 'pokmas', spelling: 'Pokmas Lipas' },
    ]);
    const tokens = tokenize('peran serta\n masyarakat dalam Pemasyarakatan bersama POKMAS LIPAS', terms);
    expect(tokens.map((t) => t.key)).toEqual(['§psm', '§pas', '§pokmas']);
    expect(tokens[0]!.surface).toBe('peran serta masyarakat');
  });

  it('counts a reduplication once', () => {
    expect(tokenize('anak-anak').map((t) => t.key)).toHaveLength(1);
  });
});

describe('PhraseMatcher', () => {
  it('finds whole phrases only, separated by spaces only', () => {
    const m = new PhraseMatcher<string>();
    m.add('partisipasi masyarakat', 'x');
    expect(m.find('Partisipasi  Masyarakat adalah').map((f) => f.text)).toEqual(['Partisipasi  Masyarakat']);
    expect(m.find('partisipasimasyarakat')).toEqual([]);
    expect(m.find('partisipasi, masyarakat')).toEqual([]);
  });
});
