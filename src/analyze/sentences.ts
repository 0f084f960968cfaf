// Sentences of Indonesian policy prose and their length in words, for the readability check:
// field staff read the Pedoman on a phone between duties, so a sentence of sixty words is a
// finding. The splitter knows the abbreviations and numbering of legal Indonesian ("No.",
// "huruf a.", "dsb.", "UU No. 22", "1.") so that they do not end a sentence.
import type { ProseText } from './prose.js';

export const DEFAULT_MAX_WORDS = 40;

export interface Sentence {
  /** Characters text[start, end) of the prose value. */
  start: number;
  end: number;
  text: string;
  words: number;
}

export interface LongSentence extends Sentence {
  prose: ProseText;
}

/** Abbreviations (lower case, without the final dot) that a name or number follows: their dot never ends a sentence. */
const ABBREVIATIONS = new Set([
  'no', 'nomor', 'nmr', 'hlm', 'hal', 'psl', 'ps', 'jo', 'lamp', 'tgl', 'thn', 'mis', 'misal', 'cth', 'yth', 'sdr', 'sdri', 'bpk',
  'a.n', 'u.p', 'u.b', 's.d', 'd.a', 'dr', 'drs', 'dra', 'ir', 'prof', 'hj', 'kh', 'kab', 'kec', 'kel', 'prov', 'jl', 'pol',
  'vol', 'ed', 'cet', 'e.g', 'i.e', 'vs', 'cf', 'ca',
]);

/** Abbreviations that close a list ("dsb."): their dot ends a sentence only before a capital. */
const CLOSING = new Set(['dsb', 'dll', 'dst', 'dkk', 'sbb', 'tsb', 'etc']);

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** The sentences of one prose value, in order; Markdown list items and paragraphs end a sentence too. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ start: start + lead, end: start + lead + body.length, text: body, words: countWords(body) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line, or a new Markdown list item / numbered item, starts a new sentence; so does
      // each row of a Markdown pipe table (a row is a line of cells, not a run of prose).
      const rest = text.slice(i + 1);
      const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
      if (/^\s*\n/.test(rest) || /^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s/.test(rest) || /^\s*\|/.test(rest) || /^\s*\|/.test(line)) push(i + 1);
      continue;
    }
    // Only . ! ? end a sentence: ; and : join the clauses of one sentence in legal drafting.
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Closing quotes and brackets belong to the sentence that ends here.
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end]!)) end++;
    const next = text[end];
    if (next !== undefined && !/\s/.test(next)) continue; // "1.5", "a.n.", "www.x.id"
    if (ch === '.' && !endsSentence(text, i)) continue;
    // A dot before a lower-case word or a number is an abbreviation ("huruf a. dan b.", "No. 22").
    const after = text.slice(end).trimStart();
    if (after !== '' && /^[\p{Ll}\p{N}]/u.test(after)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** Whether the dot at `at`, followed by space and a capital or the end, ends a sentence. */
function endsSentence(text: string, at: number): boolean {
  const from = tokenStart(text, at);
  if (from === at) return true;
  const token = text.slice(from, at);
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (CLOSING.has(lower)) return true;
  // A list number or letter at the start of a line or of the text: "1. Kepala UPT ...", "a. Kanwil ...".
  if (/^(?:\d+|[a-z])$/i.test(token) && atLineStart(text, from)) return false;
  // An initial of a name ("H. Ahmad", "A. Rahman").
  if (/^\p{Lu}$/u.test(token)) return false;
  return true;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point that ends at `end` (a surrogate pair as one), or '' at the start. */
function codePointBefore(text: string, end: number): string {
  if (end <= 0) return '';
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1]!;
}

/**
 * Where the word before `at` starts: letters and digits, with single dots inside ("a.n", "1.2"),
 * walked backwards; `at` when there is none. What the pattern
 * `([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$` matched on text.slice(0, at), without trying it at
 * every offset of the text (which made a long paragraph with many dots quadratic).
 */
function tokenStart(text: string, at: number): number {
  let start = at;
  let p = at;
  while (p > 0) {
    const ch = codePointBefore(text, p);
    if (LETTER_OR_DIGIT.test(ch)) {
      p -= ch.length;
      start = p;
      continue;
    }
    // A dot joins two runs of letters or digits: the one after it (already taken) and one before.
    if (ch === '.' && start === p && p < at && LETTER_OR_DIGIT.test(codePointBefore(text, p - 1))) {
      p -= 1;
      continue;
    }
    break;
  }
  return start;
}

/** Only white space between `offset` and the start of its line (or of the text). */
function atLineStart(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const ch = text[k]!;
    if (ch === '\n') return true;
    if (!/\s/.test(ch)) return false;
  }
  return true;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Sentences of more than `maxWords` words in the given prose, in prose order. */
export function longSentences(prose: readonly ProseText[], maxWords: number): LongSentence[] {
  const out: LongSentence[] = [];
  for (const p of prose) {
    if (p.verbatim) continue; // quoted from a regulation: not the drafters' to shorten
    for (const s of splitSentences(p.text)) if (s.words > maxWords) out.push({ ...s, prose: p });
  }
  return out;
}
