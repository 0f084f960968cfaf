// Term boundaries and wording: where each defined term is used, terms declared distinct side
// by side, words to avoid in place of a defined term (a prose linter's substitution rule), and
// defined terms no other section uses.
import type { ModelIndex, TypedRef } from '../model/lookup.js';
import type { Term } from '../model/types.js';
import type { AnalysisBase } from './base.js';
import type { ProseText } from './prose.js';
import { PhraseMatcher } from './text.js';

export interface TermUse {
  /** Section id, or '' for the manifest. */
  section: string;
  count: number;
  /** Ids of the items that use it, in order (no repeats). */
  items: string[];
}

export interface TermUsage {
  term: TypedRef<Term>;
  /** Uses outside the term's own definition, by section in document order. */
  uses: TermUse[];
  /** Uses in sections other than the one that defines the term. */
  elsewhere: number;
}

export interface DistinctPair {
  a: TermUsage;
  b: TermUsage;
}

export interface AvoidMatch {
  prose: ProseText;
  start: number;
  end: number;
  found: string;
  /** The avoid entry as listed. */
  avoid: string;
  term: TypedRef<Term>;
}

export interface TermResult {
  usage: TermUsage[];
  distinct: DistinctPair[];
  avoided: AvoidMatch[];
  unused: TermUsage[];
}

export function analyzeTerms(base: AnalysisBase, index: ModelIndex): TermResult {
  const guideline = base.guideline;
  const usage = new Map<string, TermUsage>();
  for (const term of index.terms) {
    if (!usage.has(term.item.id)) usage.set(term.item.id, { term, uses: [], elsewhere: 0 });
  }
  for (const prose of base.prose) {
    const matches = base.terms.find(prose.text);
    for (const m of matches) {
      const entry = usage.get(m.id);
      if (!entry || prose.itemId === m.id) continue; // a term's own definition does not count as a use
      const section = prose.section?.id ?? '';
      let use = entry.uses.find((u) => u.section === section);
      if (!use) {
        use = { section, count: 0, items: [] };
        entry.uses.push(use);
      }
      use.count++;
      if (prose.itemId !== undefined && !use.items.includes(prose.itemId)) use.items.push(prose.itemId);
      if (prose.section !== undefined && prose.section.id !== entry.term.section.id) entry.elsewhere++;
    }
  }
  const all = [...usage.values()];

  const distinct: DistinctPair[] = [];
  const seenPairs = new Set<string>();
  for (const entry of all) {
    for (const other of entry.term.item.distinct_from ?? []) {
      const b = usage.get(other);
      if (!b || b === entry) continue;
      const key = [entry.term.item.id, other].sort().join('\u0000');
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      distinct.push({ a: entry, b });
    }
  }

  const unused = all.filter((u) => u.elsewhere === 0 && !guideline.sections.every((s) => s.id === u.term.section.id));
  return { usage: all, distinct, avoided: findAvoided(base.prose, index), unused };
}

/**
 * Every use of a word listed under some term's `avoid`, as whole words, case-insensitive, with
 * any whitespace between words. Not counted: the term's own item (which may name the word to
 * explain it), definitions quoted verbatim from a regulation, and inline code.
 */
function findAvoided(prose: readonly ProseText[], index: ModelIndex): AvoidMatch[] {
  const phrases = new PhraseMatcher<{ avoid: string; term: TypedRef<Term> }>();
  for (const term of index.terms) {
    for (const avoid of term.item.avoid ?? []) if (typeof avoid === 'string') phrases.add(avoid, { avoid, term });
  }
  if (phrases.size === 0) return [];
  const out: AvoidMatch[] = [];
  for (const p of prose) {
    if (p.verbatim) continue;
    const code = p.text.includes('`') ? codeSpans(p.text) : [];
    for (const m of phrases.find(p.text)) {
      const { avoid, term } = m.value;
      if (p.itemId === term.item.id) continue;
      if (code.some(([from, to]) => m.start < to && m.end > from)) continue;
      out.push({ prose: p, start: m.start, end: m.end, found: m.text.replace(/\s+/g, ' '), avoid, term });
    }
  }
  return out;
}

/** Markdown inline code: a run of backticks up to the next run of the same length. */
function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
