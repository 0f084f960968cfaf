// A seeded pseudo-random generator for the benchmark's synthetic guidelines: the same seed
// gives the same sequence on every machine and Node version, so generated files are
// byte-identical from run to run and timings compare.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** k distinct entries of the list, in list order. */
  sample<T>(list: readonly T[], k: number): T[];
}

/** Mulberry32 over a 32-bit state: tiny, fast, and good enough for synthetic text. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    sample: <T>(list: readonly T[], k: number) => {
      const chosen = new Set<number>();
      const want = Math.min(k, list.length);
      while (chosen.size < want) chosen.add(Math.floor(next() * list.length));
      return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
    },
  };
}

/**
 * Ranks 0..size-1 drawn with Zipf's law (weight 1 / (rank + 1)^exponent), as word frequencies
 * in real prose fall: a few words everywhere, most words rare.
 */
export function zipf(random: Random, size: number, exponent = 1): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) {
    total += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = total;
  }
  return () => {
    const target = random.next() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
