// How alike two texts are: cosine of TF-IDF vectors over the keys of `text.ts`, with an
// inverted index so that only texts sharing a rare word are ever compared, and the shared
// key phrases a drafter reads to judge a match.
import { forEachToken, tokenize, type TermMatcher, type Token } from './text.js';

/** A text prepared for comparison. */
export interface Doc {
  text: string;
  /** Its tokens, made on first use (only the shared phrases of a matching pair need them). */
  readonly tokens: Token[];
  /** Term frequency by key. */
  counts: Map<string, number>;
}

export function makeDoc(text: string, terms?: TermMatcher): Doc {
  const counts = new Map<string, number>();
  forEachToken(text, terms, (key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  let tokens: Token[] | undefined;
  return {
    text,
    counts,
    get tokens() {
      return (tokens ??= tokenize(text, terms));
    },
  };
}

/**
 * A unit-length TF-IDF vector. Keys are numbered by the corpus and kept in ascending order of
 * their number, so a cosine is a merge of two sorted lists; `prefix` holds the same entries in
 * the global order rarest first (see `prefixLength`).
 */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
  /** Positions into ids/weights, rarest key first (document frequency, then key). */
  order: Int32Array;
}

/** Document frequencies over a body of texts (the whole guideline), for IDF weights. */
export class Corpus {
  private readonly df = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private size = 0;

  add(doc: Doc): void {
    this.size++;
    for (const key of doc.counts.keys()) this.df.set(key, (this.df.get(key) ?? 0) + 1);
  }

  get documents(): number {
    return this.size;
  }

  frequency(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Smoothed inverse document frequency: ln(1 + N / df); a key seen nowhere counts as seen once. */
  idf(key: string): number {
    return Math.log(1 + this.size / Math.max(1, this.frequency(key)));
  }

  /** The number of a key (numbers are handed out on first sight). */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** Unit-length TF-IDF vector, with sublinear term frequency (1 + ln tf). */
  vector(doc: Doc): Vector {
    const entries = [...doc.counts].map(([key, tf]) => ({ key, id: this.id(key), df: this.frequency(key), w: (1 + Math.log(tf)) * this.idf(key) }));
    let norm = 0;
    for (const e of entries) norm += e.w * e.w;
    norm = Math.sqrt(norm) || 1;
    entries.sort((a, b) => a.id - b.id);
    const ids = Int32Array.from(entries, (e) => e.id);
    const weights = Float64Array.from(entries, (e) => e.w / norm);
    const order = Int32Array.from(entries.keys()).sort((a, b) => {
      const x = entries[a]!;
      const y = entries[b]!;
      return x.df - y.df || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
    });
    return { ids, weights, order };
  }
}

/** Cosine of two unit vectors: 0 (nothing shared) to 1 (same words, same weights). */
export function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, sum);
}

// ---------------------------------------------------------------------------------------------
// Candidate pairs through an inverted index

/** The largest weight each key (by number) has in any of the vectors: how much it can add to any cosine. */
function maxWeights(lists: readonly (readonly Vector[])[]): Float64Array {
  let size = 0;
  for (const list of lists) for (const v of list) for (const id of v.ids) size = Math.max(size, id + 1);
  const out = new Float64Array(size);
  for (const list of lists) {
    for (const v of list) v.ids.forEach((id, k) => {
      if (v.weights[k]! > out[id]!) out[id] = v.weights[k]!;
    });
  }
  return out;
}

/**
 * How many keys of `order` form the prefix of a text: all but the longest tail of common keys
 * whose contribution to any cosine, Σ weight × (largest weight of that key anywhere), stays
 * below the threshold. A text sharing nothing with the prefix cannot reach the threshold.
 * With threshold 0, every key is in the prefix.
 */
function prefixLength(v: Vector, threshold: number, max: Float64Array): number {
  let cut = v.order.length;
  if (threshold <= 0) return cut;
  let bound = 0;
  while (cut > 0) {
    const k = v.order[cut - 1]!;
    const next = bound + v.weights[k]! * max[v.ids[k]!]!;
    if (next >= threshold) break;
    bound = next;
    cut--;
  }
  return cut;
}

/**
 * Calls `visit(i, j)` for each pair of left[i] and right[j] that can be at least `threshold`
 * alike, once. Prefix filtering (Bayardo, Ma and Srikant's All-Pairs): with one global order of
 * keys, rarest first, two texts that alike share a key lying in both their prefixes (if one
 * prefix ends earlier, every shared key is either in both prefixes or in that text's tail,
 * which alone stays below the threshold). So only prefix keys are indexed and looked up:
 * texts that share only common words are never compared, and the work follows the number of
 * texts that share telling words, not all pairs. With `same`, left and right are one list and
 * each unordered pair comes once (i < j). Returns the number of pairs visited.
 */
export function forEachCandidate(
  left: readonly Vector[],
  right: readonly Vector[],
  threshold: number,
  same: boolean,
  visit: (i: number, j: number) => void,
): number {
  const max = maxWeights(same ? [right] : [left, right]);
  const postings = new Map<number, number[]>();
  right.forEach((v, j) => {
    const n = prefixLength(v, threshold, max);
    for (let p = 0; p < n; p++) {
      const id = v.ids[v.order[p]!]!;
      const list = postings.get(id);
      if (list) list.push(j);
      else postings.set(id, [j]);
    }
  });
  const seen = new Int32Array(right.length).fill(-1);
  let visited = 0;
  left.forEach((v, i) => {
    const n = prefixLength(v, threshold, max);
    for (let p = 0; p < n; p++) {
      for (const j of postings.get(v.ids[v.order[p]!]!) ?? []) {
        if ((same && j <= i) || seen[j] === i) continue;
        seen[j] = i;
        visited++;
        visit(i, j);
      }
    }
  });
  return visited;
}

// ---------------------------------------------------------------------------------------------
// Shared key phrases

/**
 * What two texts have in common, as a drafter would quote it: runs of consecutive content
 * words of `a` whose every adjacent pair also stands next to each other in `b` (shown as written
 * in `a`, with the stop words between them), then single shared words; heaviest (by IDF) first.
 */
export function sharedPhrases(corpus: Corpus, a: Doc, b: Doc, max = 5): string[] {
  const inB = new Set(b.tokens.map((t) => t.key));
  const pairsB = new Set<string>();
  for (let k = 1; k < b.tokens.length; k++) pairsB.add(`${b.tokens[k - 1]!.key}\u0000${b.tokens[k]!.key}`);
  const phrases: { text: string; weight: number; keys: string[] }[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const keys = run.map((t) => t.key);
    const text = a.text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/[\s*_`]+/g, ' ').trim();
    phrases.push({ text, keys, weight: keys.reduce((s, k) => s + corpus.idf(k), 0) });
    run = [];
  };
  a.tokens.forEach((token, k) => {
    if (!inB.has(token.key)) {
      flush();
      return;
    }
    const previous = a.tokens[k - 1];
    if (run.length > 0 && previous && run[run.length - 1] === previous && pairsB.has(`${previous.key}\u0000${token.key}`)) {
      run.push(token);
    } else {
      flush();
      run = [token];
    }
  });
  flush();
  const covered = new Set<string>();
  const out: string[] = [];
  for (const p of phrases.sort((x, y) => y.weight - x.weight || (x.text < y.text ? -1 : 1))) {
    if (p.keys.every((k) => covered.has(k))) continue; // already quoted in a longer phrase
    for (const k of p.keys) covered.add(k);
    out.push(p.text);
    if (out.length === max) break;
  }
  return out;
}
