// Runs the semantic rules over a loaded guideline. Severity and options of each rule come
// from the manifest's ruleset (like a linter config); the rule's own default otherwise.
import { t } from '../i18n/index.js';
import { findingAt } from '../model/finding.js';
import { buildIndex, type ModelIndex } from '../model/lookup.js';
import type { Guideline, RuleSetting } from '../model/types.js';
import { RULES } from './index.js';
import type { Rule } from './types.js';
import { type Finding, type Severity, sortFindings } from '../core/findings.js';

export interface RuleConfig {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export function ruleConfig(rule: Rule, setting: RuleSetting | undefined): RuleConfig {
  if (setting === undefined) return { severity: rule.defaultSeverity, options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { severity: setting.severity ?? rule.defaultSeverity, options: setting.options ?? {} };
}

export interface CheckResult {
  findings: Finding[];
  index: ModelIndex;
}

export function runRules(guideline: Guideline, looseIds: Set<string> = new Set(), rules: readonly Rule[] = RULES): CheckResult {
  const index = buildIndex(guideline, looseIds);
  const findings: Finding[] = [];
  const settings = guideline.manifest?.rules ?? {};
  const known = new Set(rules.map((r) => r.id));
  if (guideline.manifest) {
    for (const id of Object.keys(settings)) {
      if (!known.has(id)) {
        findings.push(findingAt(guideline.manifestFile, ['rules', id], 'ruleset', 'error',
          t('engine.unknownRule', { id, known: [...known].sort().join(', ') }), { key: true }));
      }
    }
  }
  for (const rule of rules) {
    const setting = settings[rule.id];
    const config = ruleConfig(rule, setting);
    if (config.severity === 'off') continue;
    const severity = config.severity;
    const fixed = typeof setting === 'string' || setting?.severity !== undefined;
    rule.check({
      guideline,
      index,
      options: config.options,
      report: (r) => {
        const finding = findingAt(r.file, r.path, rule.id, fixed ? severity : (r.severity ?? severity), r.message, { key: r.key ?? false });
        if (r.position) {
          const { line, column, endLine, endColumn } = r.position;
          Object.assign(finding, { line, column, endLine, endColumn });
          if (endLine === undefined) delete finding.endLine;
          if (endColumn === undefined) delete finding.endColumn;
        }
        findings.push(finding);
      },
    });
  }
  return { findings: sortFindings(findings), index };
}
