import { describe, expect, it } from 'vitest';
import { keepHyphenatedWords } from '../../src/render/pdf-words.js';

describe('keepHyphenatedWords', () => {
  it('makes hyphenated words and dan/atau unbreakable runs, keeping the text', () => {
    const content = [
      'Undang-Undang tentang Pemasyarakatan',
      { text: 'lembaga-lembaga dan/atau perorangan', bold: true },
      { text: ['kata biasa ', { text: 'bersama-sama', italics: true }] },
      { stack: ['tanpa tanda hubung'] },
      { table: { body: [['perundang-undangan']] } },
    ];
    const out = keepHyphenatedWords(structuredClone(content)) as unknown[];
    expect(out[0]).toEqual({ text: [{ text: 'Undang-Undang ', noWrap: true }, 'tentang Pemasyarakatan'] });
    expect(out[1]).toEqual({
      text: [{ text: 'lembaga-lembaga ', noWrap: true }, { text: 'dan/atau ', noWrap: true }, 'perorangan'],
      bold: true,
    });
    expect(out[2]).toEqual({ text: ['kata biasa ', { text: [{ text: 'bersama-sama', noWrap: true }], italics: true }] });
    expect(out[3]).toEqual({ stack: ['tanpa tanda hubung'] });
    expect(out[4]).toEqual({ table: { body: [[{ text: [{ text: 'perundang-undangan', noWrap: true }] }]] } });
  });

  it('leaves dashes between spaces and numbers alone', () => {
    expect(keepHyphenatedWords('2026 - 2027 dan 5-10 orang')).toBe('2026 - 2027 dan 5-10 orang');
  });
});
