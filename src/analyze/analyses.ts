// The analyses of one run, computed when first asked for and kept for the rest of the run:
// the rules of `validate` ask for them through their context, and `pedoman analyze` reports the
// same objects, so both always agree and nothing is tokenised twice. One instance per check of
// a guideline; no module-level caches.
import type { ModelIndex } from '../model/lookup.js';
import type { Guideline } from '../model/types.js';
import { buildAnalysisBase, type AnalysisBase } from './base.js';
import { analyzeDuties, type DutyResult } from './duplicate-duties.js';
import { analyzeOverlap, type OverlapResult } from './overlap.js';
import { analyzeResponsibility, type ResponsibilityResult } from './responsibility.js';
import { longSentences, type LongSentence } from './sentences.js';
import { analyzeTerms, type TermResult } from './terms.js';

export class Analyses {
  #base: AnalysisBase | undefined;
  readonly #overlap = new Map<number, OverlapResult>();
  readonly #duties = new Map<number, DutyResult>();
  #responsibility: ResponsibilityResult | undefined;
  #terms: TermResult | undefined;
  readonly #long = new Map<number, LongSentence[]>();

  constructor(
    readonly guideline: Guideline,
    readonly index: ModelIndex,
  ) {}

  /** The defined-term matcher, the prose and the corpus every similarity is measured against. */
  get base(): AnalysisBase {
    return (this.#base ??= buildAnalysisBase(this.guideline, this.index));
  }

  /** Roles and mechanisms that read like an existing programme, at this threshold. */
  overlap(minSimilarity: number): OverlapResult {
    return memo(this.#overlap, minSimilarity, () => analyzeOverlap(this.base, this.index, minSimilarity));
  }

  /** Duties of different roles that say nearly the same thing, at this threshold. */
  duties(minSimilarity: number): DutyResult {
    return memo(this.#duties, minSimilarity, () => analyzeDuties(this.base, this.index, minSimilarity));
  }

  responsibility(): ResponsibilityResult {
    return (this.#responsibility ??= analyzeResponsibility(this.guideline, this.index));
  }

  terms(): TermResult {
    return (this.#terms ??= analyzeTerms(this.base, this.index));
  }

  /** Sentences of the prose longer than this many words (readability for field staff). */
  longSentences(maxWords: number): LongSentence[] {
    return memo(this.#long, maxWords, () => longSentences(this.base.prose, maxWords));
  }
}

function memo<T>(map: Map<number, T>, key: number, compute: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}
