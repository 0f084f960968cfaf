import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { isCommentId, matchPrefix, newCommentId, shortIds } from '../../src/model/ids.js';

describe('comment ids', () => {
  it('are lower-case ULIDs that sort by creation, even within one millisecond', () => {
    const ids = Array.from({ length: 200 }, () => newCommentId(1_780_000_000_000));
    for (const id of ids) {
      expect(isCommentId(id), id).toBe(true);
      expect(id).toBe(id.toLowerCase());
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(newCommentId(1_780_000_000_001) > ids[ids.length - 1]!).toBe(true);
  });

  it('are shown by their shortest unique prefix of at least 12 characters: the time and some of the random part', () => {
    const ids = ['01jz3k4m5n6p7q8r9s0t1v2w3x', '01jz3k4m5n6p7q8r9s0t1v2w3y', '01jz3k4maaaaaaaaaaaaaaaaaa', '01k00000000000000000000000'];
    const short = shortIds(ids);
    expect(short.get('01k00000000000000000000000')).toBe('01k000000000');
    expect(short.get('01jz3k4maaaaaaaaaaaaaaaaaa')).toBe('01jz3k4maaaa');
    expect(short.get('01jz3k4m5n6p7q8r9s0t1v2w3x')).toBe('01jz3k4m5n6p7q8r9s0t1v2w3x');
    const values = [...short.values()];
    expect(new Set(values).size).toBe(values.length);
    for (const [id, s] of short) expect(ids.filter((other) => other.startsWith(s))).toEqual([id]);
  });

  it('printed when made, stay unique when others comment in the same quarter second', () => {
    // Two reviewers in two clones, within 256 ms: 8 characters (the time alone) would collide.
    const time = 1_780_000_000_000;
    const mine = newCommentId(time);
    const shown = shortIds([mine]).get(mine)!;
    expect(shown).toHaveLength(12);
    // Ids made in other processes in that same millisecond: their random part is their own.
    let clashes = 0;
    for (let i = 0; i < 2000; i++) if (ulid(time).toLowerCase().startsWith(shown)) clashes++;
    expect(clashes).toBeLessThan(20); // 2000 / 1024 expected; the time part alone would give 2000
  });

  it('are found by a unique prefix, in any case, like git hashes', () => {
    const ids = ['01jz3k4m5n6p7q8r9s0t1v2w3x', '01jz3k4maaaaaaaaaaaaaaaaaa', '01k00000000000000000000000'];
    expect(matchPrefix('01K0', ids)).toEqual({ kind: 'found', id: '01k00000000000000000000000' });
    expect(matchPrefix('01jz3k4m5', ids)).toEqual({ kind: 'found', id: '01jz3k4m5n6p7q8r9s0t1v2w3x' });
    expect(matchPrefix('01jz', ids)).toEqual({ kind: 'ambiguous', ids: ['01jz3k4m5n6p7q8r9s0t1v2w3x', '01jz3k4maaaaaaaaaaaaaaaaaa'] });
    expect(matchPrefix('zz', ids)).toEqual({ kind: 'none' });
    expect(matchPrefix('', ids)).toEqual({ kind: 'none' });
  });
});
