// The whole policy analysis of one guideline, as `pedoman analyze` reports it: the four
// analyses with their informational parts (matrix, declared relations, term usage), and the
// findings of the analysis rules run with the effective thresholds.
import { ruleConfig, runRules } from '../rules/engine.js';
import type { ModelIndex } from '../model/lookup.js';
import type { Guideline, RuleSetting } from '../model/types.js';
import type { Rule } from '../rules/types.js';
import { programmeOverlap } from '../rules/programme-overlap.js';
import { dutyDuplicate } from '../rules/duty-duplicate.js';
import { responsibilityGap } from '../rules/responsibility-gap.js';
import { termAvoid } from '../rules/term-avoid.js';
import { termUnused } from '../rules/term-unused.js';
import { analyzeDuties, DEFAULT_DUTY_SIMILARITY, type DutyResult } from './duplicate-duties.js';
import { isSimilarity } from './options.js';
import { analyzeOverlap, DEFAULT_OVERLAP_SIMILARITY, type OverlapResult } from './overlap.js';
import { analyzeResponsibility, type ResponsibilityResult } from './responsibility.js';
import { analyzeTerms, type TermResult } from './terms.js';
import { type Finding, type Severity, sortFindings } from '../core/findings.js';

/** The rules this analysis owns, in report order. */
export const ANALYSIS_RULES: readonly Rule[] = [programmeOverlap, dutyDuplicate, responsibilityGap, termAvoid, termUnused];

/** Existing rules whose findings the responsibility part presents (appointing authority exists, sits at or above). */
export const APPOINTMENT_RULES: readonly string[] = ['role-appointment', 'appointer-level'];

export interface AnalysisSettings {
  overlap: number;
  duties: number;
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
  index: ModelIndex;
  /** Findings of `checkGuideline` (load, schema and every rule). */
  findings: readonly Finding[];
  /** From --min-similarity: overrides both thresholds of the ruleset. */
  minSimilarity?: number;
}

export function runAnalysis(input: AnalysisInput): AnalysisReport {
  const { guideline, index } = input;
  const settings = guideline.manifest?.rules ?? {};
  const severities: Record<string, Severity | 'off'> = {};
  for (const rule of ANALYSIS_RULES) severities[rule.id] = ruleConfig(rule, settings[rule.id]).severity;

  // The analysis rules again, with the command's threshold in their options: one code path
  // for validate and analyze, so both always agree on what a finding is.
  const patched: Record<string, RuleSetting> = {};
  for (const rule of ANALYSIS_RULES) {
    const config = ruleConfig(rule, settings[rule.id]);
    const options = { ...config.options };
    if (input.minSimilarity !== undefined && (rule === programmeOverlap || rule === dutyDuplicate)) options.min_similarity = input.minSimilarity;
    patched[rule.id] = { severity: config.severity, options };
  }
  const own = guideline.manifest
    ? runRules({ ...guideline, manifest: { ...guideline.manifest, rules: patched } }, index.looseIds, ANALYSIS_RULES).findings
    : [];
  const reused = input.findings.filter((f) => APPOINTMENT_RULES.includes(f.ruleId) || (f.ruleId === 'reference-resolves' && /appointment\.by$/.test(f.path ?? '')));
  const analysisIds = new Set([...ANALYSIS_RULES.map((r) => r.id), ...APPOINTMENT_RULES, 'reference-resolves']);
  const errorsElsewhere = input.findings.filter((f) => f.severity === 'error' && !analysisIds.has(f.ruleId)).length;

  const threshold = (rule: Rule, fallback: number) => {
    if (input.minSimilarity !== undefined) return input.minSimilarity;
    const value = ruleConfig(rule, settings[rule.id]).options.min_similarity;
    return isSimilarity(value) ? value : fallback;
  };
  const resolved: AnalysisSettings = {
    overlap: threshold(programmeOverlap, DEFAULT_OVERLAP_SIMILARITY),
    duties: threshold(dutyDuplicate, DEFAULT_DUTY_SIMILARITY),
  };
  return {
    guideline,
    settings: resolved,
    severities,
    overlap: analyzeOverlap(guideline, index, resolved.overlap),
    duties: analyzeDuties(guideline, index, resolved.duties),
    responsibility: analyzeResponsibility(guideline, index),
    terms: analyzeTerms(guideline, index),
    findings: sortFindings([...own, ...reused]),
    errorsElsewhere,
  };
}
