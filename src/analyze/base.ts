// What every analysis shares, built once per guideline: the defined-term matcher, the prose,
// and the corpus of texts that sets how rare (so how telling) each word is.
import type { ModelIndex } from '../model/lookup.js';
import type { Guideline, Section } from '../model/types.js';
import { proseOf, type ProseText } from './prose.js';
import { Corpus, makeDoc, type Doc } from './similarity.js';
import { TermMatcher, type TermSpelling } from './text.js';

export interface AnalysisBase {
  guideline: Guideline;
  index: ModelIndex;
  terms: TermMatcher;
  prose: ProseText[];
  corpus: Corpus;
  /** A text prepared for comparison (memoised: the same text is tokenised once). */
  doc(text: string): Doc;
}

/** Built once per run by `Analyses` (src/analyze/analyses.ts), which every analysis shares. */
export function buildAnalysisBase(guideline: Guideline, index: ModelIndex): AnalysisBase {
  const spellings: TermSpelling[] = [];
  for (const { item } of index.terms) {
    if (typeof item.term === 'string') spellings.push({ id: item.id, spelling: item.term });
    if (typeof item.abbreviation === 'string') spellings.push({ id: item.id, spelling: item.abbreviation });
  }
  const terms = new TermMatcher(spellings);
  const docs = new Map<string, Doc>();
  const doc = (text: string) => {
    let d = docs.get(text);
    if (!d) {
      d = makeDoc(text, terms);
      docs.set(text, d);
    }
    return d;
  };
  const prose = proseOf(guideline);
  const corpus = new Corpus();
  for (const p of prose) corpus.add(doc(p.text));
  for (const programme of guideline.manifest?.existing_programmes ?? []) corpus.add(doc(programme.name));
  return { guideline, index, terms, prose, corpus, doc };
}

/** A role or mechanism as one text: its name, description and what it does. */
export interface Unit {
  kind: 'role' | 'mechanism';
  id: string;
  name: string;
  section: Section;
  index: number;
  doc: Doc;
}

export function roleAndMechanismUnits(base: AnalysisBase): Unit[] {
  const out: Unit[] = [];
  for (const { section, item, index } of base.index.roles) {
    const text = [item.name, item.description ?? '', ...(item.duties ?? [])].join('\n');
    out.push({ kind: 'role', id: item.id, name: item.name, section, index, doc: base.doc(text) });
  }
  for (const { section, item, index } of base.index.mechanisms) {
    const text = [item.name, item.description ?? '', ...(item.steps ?? []), ...(item.outputs ?? [])].join('\n');
    out.push({ kind: 'mechanism', id: item.id, name: item.name, section, index, doc: base.doc(text) });
  }
  return out;
}

/** A number shown with two decimals, as findings and reports print scores. */
export function score(value: number): string {
  return value.toFixed(2);
}
