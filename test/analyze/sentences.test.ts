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
