// The whole check of a guideline, as `validate` runs it and every command that reports problems
// shares it: what reading found (files, YAML, schemas, comment and review files), then the
// semantic rules over the typed model. Reading never writes.
import { countBySeverity, sortFindings, type Finding, type Severity, type RuleInfo } from '../core/findings.js';
import { t } from '../i18n/index.js';
import type { GuidelineModel } from '../model/guideline.js';
import type { ModelIndex } from '../model/lookup.js';
import type { Guideline } from '../model/types.js';
import { Analyses } from '../analyze/analyses.js';
import { runRules, type RuleConfig, type RunOptions } from './engine.js';
import { RULES } from './index.js';

/** Checks done while loading, reported like rules. */
export const LOAD_CHECKS: readonly { id: string; defaultSeverity: Severity }[] = [
  { id: 'file-read', defaultSeverity: 'error' },
  { id: 'file-size', defaultSeverity: 'error' },
  { id: 'file-encoding', defaultSeverity: 'error' },
  { id: 'file-empty', defaultSeverity: 'error' },
  { id: 'yaml-syntax', defaultSeverity: 'error' },
  { id: 'schema', defaultSeverity: 'error' },
  { id: 'section-missing', defaultSeverity: 'error' },
  { id: 'section-unlisted', defaultSeverity: 'warning' },
  { id: 'section-id-mismatch', defaultSeverity: 'error' },
  { id: 'ruleset', defaultSeverity: 'error' },
  { id: 'checks-skipped', defaultSeverity: 'info' },
  { id: 'comment-file', defaultSeverity: 'error' },
  { id: 'review-file', defaultSeverity: 'error' },
];

export interface CheckOutcome {
  guideline: Guideline;
  index: ModelIndex;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** The analyses the rules shared (and `pedoman analyze` reports). */
  analyses: Analyses;
  /** The severity and options each rule ran with. */
  configs: Map<string, RuleConfig>;
}

export interface CheckOptions {
  /** Rule options that replace the ruleset's for this run (`analyze --min-similarity`). */
  overrides?: RunOptions['overrides'];
  /** Who added each file of the review log (from git), for `act-provenance`. */
  history?: RunOptions['history'];
}

export async function checkGuideline(model: GuidelineModel, options: CheckOptions = {}): Promise<CheckOutcome> {
  const loaded = await model.loaded();
  const findings = [...loaded.findings];
  const analyses = new Analyses(loaded.guideline, loaded.index);
  let configs = new Map<string, RuleConfig>();
  if (loaded.guideline.manifest) {
    const result = runRules(loaded.guideline, loaded.index, {
      analyses,
      ...(options.overrides ? { overrides: options.overrides } : {}),
      ...(options.history ? { history: options.history } : {}),
    });
    for (const finding of result.findings) findings.push(finding); // not push(...): a large guideline can have more findings than a call takes arguments
    configs = result.configs;
  } else {
    findings.push({
      ruleId: 'checks-skipped',
      severity: 'info',
      message: t('engine.skipped'),
      file: loaded.guideline.manifestFile.path,
      line: 1,
      column: 1,
    });
  }
  const sorted = sortFindings(findings);
  return { guideline: loaded.guideline, index: loaded.index, findings: sorted, counts: countBySeverity(sorted), analyses, configs };
}

/** Every check that can report, with its description in the current language. */
export function ruleInfos(): RuleInfo[] {
  return [...LOAD_CHECKS, ...RULES]
    .map((r): RuleInfo => ('meta' in r
      ? { id: r.id, defaultSeverity: r.meta.severity, description: t(`rule.${r.id}`), ...(r.meta.options ? { options: r.meta.options } : {}) }
      : { id: r.id, defaultSeverity: r.defaultSeverity, description: t(`rule.${r.id}`) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
