// Is a quoted passage in the text it is about, and if not, which passages of that text are
// closest? A quote is found when it appears in some text of the item (or section) ignoring line
// breaks, runs of spaces and case: the same test that marks a stored comment "[quote not
// found]", so a quote accepted when it is typed is never flagged afterwards for that reason.
import { editDistance } from '../util/closest.js';

/** Line breaks and runs of spaces made one space, ends trimmed, lower case. */
export function normaliseQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every string in a value (an item's or section's data), in order. */
export function textsOf(value: unknown, out: string[] = [], skipIds = false): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out, skipIds);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!(skipIds && key === 'id')) textsOf(v, out, skipIds);
  }
  return out;
}

/**
 * Normalised texts of a target, made once per target: many comments quote the same item or
 * section, and a section's texts are long.
 */
const targetTexts = new WeakMap<object, string>();

/** The quote appears in some text of the target, ignoring differences in line breaks, spacing and case. */
export function containsQuote(target: unknown, quote: string): boolean {
  const needle = normaliseQuote(quote);
  if (needle === '') return true;
  let joined = target !== null && typeof target === 'object' ? targetTexts.get(target) : undefined;
  if (joined === undefined) {
    joined = textsOf(target).map(normaliseQuote).join(' ');
    if (target !== null && typeof target === 'object') targetTexts.set(target, joined);
  }
  // A quote may run across entries (two steps of a list), so look in the texts joined (which
  // holds each text whole, so a quote within one text is found there too).
  return joined.includes(needle);
}

interface Candidate {
  /** Which text of the target, and which of its words (from, to exclusive). */
  text: number;
  from: number;
  to: number;
  passage: string;
  score: number;
}

/** Below this similarity (0..1) a passage is not offered. */
const MIN_SCORE = 0.3;

const SENTENCE_END = /[.!?;:]["'”’)]*$/;

/**
 * Up to `n` passages of the target closest to the quote, best first: its sentences, and runs of
 * about as many words as the quote has (so a quote with a typo finds the words it meant). Passages
 * are the target's own words with line breaks and spacing made single spaces; two passages
 * sharing most of their words are not both offered.
 */
export function closestPassages(target: unknown, quote: string, n = 3): string[] {
  const needle = normaliseQuote(quote);
  if (needle === '') return [];
  const size = needle.split(' ').length;
  const crosses = needle.split(' ').slice(0, -1).some((w) => SENTENCE_END.test(w));
  const candidates: Candidate[] = [];
  const texts = textsOf(target, [], true);
  texts.forEach((text, index) => {
    const words = text.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) return;
    const add = (from: number, to: number) => {
      // A run of words cut inside a sentence does not keep the comma it was cut at.
      const passage = words.slice(from, to).join(' ').replace(/[,;:]$/, '');
      const other = passage.toLowerCase();
      const score = 1 - editDistance(needle, other) / Math.max(needle.length, other.length);
      candidates.push({ text: index, from, to, passage, score });
    };
    // Sentences: words up to one ending in . ! ? ; or :
    const sentences: [number, number][] = [];
    let start = 0;
    words.forEach((word, i) => {
      if (SENTENCE_END.test(word) || i === words.length - 1) {
        sentences.push([start, i + 1]);
        add(start, i + 1);
        start = i + 1;
      }
    });
    // Runs about as long as the quote (a word fewer, up to two more: a quote often misses some),
    // inside one sentence unless the quote itself runs over a sentence's end.
    const spans = crosses ? [[0, words.length] as [number, number]] : sentences;
    for (const length of new Set([Math.max(1, size - 1), size, size + 1, size + 2])) {
      for (const [first, end] of spans) {
        if (end - first > length) for (let from = first; from + length <= end; from++) add(from, from + length);
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.text - b.text || a.from - b.from);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.length >= n || c.score < MIN_SCORE) break;
    const overlaps = chosen.some((o) => {
      if (o.text !== c.text) return o.passage === c.passage;
      const shared = Math.min(o.to, c.to) - Math.max(o.from, c.from);
      return shared > 0 && shared * 2 >= Math.min(o.to - o.from, c.to - c.from);
    });
    if (!overlaps) chosen.push(c);
  }
  return chosen.map((c) => c.passage);
}
