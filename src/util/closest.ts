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
