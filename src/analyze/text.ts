// Indonesian text normalisation for the policy analysis: case folding, punctuation, stop words
// (the maintained list of the `stopword` package, plus number words), defined terms kept as
// one token, and a small dictionary-free stemmer for the common affixes.
import { createRequire } from 'node:module';

/** One content word of a text: its matching key and where it stands in the original. */
export interface Token {
  /** The key compared between texts: a stem folded as described at `foldStem`, or `§term-id`. */
  key: string;
  /** The word(s) as written. */
  surface: string;
  /** Offsets into the original text (UTF-16 units). */
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Stop words

/** Number words are noise in policy text ("2 (dua) tahun"); the maintained list lacks most of them. */
const NUMBER_WORDS = [
  'nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh',
  'sebelas', 'belas', 'puluh', 'ratus', 'seratus', 'ribu', 'seribu',
];

let stopWords: ReadonlySet<string> | undefined;
let stopStems: ReadonlySet<string> | undefined;

/**
 * The Indonesian stop words: the `ind` list of the `stopword` package (from stopwords-iso,
 * 750 words) plus number words. Loaded on first use, so importing this module stays cheap.
 */
export function indonesianStopWords(): ReadonlySet<string> {
  if (!stopWords) {
    const require = createRequire(import.meta.url);
    const list = (require('stopword') as { ind: string[] }).ind;
    stopWords = new Set([...list, ...NUMBER_WORDS].map((w) => w.toLowerCase()));
  }
  return stopWords;
}

/**
 * Keys of the stop words that are roots. A word whose stem is such a root is dropped too, so
 * "menyampaikan" (listed, root "sampai" listed) and "penyampaian" (not listed) are treated alike.
 */
function stopKeys(): ReadonlySet<string> {
  if (!stopStems) {
    const keys = new Set<string>();
    const words = indonesianStopWords();
    for (const word of words) {
      const root = stem(word);
      // Only when the root is itself a stop word: "bekerja" is listed, "kerja" is content.
      if (words.has(root)) keys.add(foldStem(root));
    }
    stopStems = keys;
  }
  return stopStems;
}

/** Answers already given: a guideline repeats its words, and stemming costs. */
const stopCache = new Map<string, boolean>();

export function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  let stop = stopCache.get(lower);
  if (stop === undefined) {
    stop = indonesianStopWords().has(lower) || stopKeys().has(foldStem(stem(lower)));
    if (stopCache.size > 200_000) stopCache.clear(); // bounded, as the key cache below
    stopCache.set(lower, stop);
  }
  return stop;
}

// ---------------------------------------------------------------------------------------------
// Stemmer

const VOWELS = /[aiueo]/g;
const measure = (w: string) => (w.match(VOWELS) ?? []).length;
const isVowel = (c: string | undefined) => c !== undefined && 'aiueo'.includes(c);

// -pun and -tah are left out: written attached they are fixed words (walaupun, adapun: stop
// words), and stripping -pun would cut "menghimpun".
const PARTICLES = ['lah', 'kah'];
const POSSESSIVES = ['nya', 'ku', 'mu'];

/** Which prefix was removed first: it decides which suffixes may go (Tala's restrictions). */
const enum Prefix {
  None = 0,
  /** di-, me(N)-, ter- */
  Verbal = 1,
  /** per-, pe- (second order) */
  Per = 2,
  /** ke-, pe(N)- */
  Nominal = 3,
  /** ber-, be- */
  Ber = 4,
}

interface Stripped {
  rest: string;
  kind: Prefix;
}

/**
 * First-order prefixes, longest first. Nasal assimilation is undone: meny-/peny- + vowel
 * restores s (menyusun → susun), mem-/pem- + vowel restores p (memantau → pantau), men-/pen- +
 * vowel restores t (menulis → tulis), meng-/peng- + vowel restores k (mengelola → kelola).
 */
function firstOrder(w: string): Stripped | undefined {
  const after = (n: number) => w.slice(n);
  const table: [string, Prefix, string][] = [
    ['meny', Prefix.Verbal, 's'], ['peny', Prefix.Nominal, 's'],
    ['meng', Prefix.Verbal, 'k'], ['peng', Prefix.Nominal, 'k'],
    ['mem', Prefix.Verbal, 'p'], ['pem', Prefix.Nominal, 'p'],
    ['men', Prefix.Verbal, 't'], ['pen', Prefix.Nominal, 't'],
  ];
  for (const [prefix, kind, restore] of table) {
    if (!w.startsWith(prefix)) continue;
    const rest = after(prefix.length);
    if (isVowel(rest[0])) return { rest: restore + rest, kind };
    if (prefix === 'meny' || prefix === 'peny') continue; // "meny" + consonant does not occur
    return { rest, kind };
  }
  for (const [prefix, kind] of [['me', Prefix.Verbal], ['di', Prefix.Verbal], ['ter', Prefix.Verbal], ['ke', Prefix.Nominal]] as const) {
    if (w.startsWith(prefix)) return { rest: after(prefix.length), kind };
  }
  return undefined;
}

/** Second-order prefixes: ber-, be- (before C+er, as in bekerja), per-, pe-. */
function secondOrder(w: string): Stripped | undefined {
  if (w.startsWith('ber')) return { rest: w.slice(3), kind: Prefix.Ber };
  if (w.startsWith('be') && !isVowel(w[2]) && w.slice(3, 5) === 'er') return { rest: w.slice(2), kind: Prefix.Ber };
  if (w.startsWith('per')) return { rest: w.slice(3), kind: Prefix.Per };
  if (w.startsWith('pe')) return { rest: w.slice(2), kind: Prefix.Per };
  return undefined;
}

/** -kan, -an, -i, with Tala's restrictions (no -kan after ke-/pe-, no -an after di-/me-, no -i after s). */
function removeSuffix(w: string, kind: Prefix): string {
  if (w.endsWith('kan') && kind !== Prefix.Nominal && kind !== Prefix.Per) return w.slice(0, -3);
  if (w.endsWith('an') && kind !== Prefix.Verbal) return w.slice(0, -2);
  if (w.endsWith('i') && kind <= Prefix.Per && !w.endsWith('si')) return w.slice(0, -1);
  return w;
}

function dropEnding(w: string, endings: readonly string[]): string {
  for (const e of endings) if (w.endsWith(e) && w.length > e.length) return w.slice(0, -e.length);
  return w;
}

/**
 * A small rule-based stemmer for Indonesian after Tala (2003), the algorithm of Snowball's
 * Indonesian stemmer, without a dictionary: particles (-lah, -kah), possessives
 * (-nya, -ku, -mu), then first-order prefixes (me-, mem-, men-, meng-, meny-, di-, ter-, ke-,
 * pe-, pem-, pen-, peng-, peny-) with nasal restoration, one derivational suffix (-kan, -an,
 * -i), and second-order prefixes (ber-, be-, per-, pe-). Every step needs the word to keep more
 * than two vowels, so short roots (kerja, peran, mitra) are left alone. Input is lower case.
 */
export function stem(word: string): string {
  let w = word;
  if (measure(w) <= 2) return w;
  w = dropEnding(w, PARTICLES);
  if (measure(w) > 2) w = dropEnding(w, POSSESSIVES);
  if (measure(w) <= 2) return w;

  let removed = 0;
  const first = firstOrder(w);
  if (first && measure(first.rest) >= 2) {
    w = first.rest;
    removed++;
    if (measure(w) > 2) w = removeSuffix(w, first.kind);
  } else {
    const second = secondOrder(w);
    if (second && measure(second.rest) >= 2) {
      w = second.rest;
      removed++;
      if (measure(w) > 2) w = removeSuffix(w, second.kind);
    } else {
      return removeSuffix(w, Prefix.None);
    }
  }
  // Stacked prefixes: mem-per-kenal-kan, di-per-kerja-kan, ber-ke-giat-an, meng-(k)e-lola.
  while (removed < 3 && measure(w) > 2) {
    const next = firstOrder(w) ?? secondOrder(w);
    if (!next || measure(next.rest) < 2) break;
    w = next.rest;
    removed++;
  }
  return w;
}

/**
 * The comparison key of a stem. Nasal prefixes hide whether a root began with t or n, p or m,
 * k or a vowel (menilai: nilai or *tilai?; memakai: pakai; mengambil: ambil or *kambil?), and
 * no rule can tell without a dictionary. Folding those initial letters together (t→n, p→m,
 * k→∅ before a vowel) makes every form of one root meet on the same key, and so does dropping
 * a final -i (see below); the rare clash of two
 * unrelated roots costs less than missing "menilai" ~ "penilaian" ~ "dinilai".
 */
export function foldStem(s: string): string {
  let key = s;
  // A root ending in -i loses it to the suffix rule in some forms only (menilai → nila, but
  // penilaian → nilai), so the key never ends in -i (except -si: koordinasi, informasi).
  if (key.length > 4 && key.endsWith('i') && !key.endsWith('si')) key = key.slice(0, -1);
  if (key.length < 3 || !isVowel(key[1])) return key;
  if (key[0] === 't') return `n${key.slice(1)}`;
  if (key[0] === 'p') return `m${key.slice(1)}`;
  if (key[0] === 'k') return key.slice(1);
  return key;
}

// ---------------------------------------------------------------------------------------------
// Defined terms as single tokens

/** A defined term (or its abbreviation) that counts as one word, whatever its words are. */
export interface TermSpelling {
  id: string;
  spelling: string;
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value: V | undefined;
}

/**
 * Finds phrases (sequences of words) in texts: whole words, case-insensitive, any whitespace
 * between the words, the longest phrase winning, matches not overlapping. A word-level trie, so
 * a text is scanned once whatever the number of phrases (thousands of terms stay fast).
 */
export class PhraseMatcher<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: undefined };
  private count = 0;

  /** Adds a phrase; the first value given for a phrase (compared case-insensitively) is kept. */
  add(phrase: string, value: V): void {
    const words = wordsOf(phrase).map((w) => w.text.toLowerCase());
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      this.count++;
    }
  }

  get size(): number {
    return this.count;
  }

  find(text: string): { value: V; start: number; end: number; text: string }[] {
    if (this.count === 0) return [];
    const words = wordsOf(text);
    const out: { value: V; start: number; end: number; text: string }[] = [];
    for (let i = 0; i < words.length; ) {
      let node: TrieNode<V> | undefined = this.root;
      let best: { value: V; last: number } | undefined;
      for (let k = i; k < words.length; k++) {
        if (k > i && !/^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break; // words of a phrase are separated by spaces only
        node = node.next.get(words[k]!.text.toLowerCase());
        if (!node) break;
        if (node.value !== undefined) best = { value: node.value, last: k };
      }
      if (best) {
        const start = words[i]!.start;
        const end = words[best.last]!.end;
        out.push({ value: best.value, start, end, text: text.slice(start, end) });
        i = best.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

const PHRASE_WORD = /[\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(PHRASE_WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The defined terms (and abbreviations) of a guideline, each found as one token. */
export class TermMatcher {
  private readonly phrases = new PhraseMatcher<string>();

  constructor(spellings: readonly TermSpelling[]) {
    for (const { id, spelling } of spellings) this.phrases.add(spelling, id);
  }

  /** Every match, left to right, not overlapping. */
  find(text: string): { id: string; start: number; end: number }[] {
    return this.phrases.find(text).map((m) => ({ id: m.value, start: m.start, end: m.end }));
  }
}

// ---------------------------------------------------------------------------------------------
// Tokenising

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The content words of a text, in order: defined terms become one token each (`§id`); other
 * words are lower-cased, split at hyphens (a reduplication such as "anak-anak" counts once),
 * stripped of stop words, numbers and one-letter words, stemmed and folded.
 */
export function tokenize(text: string, terms?: TermMatcher): Token[] {
  const out: Token[] = [];
  forEachToken(text, terms, (key, start, end, term) => {
    out.push({ key, surface: term ? text.slice(start, end).replace(/\s+/g, ' ') : text.slice(start, end), start, end });
  });
  return out;
}

/**
 * The tokens of `tokenize`, in order, without making them: `visit` gets each key and where its
 * word stands (`term` for a defined term). Counting keys this way builds no object per word.
 */
export function forEachToken(text: string, terms: TermMatcher | undefined, visit: (key: string, start: number, end: number, term: boolean) => void): void {
  const spans = terms ? terms.find(text) : [];
  let cursor = 0;
  const plain = (from: number, to: number) => {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
      const start = from + m.index;
      const word = m[0];
      if (!SEPARATOR.test(word)) {
        // One piece (most words).
        const key = wordKey(word);
        if (key !== undefined) visit(key, start, start + word.length, false);
        continue;
      }
      const pieces = word.split(/[-'’]/);
      let offset = start;
      let previous: string | undefined;
      for (const piece of pieces) {
        const at = offset;
        offset += piece.length + 1;
        const key = wordKey(piece);
        if (key === undefined || key === previous) continue;
        previous = key;
        visit(key, at, at + piece.length, false);
      }
    }
  };
  for (const span of spans) {
    plain(cursor, span.start);
    visit(`§${span.id}`, span.start, span.end, true);
    cursor = span.end;
  }
  plain(cursor, text.length);
}

const SEPARATOR = /[-'’]/;

/** Keys of words already seen: a guideline repeats its vocabulary, so each word is stemmed once. */
const keyCache = new Map<string, string | null>();

/** The key of one word, or undefined when it does not count (stop word, number, single letter). */
export function wordKey(word: string): string | undefined {
  const lower = word.toLowerCase();
  const cached = keyCache.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  const key = computeKey(lower);
  if (keyCache.size > 200_000) keyCache.clear(); // bounded: a pathological input cannot grow it forever
  keyCache.set(lower, key ?? null);
  return key;
}

function computeKey(lower: string): string | undefined {
  if (lower.length < 2 || /^\p{N}+$/u.test(lower)) return undefined;
  if (indonesianStopWords().has(lower)) return undefined;
  const key = foldStem(stem(lower));
  if (stopKeys().has(key)) return undefined;
  return key;
}
