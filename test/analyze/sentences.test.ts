import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../src/analyze/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at . ! ? before a capital, with positions into the text', () => {
    const text = 'Kepala UPT menetapkan Duta. Duta melapor setiap triwulan! Apakah cukup? Ya.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Kepala UPT menetapkan Duta.', 'Duta melapor setiap triwulan!', 'Apakah cukup?', 'Ya.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.words)).toEqual([4, 4, 2, 1]);
  });

  it('does not break on the abbreviations and numbering of legal Indonesian', () => {
    expect(texts('Sesuai UU No. 22 Tahun 2022 tentang Pemasyarakatan, Duta ditunjuk. Lalu ia bekerja.')).toEqual([
      'Sesuai UU No. 22 Tahun 2022 tentang Pemasyarakatan, Duta ditunjuk.',
      'Lalu ia bekerja.',
    ]);
    expect(texts('Bentuk sebagaimana dimaksud pada huruf a. dan huruf b. dilaksanakan oleh UPT. Kanwil membina.')).toEqual([
      'Bentuk sebagaimana dimaksud pada huruf a. dan huruf b. dilaksanakan oleh UPT.',
      'Kanwil membina.',
    ]);
    expect(texts('Sarana meliputi buku, alat olahraga, dsb. yang diserahkan dengan BAST.')).toHaveLength(1);
    expect(texts('Keputusan Nomor M.HH-01.PK.04 Tahun 2020 berlaku. Selesai.')).toHaveLength(2);
    expect(texts('Ditandatangani oleh Dr. Ahmad dan Prof. Siti, a.n. Direktur Jenderal.')).toHaveLength(1);
    expect(texts('Lihat hlm. 12 dan Pasal 92 ayat (1) huruf c. Itu cukup.')).toEqual(['Lihat hlm. 12 dan Pasal 92 ayat (1) huruf c.', 'Itu cukup.']);
  });

  it('ends a sentence after a closing abbreviation before a capital', () => {
    expect(texts('Bantuan berupa buku, alat, dsb. Kepala UPT mencatatnya.')).toEqual(['Bantuan berupa buku, alat, dsb.', 'Kepala UPT mencatatnya.']);
  });

  it('treats numbered and bulleted list items and paragraphs as sentences of their own, and keeps a list number with its item', () => {
    expect(texts('Langkah:\n1. Kepala UPT menerima usul.\n2. Duta menilai usul\n- catatan\n\nParagraf baru')).toEqual([
      'Langkah:',
      '1. Kepala UPT menerima usul.',
      '2. Duta menilai usul',
      '- catatan',
      'Paragraf baru',
    ]);
    expect(texts('1. Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan.')).toHaveLength(1);
  });

  it('treats each row of a Markdown pipe table as a sentence of its own', () => {
    const text = 'Matriks berikut:\n\n| No. | Mekanisme | DU |\n|---|---|---|\n| 1 | Usul program | R |\n| 2 | Penelitian | A |\nSetelah tabel.';
    expect(texts(text)).toEqual(['Matriks berikut:', '| No. | Mekanisme | DU |', '|---|---|---|', '| 1 | Usul program | R |', '| 2 | Penelitian | A |', 'Setelah tabel.']);
  });

  it('keeps decimals, ; and : inside a sentence, and closing quotes with it', () => {
    expect(texts('Target 1.5 persen; baseline 0,8: naik. "Baik." Lalu.')).toEqual(['Target 1.5 persen; baseline 0,8: naik.', '"Baik."', 'Lalu.']);
  });

  it('counts words: hyphenated reduplication and numbers are one word each', () => {
    expect(countWords('Warga Binaan dan anak-anak, 12 orang (UU No. 22).')).toBe(9);
  });
});

describe('splitSentences on generated text (the word before a dot found by walking back)', () => {
  // The splitter as it was, with the pattern tried on the text before each dot: the reference.
  const ABBREVIATIONS = new Set(['no', 'nomor', 'nmr', 'hlm', 'hal', 'psl', 'ps', 'jo', 'lamp', 'tgl', 'thn', 'mis', 'misal', 'cth', 'yth', 'sdr', 'sdri', 'bpk', 'a.n', 'u.p', 'u.b', 's.d', 'd.a', 'dr', 'drs', 'dra', 'ir', 'prof', 'hj', 'kh', 'kab', 'kec', 'kel', 'prov', 'jl', 'pol', 'vol', 'ed', 'cet', 'e.g', 'i.e', 'vs', 'cf', 'ca']);
  const CLOSING = new Set(['dsb', 'dll', 'dst', 'dkk', 'sbb', 'tsb', 'etc']);
  const referenceEnds = (text: string, at: number): boolean => {
    const before = text.slice(0, at);
    const token = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u.exec(before)?.[1];
    if (token === undefined) return true;
    const lower = token.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return false;
    if (CLOSING.has(lower)) return true;
    if (/^(?:\d+|[a-z])$/i.test(token) && /(?:^|\n)\s*$/.test(before.slice(0, before.length - token.length))) return false;
    if (/^\p{Lu}$/u.test(token)) return false;
    return true;
  };
  // Where the splitter's sentences end.
  const dotEnds = (text: string) => splitSentences(text).map((s) => s.end);
  const pieces = ['No', 'no', 'a.n', 'A', 'H', 'dsb', 'Dsb', '1', '12', '1.2', 'a', 'b', 'x.y.z', 'Kanwil', 'UPT', 'é', '𝐀', '𝐀b', 'ab𝐀', '.', '..', ' ', '  ', '\n', '\n  ', '"', ')', 'Ä', 'ß', '\u00a0', '-', 'ok'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  it('ends the same sentences as the pattern did, on 3,000 random texts', () => {
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)]!;
      expect(dotEnds(text), JSON.stringify(text)).toEqual(splitWith(text, referenceEnds));
    }
  });

  /** splitSentences with another dot rule: the same loop, to compare sentence ends. */
  function splitWith(text: string, ends: (text: string, at: number) => boolean): number[] {
    const out: number[] = [];
    let start = 0;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body !== '') out.push(start + lead + body.length);
      start = end;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\n') {
        const rest = text.slice(i + 1);
        const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
        if (/^\s*\n/.test(rest) || /^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s/.test(rest) || /^\s*\|/.test(rest) || /^\s*\|/.test(line)) push(i + 1);
        continue;
      }
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let end = i + 1;
      while (end < text.length && /["'”’)\]]/.test(text[end]!)) end++;
      const next = text[end];
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ch === '.' && !ends(text, i)) continue;
      const after = text.slice(end).trimStart();
      if (after !== '' && /^[\p{Ll}\p{N}]/u.test(after)) continue;
      push(end);
      i = end - 1;
    }
    push(text.length);
    return out;
  }
});
