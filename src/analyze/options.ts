// Options of the analysis rules, as set in the manifest's ruleset, checked like any input.
import { t } from '../i18n/index.js';
import type { RuleContext } from '../rules/types.js';

/** A similarity threshold: a number from 0 to 1. */
export function isSimilarity(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/**
 * Reads `min_similarity` (the only option of the similarity rules), reporting unknown options
 * and a bad value at their place in the manifest; falls back to the default.
 */
export function minSimilarityOption(context: RuleContext, ruleId: string, fallback: number): number {
  const { options, guideline, report } = context;
  const at = (key: string, message: string, isKey = false) =>
    report({ file: guideline.manifestFile, path: ['rules', ruleId, 'options', key], key: isKey, message });
  let value = fallback;
  for (const [key, raw] of Object.entries(options ?? {})) {
    if (key !== 'min_similarity') {
      at(key, t('analyze.option.unknown', { option: key, known: 'min_similarity' }), true);
      continue;
    }
    if (isSimilarity(raw)) value = raw;
    else at(key, t('analyze.option.badSimilarity', { value: String(raw) }));
  }
  return value;
}

/** Rules without options say so when given some. */
export function noOptions(context: RuleContext, ruleId: string): void {
  for (const key of Object.keys(context.options ?? {})) {
    context.report({ file: context.guideline.manifestFile, path: ['rules', ruleId, 'options', key], key: true, message: t('analyze.option.none', { option: key }) });
  }
}
