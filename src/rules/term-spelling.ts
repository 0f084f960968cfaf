import { passagePositions } from '../analyze/scalar-position.js';
import { t } from '../i18n/index.js';
import type { ModelIndex } from '../model/lookup.js';
import type { Section } from '../model/types.js';
import type { Rule } from './types.js';
import { type PathSegment } from '../core/findings.js';
import { sectionProse, type ProseText } from '../analyze/prose.js';
import { isStopWord, wordKey } from '../analyze/text.js';

/**
 * Defined terms (and their abbreviations) are written in prose with their defined spelling:
 * "peran serta masyarakat" is reported when the term is "Peran Serta Masyarakat". Matches are
 * whole words, case-insensitive, with any whitespace between the words of a term. Not reported:
 * ALL-UPPERCASE text (headings), inline code, verbatim (quoted) definitions, passages in double
 * quotation marks (“…” or "…": a law quoted word for word keeps its own spelling, e.g. "mantan
 * Narapidana" in Pasal 92 huruf c), and a term defined in lower case written with a capital first
 * letter at the start of a sentence.
 *
 * A reduplicated plural ("Sahabat-sahabat Pemasyarakatan") is not reported either.
 *
 * Beyond letter case, near misses are reported too, with the term to use:
 * - a compound joined, split or hyphenated otherwise than defined ("Duta Kerjasama" for "Duta
 *   Kerja Sama", "warga-binaan" for "Warga Binaan"), whatever the term's length;
 * - a typo: words whose letters (spaces and hyphens aside) are within a Damerau-Levenshtein
 *   distance of a term's: 1 for terms of `options.min_length` letters or more (default 6), up to
 *   `options.max_distance` (default 2) for terms of `options.long_length` letters or more (default
 *   12); shorter terms (most abbreviations) only by their compounds. A typo is only taken where
 *   the differing words are not words of their own: not a word of any defined term (so "Lembaga
 *   Kemasyarakatan" is not a typo of "Lembaga Pemasyarakatan"), not a stop word, and not used 3
 *   times or more in the guideline's prose (a real word, such as "tahapan" near "Tahanan"). A one-
 *   word typo of a one-word term must also start with the term's letter case and not start a
 *   sentence. Text that matches a defined term as it is (in any case) is never a near miss.
 *
 * All terms are compiled into ONE regular expression shaped as a trie, so a text is scanned
 * once whatever the number of terms; near misses are looked up by length among the terms.
 */
export const termSpelling: Rule<TermSpellingOptions> = {
  id: 'term-spelling',
  meta: {
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_distance: { type: 'integer', minimum: 0, maximum: 3, default: 2, description: 'the most edits (a letter added, dropped, changed, or two swapped) by which a long term may be misspelt; 0 reports only joined, split and hyphenated compounds' },
        min_length: { type: 'integer', minimum: 1, default: 6, description: 'terms of fewer letters are matched by their compounds only, not by edit distance' },
        long_length: { type: 'integer', minimum: 1, default: 12, description: 'terms of at least this many letters may be off by max_distance edits; shorter ones by 1' },
      },
    },
    messages: ['typo', 'variant'],
  },
  check({ guideline, index, options, report }) {
    const dictionary = buildDictionary(index);
    if (!dictionary) return;
    const prose = guideline.sections.flatMap((section) => proseOf(section).map((p) => ({ section, ...p })));
    const near = buildNear(index, options);
    const vocabulary = countWords(prose.map((p) => p.text));
    const close = closeEntries(near);
    for (const { section, path, text } of prose) {
      const { found: exact, ranges, code } = scan(dictionary, text);
      const found = [...exact, ...nearMisses(near, close, vocabulary, text, ranges, code)].sort((a, b) => a.start - b.start);
      if (found.length === 0) continue;
      const positions = passagePositions(section.file, path, text, found);
      found.forEach((match, k) => {
        const entry = match.entry;
        report({
          file: section.file,
          path,
          message: t(match.typo ? 'rule.term-spelling.typo' : 'rule.term-spelling.variant', { found: match.display, spelling: entry.spelling, section: entry.section }),
          ...(positions[k] ? { position: positions[k] } : {}),
        });
      });
    }
  },
};

export type TermSpellingOptions = {
  max_distance: number;
  min_length: number;
  long_length: number;
};

interface Entry {
  /** The defined spelling, as the message shows it. */
  spelling: string;
  /** Id of the section that defines it. */
  section: string;
  /** Every defined spelling with this folded form (whitespace collapsed); any of them is right. */
  accepted: Set<string>;
}

interface Dictionary {
  pattern: RegExp;
  /** Folded form (lower case, single spaces) → entry. */
  entries: Map<string, Entry>;
}

interface Match {
  start: number;
  end: number;
  display: string;
  entry: Pick<Entry, 'spelling' | 'section'>;
  /** A misspelling by edit distance (not only letter case, spaces or hyphens). */
  typo?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Dictionary: one trie-shaped regular expression for all spellings.

const WORD = String.raw`[\p{L}\p{N}\p{M}_]`;
/** Key of the "whitespace run" edge in the trie (terms are split on whitespace, so no literal space remains). */
const SPACE = ' ';

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function buildDictionary(index: ModelIndex): Dictionary | undefined {
  const entries = new Map<string, Entry>();
  const root: TrieNode = { children: new Map(), end: false };
  for (const { section, item } of index.terms) {
    for (const spelling of [item.term, item.abbreviation]) {
      if (typeof spelling !== 'string') continue;
      const words = spelling.trim().split(/\s+/).filter((w) => w !== '');
      if (words.length === 0) continue;
      const defined = words.join(' ');
      const key = fold(defined);
      const existing = entries.get(key);
      if (existing) {
        existing.accepted.add(defined);
        continue;
      }
      entries.set(key, { spelling: defined, section: section.id, accepted: new Set([defined]) });
      let node = root;
      for (const unit of Array.from(key)) {
        let child = node.children.get(unit);
        if (!child) {
          child = { children: new Map(), end: false };
          node.children.set(unit, child);
        }
        node = child;
      }
      node.end = true;
    }
  }
  if (entries.size === 0) return undefined;
  const body = emit(root);
  return { pattern: new RegExp(`(?<!${WORD})(?:${body})(?!${WORD})`, 'giu'), entries };
}

/** The trie as a regular expression; optional tails are greedy, so the longest term wins. */
function emit(node: TrieNode): string {
  const alternatives = [...node.children].map(([unit, child]) => (unit === SPACE ? String.raw`\s+` : escape(unit)) + emit(child));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Lower case per code point (keeping characters whose lower case is longer), whitespace runs as one space. */
function fold(text: string): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase(); // most words: the same, without a walk per character
  let out = '';
  for (const char of text) {
    if (/\s/.test(char)) {
      if (!out.endsWith(SPACE)) out += SPACE;
      continue;
    }
    const lower = char.toLowerCase();
    out += Array.from(lower).length === 1 ? lower : char;
  }
  return out.trim();
}

// ---------------------------------------------------------------------------------------------
// Scanning one text.

/**
 * The variants in letter case in one text; also every stretch that matches a defined term as it
 * is (reported or not), and the inline code spans, which near misses stay out of.
 */
function scan(dictionary: Dictionary, text: string): { found: Match[]; ranges: [number, number][]; code: [number, number][] } {
  const out: Match[] = [];
  const ranges: [number, number][] = [];
  const code = [...(text.includes('`') ? codeSpans(text) : []), ...(/[“"]/.test(text) ? quotedSpans(text) : [])];
  const pattern = dictionary.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const found = m[0];
    const start = m.index;
    const end = start + found.length;
    if (found === '') {
      pattern.lastIndex++;
      continue;
    }
    const entry = dictionary.entries.get(fold(found));
    if (!entry) continue;
    ranges.push([start, end]);
    const display = found.replace(/\s+/g, ' ');
    if (entry.accepted.has(display)) continue;
    if (isAllUpperCase(found)) continue;
    if (code.some(([from, to]) => start < to && end > from)) continue;
    if (atSentenceStart(text, start) && [...entry.accepted].some((a) => capitalised(a) === display)) continue;
    if (reduplicated(text, start, found)) continue;
    out.push({ start, end, display, entry });
  }
  return { found: out, ranges, code };
}

/** "Sahabat-sahabat Pemasyarakatan": the match's first word repeated before it with a hyphen (a plural). */
function reduplicated(text: string, start: number, found: string): boolean {
  if (text[start - 1] !== '-') return false;
  const first = found.split(/\s+/)[0]!;
  const before = text.slice(Math.max(0, start - 1 - first.length), start - 1);
  const boundary = start - 2 - first.length;
  return fold(before) === fold(first) && (boundary < 0 || !new RegExp(WORD, 'u').test(text[boundary]!));
}

// ---------------------------------------------------------------------------------------------
// Near misses: compounds joined or split otherwise, and typos by edit distance.

interface NearEntry {
  spelling: string;
  section: string;
  /** Folded letters without spaces or hyphens ("dutakerjasama"). */
  compact: string;
  words: number;
  /** The most edits a typo of it may have. */
  limit: number;
  /** Its first letter is upper case. */
  capital: boolean;
}

interface Near {
  /** By compact length. */
  byLength: Map<number, NearEntry[]>;
  /** Folded words of every defined spelling: never a typo of another. */
  termWords: Set<string>;
  maxWords: number;
  maxLimit: number;
  /** Compact letters → the entry spelt with exactly them (distance 0), for runs that can be no typo. */
  exact: Map<string, readonly { entry: NearEntry; d: number }[]>;
  /** Folded word → whether it is a word of its own (stop word, used often): filled as words are met. */
  ownWords: Map<string, boolean>;
}

const NONE: readonly { entry: NearEntry; d: number }[] = [];

function buildNear(index: ModelIndex, options: TermSpellingOptions): Near {
  const byLength = new Map<number, NearEntry[]>();
  const termWords = new Set<string>();
  const seen = new Set<string>();
  let maxWords = 0;
  let maxLimit = 0;
  for (const { section, item } of index.terms) {
    for (const spelling of [item.term, item.abbreviation]) {
      if (typeof spelling !== 'string') continue;
      const words = wordsOf(spelling);
      if (words.length === 0) continue;
      for (const w of words) termWords.add(fold(w.text));
      const compact = words.map((w) => fold(w.text)).join('');
      if (seen.has(compact)) continue;
      seen.add(compact);
      const letters = Array.from(compact).length;
      const limit = letters < options.min_length ? 0 : letters < options.long_length ? Math.min(1, options.max_distance) : options.max_distance;
      const entry: NearEntry = {
        spelling: spelling.trim().split(/\s+/).join(' '),
        section: section.id,
        compact,
        words: words.length,
        limit,
        capital: /^\p{Lu}/u.test(spelling.trim()),
      };
      maxWords = Math.max(maxWords, words.length);
      maxLimit = Math.max(maxLimit, limit);
      const list = byLength.get(compact.length) ?? [];
      list.push(entry);
      byLength.set(compact.length, list);
    }
  }
  const exact = new Map<string, readonly { entry: NearEntry; d: number }[]>();
  for (const list of byLength.values()) for (const entry of list) exact.set(entry.compact, [{ entry, d: 0 }]);
  return { byLength, termWords, maxWords, maxLimit, exact, ownWords: new Map() };
}

/** A word used this often in the guideline is a word of its own, not a typo. */
const FREQUENT = 3;

/** How often each folded word, and each word's stem key, occurs in the texts. */
interface Vocabulary {
  words: Map<string, number>;
  /** By stem key, counting the words whose key differs from the word. */
  keys: Map<string, number>;
}

function countWords(texts: readonly string[]): Vocabulary {
  // Each distinct word as written is folded and keyed once: a guideline repeats its words.
  const written = new Map<string, number>();
  for (const text of texts) {
    LETTERS.lastIndex = 0;
    for (let m = LETTERS.exec(text); m !== null; m = LETTERS.exec(text)) written.set(m[0], (written.get(m[0]) ?? 0) + 1);
  }
  const words = new Map<string, number>();
  const keys = new Map<string, number>();
  for (const [word, n] of written) {
    const folded = fold(word);
    words.set(folded, (words.get(folded) ?? 0) + n);
    const key = wordKey(folded);
    if (key !== undefined && key !== folded) keys.set(key, (keys.get(key) ?? 0) + n);
  }
  return { words, keys };
}

const LETTERS = /[\p{L}\p{N}\p{M}]+/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The entries within their distance of a run of letters, with that distance, in the order the
 * edit distance was once tried in (by length, then as defined). Comparing every run with every
 * term of about its length made validate quadratic (the profile of a 2,000-item guideline: 90%
 * of its 40 s in the edit distance of such pairs). The terms now sit in a trie walked once per
 * run with the rows of the same (optimal string alignment) distance, a branch given up as soon
 * as no cell of its row is within reach: the work grows with the run, hardly with the terms.
 * Remembered per run.
 */
function closeEntries(near: Near): (runs: readonly string[]) => (readonly { entry: NearEntry; d: number }[])[] {
  /** A trie node; `shortest`, `longest` and `limit` bound the terms at or below it, for pruning. */
  interface Node { children: Map<string, Node>; list: [string, Node][]; entries: NearEntry[]; shortest: number; longest: number; limit: number }
  const make = (): Node => ({ children: new Map(), list: [], entries: [], shortest: Infinity, longest: 0, limit: 0 });
  const root = make();
  const order = new Map<NearEntry, number>();
  let deepest = 0;
  for (const list of near.byLength.values()) {
    for (const entry of list) {
      order.set(entry, order.size);
      let node = root;
      const mark = (at: Node) => {
        at.shortest = Math.min(at.shortest, entry.compact.length);
        at.longest = Math.max(at.longest, entry.compact.length);
        at.limit = Math.max(at.limit, entry.limit);
      };
      for (let i = 0; i < entry.compact.length; i++) {
        const c = entry.compact[i]!;
        let child = node.children.get(c);
        if (!child) {
          node.children.set(c, (child = make()));
          node.list.push([c, child]);
        }
        node = child;
        mark(node);
      }
      node.entries.push(entry);
      deepest = Math.max(deepest, entry.compact.length);
    }
  }
  const K = near.maxLimit;
  const big = K + 1;
  const seen = new Map<string, { entry: NearEntry; d: number }[]>();
  // One row per trie depth, columns 0..n of the run; only the band |depth - column| <= K is ever
  // computed (a cell outside it is more than K edits), the rest stays `big`.
  let width = 0;
  let rows: Int32Array[] = [];
  const path: string[] = [];
  let compact = '';
  let n = 0;
  // The runs of one walk: prefixes of `compact`, by length (`ends`), each with its findings.
  let ends: number[] = [];
  let shortestEnd = 0;
  let founds: { entry: NearEntry; d: number }[][] = [];
  const visit = (node: Node, depth: number) => {
    const d = depth + 1;
    const row = rows[d]!;
    const above = rows[depth]!;
    const twoAbove = depth > 0 ? rows[depth - 1]! : undefined;
    const before = depth > 0 ? path[depth - 1] : undefined;
    const lo = Math.max(1, d - K);
    const hi = Math.min(n, d + K);
    for (const [c, child] of node.list) {
      if (n < child.shortest - child.limit || shortestEnd > child.longest + child.limit) continue;
      const reach = child.limit;
      let least = big;
      if (d <= K) {
        row[0] = d;
        least = d;
      }
      for (let j = lo; j <= hi; j++) {
        const q = compact[j - 1];
        let v = above[j - 1]! + (q === c ? 0 : 1);
        const up = above[j]! + 1;
        if (up < v) v = up;
        const left = row[j - 1]! + 1;
        if (left < v) v = left;
        if (twoAbove !== undefined && j > 1 && q === before && compact[j - 2] === c) {
          const swap = twoAbove[j - 2]! + 1;
          if (swap < v) v = swap;
        }
        row[j] = v < big ? v : big;
        if (v < least) least = v;
      }
      if (least > reach) continue;
      if (child.entries.length > 0) {
        for (let k = 0; k < ends.length; k++) {
          const end = ends[k]!;
          if (end < lo || end > d + K) continue;
          const dist = row[end]!;
          for (const entry of child.entries) if (dist <= entry.limit) founds[k]!.push({ entry, d: dist });
        }
      }
      if (child.list.length > 0 && d - K <= n) {
        path[depth] = c;
        visit(child, d);
      }
    }
  };
  // One walk serves every run of a group (each a prefix of the next, as words are added): the
  // cells of a column do not depend on the columns after it, and a branch is given up only when
  // it would be for every run, so each run gets what a walk of its own found.
  return (runs) => {
    const outs: (readonly { entry: NearEntry; d: number }[])[] = [];
    const todo: number[] = [];
    for (const run of runs) {
      if (run.length - K > deepest) {
        outs.push(NONE); // longer than any term can be off by: nothing near, and nothing to remember
        continue;
      }
      const known = seen.get(run);
      if (known) outs.push(known);
      else {
        outs.push([]);
        todo.push(outs.length - 1);
      }
    }
    if (todo.length > 0) {
      const longest = runs[todo[todo.length - 1]!]!;
      if (longest.length + 1 > width) {
        width = longest.length + 1;
        rows = Array.from({ length: deepest + 2 }, () => new Int32Array(width).fill(big));
        for (let j = 0; j < width; j++) rows[0]![j] = Math.min(j, big);
      }
      compact = longest;
      n = longest.length;
      ends = todo.map((k) => runs[k]!.length);
      shortestEnd = ends[0]!;
      founds = todo.map((k) => outs[k]! as { entry: NearEntry; d: number }[]);
      visit(root, 0);
      for (const k of todo) {
        const out = outs[k]! as { entry: NearEntry; d: number }[];
        if (out.length > 1) out.sort((a, b) => a.entry.compact.length - b.entry.compact.length || order.get(a.entry)! - order.get(b.entry)!);
        seen.set(runs[k]!, out);
      }
    }
    return outs;
  };
}

function nearMisses(near: Near, close: (runs: readonly string[]) => (readonly { entry: NearEntry; d: number }[])[], vocabulary: Vocabulary, text: string, exact: [number, number][], code: [number, number][]): Match[] {
  if (near.byLength.size === 0) return [];
  const words = wordsOf(text);
  const out: Match[] = [];
  const blocked = (w: Word) => exact.some(([from, to]) => w.start < to && w.end > from) || code.some(([from, to]) => w.start < to && w.end > from);
  const known = (word: string) => {
    if (near.termWords.has(word)) return true;
    let own = near.ownWords.get(word);
    if (own === undefined) {
      own = (vocabulary.words.get(word) ?? 0) >= FREQUENT;
      if (!own) {
        const key = wordKey(word);
        own = (key !== undefined && key !== word && (vocabulary.keys.get(key) ?? 0) >= FREQUENT) || isStopWord(word);
      }
      near.ownWords.set(word, own);
    }
    return own;
  };
  for (let i = 0; i < words.length; i++) {
    if (blocked(words[i]!)) continue;
    let best: { entry: NearEntry; d: number; last: number } | undefined;
    // The runs of letters from word i on, a word more each, as far as words are joined by a
    // space or a hyphen: looked up together.
    // A run with a word of its own that is no word of any term (a stop word, a word the
    // guideline uses often) can be no typo: plausibleTypo would turn every such candidate down
    // (that word differs from the term and is known). Only its exact compound is looked up, by
    // its letters; the trie is walked for the runs before that word alone.
    const runs: string[] = [];
    let walked = -1;
    let compact = '';
    for (let j = i; j < words.length && j - i < near.maxWords + 1; j++) {
      const word = words[j]!;
      if (j > i) {
        const gap = text.slice(words[j - 1]!.end, word.start);
        if (!/^(?:\s+|-)$/.test(gap) || blocked(word)) break;
      }
      const folded = fold(word.text);
      if (walked < 0 && !near.termWords.has(folded) && known(folded)) walked = runs.length;
      compact += folded;
      runs.push(compact);
    }
    if (walked < 0) walked = runs.length;
    const nearby = walked === runs.length ? close(runs) : [...(walked > 0 ? close(runs.slice(0, walked)) : []), ...runs.slice(walked).map((run) => near.exact.get(run) ?? NONE)];
    for (let j = i; j < i + runs.length; j++) {
      const word = words[j]!;
      const candidates = nearby[j - i]!;
      if (candidates.length === 0) continue; // most runs: nothing near, nothing more to look at
      const window = words.slice(i, j + 1);
      const surface = text.slice(words[i]!.start, word.end);
      if (isAllUpperCase(surface)) continue;
      for (const { entry, d } of candidates) {
        if (d === 0 && window.length === entry.words && !surface.includes('-')) continue; // letter case only: the exact scan's
        if (d > 0 && !plausibleTypo(entry, window, text, known)) continue;
        if (!best || d < best.d || (d === best.d && entry.compact.length > best.entry.compact.length)) best = { entry, d, last: j };
      }
    }
    if (!best) continue;
    const start = words[i]!.start;
    const end = words[best.last]!.end;
    out.push({ start, end, display: text.slice(start, end).replace(/\s+/g, ' '), entry: best.entry, typo: best.d > 0 });
    i = best.last;
  }
  return out;
}

/** The differing words are no words of their own, and a one-word typo looks like the term. */
function plausibleTypo(entry: NearEntry, window: Word[], text: string, known: (word: string) => boolean): boolean {
  const termWords = new Set(wordsOf(entry.spelling).map((w) => fold(w.text)));
  const differing = window.map((w) => fold(w.text)).filter((w) => !termWords.has(w));
  if (differing.length === 0 || differing.some(known)) return false;
  if (window.length === 1 && entry.words === 1) {
    const capital = /^\p{Lu}/u.test(window[0]!.text);
    if (capital !== entry.capital || atSentenceStart(text, window[0]!.start)) return false;
  }
  return true;
}

function isAllUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function capitalised(text: string): string {
  const [first = '', ...rest] = Array.from(text);
  return first.toUpperCase() + rest.join('');
}

/** Markdown inline code: a run of backticks up to the next run of the same length. */
/** Passages in double quotation marks (“…”, or "…" within one paragraph): quoted words are kept as written. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*?”|"[^"]*?"/g)) {
    if (/\n\s*\n/.test(m[0])) continue; // a mark left open would swallow the paragraphs after it
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** At the start of the text, after . ! ? : (across a line break too), or after a list marker. */
function atSentenceStart(text: string, offset: number): boolean {
  let k = offset - 1;
  while (k >= 0 && /[\s*_"'“‘([>#]/u.test(text[k]!)) k--;
  if (k < 0 || /[.!?:…]/.test(text[k]!)) return true;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s+["'“‘(*_]*$/iu.test(text.slice(lineStart, offset));
}

// ---------------------------------------------------------------------------------------------
// Which texts are prose.

/**
 * The prose the drafters wrote, from the shared list (analyze/prose.ts): not titles and names
 * (headings, often in capitals), not the notes of declared relations, not verbatim definitions.
 */
function proseOf(section: Section): Pick<ProseText, 'path' | 'text'>[] {
  return sectionProse(section).filter((p) => {
    if (p.verbatim) return false;
    const last = p.path[p.path.length - 1];
    if (p.path.length <= 3 && (last === 'title' || last === 'name')) return false;
    return !p.path.includes('relations') && !p.path.includes('divides_work_with');
  });
}
