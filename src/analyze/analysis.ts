// The whole policy analysis of one guideline, as `pedoman analyze` reports it: the four
// analyses with their informational parts (matrix, declared relations, term usage), and the
// findings of the analysis rules, all from one check run (the one whose rules asked the same
// `Analyses` for them). Data in, data out: this module runs no rules.
import { sortFindings, type Finding, type Severity } from '../core/findings.js';
import type { Guideline } from '../model/types.js';
import type { Analyses } from './analyses.js';
import { DEFAULT_DUTY_SIMILARITY, type DutyResult } from './duplicate-duties.js';
import { DEFAULT_OVERLAP_SIMILARITY, type OverlapResult } from './overlap.js';
import type { ResponsibilityResult } from './responsibility.js';
import { DEFAULT_MAX_WORDS } from './sentences.js';
import type { TermResult } from './terms.js';

/** The rules whose findings this analysis presents, in report order. */
export const ANALYSIS_RULES: readonly string[] = ['programme-overlap', 'duty-duplicate', 'responsibility-gap', 'term-avoid', 'term-unused', 'sentence-length'];

/** Existing rules whose findings the responsibility part presents (appointing authority exists, sits at or above). */
export const APPOINTMENT_RULES: readonly string[] = ['role-appointment', 'appointer-level'];

export interface AnalysisSettings {
  overlap: number;
  duties: number;
  /** Longest sentence, in words, that the readability check does not report. */
  sentenceWords: number;
}

export interface AnalysisReport {
  guideline: Guideline;
  settings: AnalysisSettings;
  /** Severity of each analysis rule under the ruleset ('off' hides its findings). */
  severities: Record<string, Severity | 'off'>;
  overlap: OverlapResult;
  duties: DutyResult;
  responsibility: ResponsibilityResult;
  terms: TermResult;
  /** Findings of the analysis rules and of the appointment rules, sorted. */
  findings: Finding[];
  /** Errors found outside the analysis (files, YAML, schema, references): the analysis may be partial. */
  errorsElsewhere: number;
}

export interface AnalysisInput {
  guideline: Guideline;
  /** The analyses the check run's rules used. */
  analyses: Analyses;
  /** Every finding of that run (load, schema and every rule). */
  findings: readonly Finding[];
  /** The severity and options each rule ran with. */
  configs: ReadonlyMap<string, { severity: Severity | 'off'; options: Record<string, unknown> }>;
}

export function buildAnalysisReport(input: AnalysisInput): AnalysisReport {
  const { guideline, analyses, configs } = input;
  const severities: Record<string, Severity | 'off'> = {};
  for (const id of ANALYSIS_RULES) severities[id] = configs.get(id)?.severity ?? 'off';
  const threshold = (id: string, fallback: number) => {
    const value = configs.get(id)?.options.min_similarity;
    return typeof value === 'number' ? value : fallback;
  };
  const numberOption = (id: string, name: string, fallback: number) => {
    const value = configs.get(id)?.options[name];
    return typeof value === 'number' ? value : fallback;
  };
  const settings: AnalysisSettings = {
    overlap: threshold('programme-overlap', DEFAULT_OVERLAP_SIMILARITY),
    duties: threshold('duty-duplicate', DEFAULT_DUTY_SIMILARITY),
    sentenceWords: numberOption('sentence-length', 'max_words', DEFAULT_MAX_WORDS),
  };
  const shown = input.findings.filter((f) => ANALYSIS_RULES.includes(f.ruleId) || APPOINTMENT_RULES.includes(f.ruleId)
    || (f.ruleId === 'reference-resolves' && /appointment\.by$/.test(f.path ?? '')));
  const analysisIds = new Set([...ANALYSIS_RULES, ...APPOINTMENT_RULES, 'reference-resolves']);
  const errorsElsewhere = input.findings.filter((f) => f.severity === 'error' && !analysisIds.has(f.ruleId)).length;
  return {
    guideline,
    settings,
    severities,
    overlap: analyses.overlap(settings.overlap),
    duties: analyses.duties(settings.duties),
    responsibility: analyses.responsibility(),
    terms: analyses.terms(),
    findings: sortFindings(shown),
    errorsElsewhere,
  };
}
