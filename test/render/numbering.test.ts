import { describe, expect, it } from 'vitest';
import { letter, number, roman } from '../../src/render/numbering.js';

describe('numbering', () => {
  it('writes Roman numerals for chapters', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 14, 40, 99].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VIII', 'IX', 'XIV', 'XL', 'XCIX']);
    expect(() => roman(0)).toThrow(RangeError);
  });

  it('counts letters past z as spreadsheets do', () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(letter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  it('formats each level the Indonesian way', () => {
    expect(number.upper(3)).toBe('C.');
    expect(number.arabic(12)).toBe('12.');
    expect(number.lower(2)).toBe('b.');
    expect(number.arabicParen(4)).toBe('4)');
    expect(number.lowerParen(1)).toBe('a)');
  });
});
