/** The closest candidate by edit distance, for "did you mean" hints; undefined when none is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestN(word, candidates, 1)[0];
}

/** Up to n candidates close to word, nearest first. */
export function closestN(word: string, candidates: readonly string[], n: number): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: editDistance(word.toLowerCase(), candidate.toLowerCase()) }))
    .filter((c) => c.d <= limit || c.candidate.toLowerCase().startsWith(word.toLowerCase()))
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, n)
    .map((c) => c.candidate);
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The optimal-string-alignment (restricted Damerau-Levenshtein) distance of two strings:
 * insertions, deletions, substitutions and swaps of two neighbouring characters each count one.
 * Computed per UTF-16 unit, within `max`: any distance above it is returned as `max + 1`, which
 * keeps the work to a band of the table (a typo search compares many pairs that are far apart).
 */
export function damerauDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.min(Math.max(n, m), max + 1);
  const big = max + 1;
  let before = new Array<number>(m + 1).fill(big); // row i - 2
  let previous = Array.from({ length: m + 1 }, (_, j) => (j <= max ? j : big)); // row i - 1
  let current = new Array<number>(m + 1).fill(big);
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - (Number.isFinite(max) ? max : n + m));
    const to = Math.min(m, i + (Number.isFinite(max) ? max : n + m));
    current.fill(big);
    current[0] = i <= max ? i : big;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = Math.min(d, big);
      if (current[j]! < best) best = current[j]!;
    }
    if (best > max) return big;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[m]!, big);
}
