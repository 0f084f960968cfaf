// The one pipeline every command uses to read a guideline: load (files, YAML, schema),
// then the semantic rules. Reading never writes.
import { readCommentFiles } from './comments/store.js';
import { t } from './i18n/index.js';
import { loadGuideline } from './model/load.js';
import { buildIndex, type ModelIndex } from './model/lookup.js';
import type { Guideline } from './model/types.js';
import { runRules } from './rules/engine.js';
import { RULES } from './rules/index.js';
import { readReviewFiles } from './tracking/reviews.js';
import type { RuleInfo } from './format/types.js';
import { type Finding, type Severity, countBySeverity, sortFindings } from './core/findings.js';

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
}

export async function checkGuideline(root: string): Promise<CheckOutcome> {
  const [loaded, comments, reviews] = await Promise.all([loadGuideline(root), readCommentFiles(root), readReviewFiles(root)]);
  const findings = [...loaded.findings, ...comments.findings, ...reviews.findings];
  loaded.guideline.comments = comments.entries.map((e) => e.record);
  loaded.guideline.commentFiles = new Map(comments.entries.map((e) => [e.record.id, e.file]));
  loaded.guideline.reviews = reviews.entries.map((e) => e.record);
  let index: ModelIndex;
  if (loaded.guideline.manifest) {
    const result = runRules(loaded.guideline, loaded.looseIds);
    for (const finding of result.findings) findings.push(finding); // not push(...): a large guideline can have more findings than a call takes arguments
    index = result.index;
  } else {
    index = buildIndex(loaded.guideline, loaded.looseIds);
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
  return { guideline: loaded.guideline, index, findings: sorted, counts: countBySeverity(sorted) };
}

/** Every check that can report, with its description in the current language. */
export function ruleInfos(): RuleInfo[] {
  return [...LOAD_CHECKS, ...RULES]
    .map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: t(`rule.${r.id}`) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
