import { describe, expect, it } from 'vitest';
import { damerauDistance, editDistance } from '../../src/util/closest.js';

describe('damerauDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one each', () => {
    expect(damerauDistance('pemasyarakatan', 'pemasyarakatan')).toBe(0);
    expect(damerauDistance('pemasyarakatan', 'pemasyarakatn')).toBe(1); // deletion
    expect(damerauDistance('pemasyarakatan', 'pemasyarrakatan')).toBe(1); // insertion
    expect(damerauDistance('pemasyarakatan', 'pemasyarakaten')).toBe(1); // substitution
    expect(damerauDistance('pemasyarakatan', 'pemasyaraktaan')).toBe(1); // swap
    expect(damerauDistance('ab', 'ba')).toBe(1);
    expect(damerauDistance('ca', 'abc')).toBe(3); // restricted: no edit of a swapped pair
    expect(damerauDistance('', 'abc')).toBe(3);
    expect(damerauDistance('abc', '')).toBe(3);
  });

  it('agrees with the Levenshtein distance where no swap helps', () => {
    const words = ['kerja', 'kerjasama', 'sahabat', 'sahabat pemasyarakatan', 'duta kerja sama', 'binaan', 'warga'];
    for (const a of words) for (const b of words) expect(damerauDistance(a, b)).toBe(editDistance(a, b));
  });

  it('stops at max, returning max + 1 for anything farther', () => {
    expect(damerauDistance('pemasyarakatan', 'kemasyarakatan', 1)).toBe(1);
    expect(damerauDistance('tahanan', 'narapidana', 2)).toBe(3);
    expect(damerauDistance('abcdef', 'ab', 2)).toBe(3);
    expect(damerauDistance('abcdef', 'badcfe', 2)).toBe(3);
    expect(damerauDistance('abcdef', 'badcfe', 3)).toBe(3);
    expect(damerauDistance('abcdef', 'badcfe')).toBe(3);
    for (const [a, b] of [['kitten', 'sitting'], ['flaw', 'lawn'], ['lembaga', 'lembaran']] as const) {
      const full = damerauDistance(a, b);
      for (let max = 0; max <= 4; max++) expect(damerauDistance(a, b, max)).toBe(full <= max ? full : max + 1);
    }
  });
});
